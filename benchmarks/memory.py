"""peak_rss_mb: peak resident memory of a whole demo game (`quotequiz play --demo --delay 0`)."""

from __future__ import annotations

import os
import tempfile

from benchmarks.processes import popen_game


def run() -> dict[str, float]:
    with tempfile.TemporaryDirectory() as data:
        game = popen_game("play", "--demo", "--delay", "0", "--size", "1280x720", data_dir=data)
        _, status, usage = os.wait4(game.pid, 0)
        game.returncode = os.waitstatus_to_exitcode(status)
    if game.returncode != 0:
        raise RuntimeError(f"the demo failed: {game.stderr.read().decode()}")
    return {"peak_rss_mb": usage.ru_maxrss / 1024}  # Linux reports KiB
