"""generate_mb_per_s: `quotequiz generate` on a 1 MB document built from the seed documents
with varied numbers; generate_ratio: its time over spaCy's sentence splitter alone on the
same text (the one stage the generator cannot do without); generate_peak_rss_mb: the peak
memory of that command as a process, and generate_rss_mb_per_mb how it grows with the
document (from a quarter-size run to the full one)."""

from __future__ import annotations

import contextlib
import io
import re
import tempfile
from pathlib import Path

from benchmarks.processes import peak_rss_mb
from benchmarks.timing import median_seconds
from game import paths
from game.generate.command import main as generate

SIZE = 1_000_000


def build(size: int) -> str:
    """The seed documents repeated with every number varied, so the generator sees many
    distinct facts rather than one text again and again."""
    seeds = sorted((paths.shipped_packs_dir() / "sources").glob("*.txt"))
    base = "\n\n".join(path.read_text(encoding="utf-8") for path in seeds)
    parts, n = [], 0
    while sum(map(len, parts)) < size:
        n += 1
        parts.append(re.sub(r"\d+", lambda m: str(int(m.group()) + n % 7), base))
    return "\n\n".join(parts)[:size]


def run() -> dict[str, float]:
    import spacy

    with tempfile.TemporaryDirectory() as folder:
        doc = Path(folder) / "big.txt"
        text = build(SIZE)
        doc.write_text(text, encoding="utf-8")
        out = str(Path(folder) / "out" / "big.yaml")
        with contextlib.redirect_stderr(io.StringIO()):
            full = median_seconds(lambda: generate([str(doc), "-o", out, "--count", "30"]), rounds=3)
        small = Path(folder) / "small.txt"
        small.write_text(build(SIZE // 4), encoding="utf-8")
        peak, quarter = (peak_rss_mb("generate", str(path), "-o", str(Path(folder) / "rss" / "pack.yaml"), data_dir=folder)
                         for path in (doc, small))
    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    paragraphs = [p for p in text.split("\n") if p.strip()]
    split = median_seconds(lambda: sum(1 for _ in nlp.pipe(paragraphs, batch_size=256)), rounds=3)
    return {"generate_seconds": full, "generate_mb_per_s": SIZE / 1e6 / full, "generate_ratio": full / split,
            "generate_peak_rss_mb": peak, "generate_rss_mb_per_mb": (peak - quarter) / (0.75 * SIZE / 1e6)}

