"""Running the game as a separate process, headless, for the benchmarks that need one."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def headless_env(data_dir: str) -> dict[str, str]:
    # Bytecode may be written: an installed game has its modules compiled by pip, and
    # recompiling them at every launch would measure this checkout, not the game.
    env = {key: value for key, value in os.environ.items() if key != "PYTHONDONTWRITEBYTECODE"}
    return {**env, "SDL_VIDEODRIVER": "dummy", "SDL_AUDIODRIVER": "dummy",
            "PYGAME_HIDE_SUPPORT_PROMPT": "1", "QUOTEQUIZ_DATA_DIR": data_dir}


def seconds_to_first_line(code: str, data_dir: str) -> float:
    """Seconds from launching `code` in a fresh headless interpreter until it prints its
    first line; then it must exit cleanly."""
    started = time.perf_counter()
    child = subprocess.Popen([sys.executable, "-c", code], env=headless_env(data_dir), cwd=ROOT,
                             stdout=subprocess.PIPE, text=True)
    line = child.stdout.readline()
    seconds = time.perf_counter() - started
    rest, _ = child.communicate()
    if not line or child.returncode != 0:
        raise RuntimeError(f"the timed script failed (exit {child.returncode}): {line}{rest}")
    return seconds


def popen_game(*args: str, data_dir: str) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-m", "game", *args], env=headless_env(data_dir), cwd=ROOT,
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)


# Linux counts a child's peak memory from the process that forked it, so a child of this
# benchmark process (with spaCy and 1 MB of text loaded) would report at least its size. A
# small interpreter in between starts the command and reports its own child's peak.
_PEAK = ("import resource, subprocess, sys; r = subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL);"
         "print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss); sys.exit(r.returncode)")


def peak_rss_mb(*args: str, data_dir: str) -> float:
    """Peak resident memory of `python -m game ARGS` run headless as its own process."""
    run = subprocess.run([sys.executable, "-c", _PEAK, sys.executable, "-m", "game", *args],
                         env=headless_env(data_dir), cwd=ROOT, capture_output=True, text=True)
    if run.returncode != 0:
        raise RuntimeError(f"quotequiz {' '.join(args)} failed: {run.stderr.strip()}")
    return int(run.stdout.split()[-1]) / 1024  # Linux reports KiB
