"""study_open_ms: opening a study session (store open with its integrity check, the queue
of due and new questions) with 100,000 recorded answers."""

from __future__ import annotations

import tempfile
from pathlib import Path

from benchmarks.timing import median_seconds
from game.progress.learner import SelfStudy
from game.progress.store import ProgressStore
from game.progress.synthetic import fill_synthetic, synthetic_packs

ANSWERS = 100_000


def run() -> dict[str, float]:
    packs = synthetic_packs()
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "progress.sqlite3"
        with ProgressStore(path) as store:
            fill_synthetic(store, packs, answers=ANSWERS)

        def open_study() -> None:
            study = SelfStudy(packs, path)
            assert study.study_items()
            study.close()

        seconds = median_seconds(open_study)
    return {"study_open_ms": seconds * 1000}
