"""How fast a 1 MB document becomes a pack: prints seconds and MB/s.

The document repeats the seed documents with every number varied, so the generator sees
many distinct facts rather than one text again and again.
    python benchmarks/generate_bench.py [MEGABYTES]
"""

from __future__ import annotations

import argparse
import re
import resource
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SEEDS = sorted((ROOT / "questions" / "sources").glob("*.txt"))


def build(size: int) -> str:
    base = "\n\n".join(path.read_text(encoding="utf-8") for path in SEEDS)
    parts, n = [], 0
    while sum(map(len, parts)) < size:
        n += 1
        parts.append(re.sub(r"\d+", lambda m: str(int(m.group()) + n % 7), base))
    return "\n\n".join(parts)[:size]


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("megabytes", nargs="?", type=float, default=1.0)
    size = int(parser.parse_args().megabytes * 1_000_000)
    from game.generate.command import main as generate

    with tempfile.TemporaryDirectory() as folder:
        doc = Path(folder) / "big.txt"
        doc.write_text(build(size), encoding="utf-8")
        started = time.perf_counter()
        code = generate([str(doc), "-o", str(Path(folder) / "out" / "big.yaml"), "--count", "30"])
        seconds = time.perf_counter() - started
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"{size / 1e6:.1f} MB in {seconds:.1f} s: {size / 1e6 / seconds:.2f} MB/s, peak memory {peak:.0f} MB")
    return code


if __name__ == "__main__":
    sys.exit(main())
