"""generate_mb_per_s: `quotequiz generate` on a 1 MB document built from the seed documents
with varied numbers; generate_ratio: its time over spaCy's sentence splitter alone on the
same text (the one stage the generator cannot do without)."""

from __future__ import annotations

import contextlib
import io
import tempfile
from pathlib import Path

from benchmarks.generate_bench import build
from benchmarks.timing import median_seconds
from game.generate.command import main as generate

SIZE = 1_000_000


def run() -> dict[str, float]:
    import spacy

    with tempfile.TemporaryDirectory() as folder:
        doc = Path(folder) / "big.txt"
        text = build(SIZE)
        doc.write_text(text, encoding="utf-8")
        out = str(Path(folder) / "out" / "big.yaml")
        with contextlib.redirect_stderr(io.StringIO()):
            full = median_seconds(lambda: generate([str(doc), "-o", out, "--count", "30"]), rounds=3)
    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    paragraphs = [p for p in text.split("\n") if p.strip()]
    split = median_seconds(lambda: sum(1 for _ in nlp.pipe(paragraphs, batch_size=256)), rounds=3)
    return {"generate_seconds": full, "generate_mb_per_s": SIZE / 1e6 / full, "generate_ratio": full / split}
