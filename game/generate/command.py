"""`quotequiz generate DOC... -o PACK.yaml`: documents in, a checked pack and its sources out."""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

LONG_DOCUMENT = 200_000  # characters: above this, progress is shown


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("documents", nargs="+", type=Path, metavar="DOC", help=".txt, .md or .html documents")
    parser.add_argument("-o", "--output", type=Path, required=True, metavar="PACK.yaml", help="the pack to write; its documents go to sources/ beside it")
    parser.add_argument("--title", help="the pack's title (default: its documents' titles)")
    parser.add_argument("--count", type=_positive, default=30, metavar="N", help="how many questions at most (default 30)")
    parser.add_argument("--seed", type=int, default=1, metavar="S", help="same documents and seed give the same pack (default 1)")


def _positive(text: str) -> int:
    value = int(text)
    if value < 1:
        raise argparse.ArgumentTypeError("must be 1 or more")
    return value


def run(options: argparse.Namespace) -> int:
    # Imported here: `quotequiz play` builds this parser too and should not pay for them.
    from game.generate.pipeline import NothingToAsk, generate, slug, source_ids
    from game.generate.text import DocumentError, read_document
    from game.packs.save import save_pack

    try:
        documents = [read_document(path) for path in options.documents]
    except DocumentError as error:
        print(f"quotequiz: {error}", file=sys.stderr)
        return 1
    ids = source_ids([d.path for d in documents])
    started = time.monotonic()
    verbose = sum(len(d.text) for d in documents) > LONG_DOCUMENT

    def progress(message: str) -> None:
        if verbose:
            print(f"[{time.monotonic() - started:5.1f}s] {message}", file=sys.stderr)

    try:
        questions = generate(dict(zip(ids, documents)), options.count, options.seed, progress)
    except NothingToAsk as error:
        names = ", ".join(str(p) for p in options.documents)
        print(f"quotequiz: nothing to ask about in {names}: {error}; no pack written", file=sys.stderr)
        return 1
    output = options.output
    folder = output.parent
    try:
        folder.mkdir(parents=True, exist_ok=True)
        sources = [_source_entry(d, folder, sid) for sid, d in zip(ids, documents)]
        pack = {
            "quotequiz": 1,
            "id": slug(output.stem),
            # A pack is about what its documents are about, whatever its file is called.
            "title": options.title or "; ".join(dict.fromkeys(_title_of(d) for d in documents)),
            "sources": [{"id": sid, "title": _title_of(d), **files} for sid, d, files in zip(ids, documents, sources)],
            "questions": questions,
        }
        save_pack(pack, output)
    except OSError as error:
        print(f"quotequiz: cannot write {error.filename or output}: {error.strerror or error}", file=sys.stderr)
        return 1
    print(f"{output}: {len(questions)} questions from {len(documents)} document(s)", file=sys.stderr)
    return 0


def _source_entry(document, folder: Path, sid: str) -> dict[str, str]:
    """The document's files in sources/ beside the pack. A web page is copied as it is and its
    text as a reader sees it written beside it: quotes come from that text, which the page's
    markup would cut at every link."""
    from game.generate.text import is_page

    original = _place_source(document.path, folder, sid, document.path.read_bytes())
    if not is_page(document.path):
        return {"file": original}
    text = _place_source(document.path.with_suffix(".txt"), folder, sid, document.text.encode("utf-8"))
    return {"file": text, "original": original}


def _place_source(path: Path, folder: Path, sid: str, content: bytes) -> str:
    """Write a document's content into sources/ under the document's name, or its source id
    when another file holds that name; its path from the pack."""
    target = folder / "sources" / path.name
    target.parent.mkdir(exist_ok=True)
    if target.exists() and target.read_bytes() != content:
        target = target.with_name(f"{sid}{path.suffix}")
    if not (target.exists() and target.read_bytes() == content):
        target.write_bytes(content)
    return target.relative_to(folder).as_posix()


def _title_of(document) -> str:
    """The document's own title, else its file name."""
    return document.title or document.path.stem.replace("-", " ").replace("_", " ").capitalize()


def main(argv: list[str] | None = None) -> int:
    """Run the command on its own: python -m game.generate.command DOC... -o PACK.yaml"""
    parser = argparse.ArgumentParser(prog="quotequiz generate", description=__doc__)
    add_arguments(parser)
    return run(parser.parse_args(argv))


if __name__ == "__main__":
    sys.exit(main())
