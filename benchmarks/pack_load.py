"""pack_load_ratio: loading and validating a 10,000-question pack / PyYAML's C loader alone."""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path

import yaml

from benchmarks.timing import median_seconds
from game import paths
from game.packs import load_pack

QUESTIONS = 10_000


def build_big_pack(folder: Path, questions: int = QUESTIONS) -> Path:
    """The shipped pack's questions repeated under new ids, with its sources beside it."""
    shipped = paths.default_pack_path()
    shutil.copytree(shipped.parent / "sources", folder / "sources")
    document = yaml.safe_load(shipped.read_text(encoding="utf-8"))
    originals = document["questions"]
    document["questions"] = [
        {**originals[i % len(originals)], "id": f"{originals[i % len(originals)]['id']}-{i}"} for i in range(questions)
    ]
    path = folder / "big.yaml"
    path.write_text(yaml.safe_dump(document, sort_keys=False, allow_unicode=True), encoding="utf-8")
    return path


def run() -> dict[str, float]:
    with tempfile.TemporaryDirectory() as tmp:
        path = build_big_pack(Path(tmp))
        raw = median_seconds(lambda: yaml.load(path.read_text(encoding="utf-8"), Loader=yaml.CSafeLoader))
        full = median_seconds(lambda: load_pack(path))
    return {"pack_load_ms": full * 1000, "pack_raw_parse_ms": raw * 1000, "pack_load_ratio": full / raw}
