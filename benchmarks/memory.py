"""peak_rss_mb: peak resident memory of a whole demo game (`quotequiz play --demo --delay 0`)."""

from __future__ import annotations

import tempfile

from benchmarks.processes import peak_rss_mb


def run() -> dict[str, float]:
    with tempfile.TemporaryDirectory() as data:
        return {"peak_rss_mb": peak_rss_mb("play", "--demo", "--delay", "0", "--size", "1280x720", data_dir=data)}
