"""SIGKILL the real game at random moments while it is being played: every answer whose
feedback was shown is in the store, and the store always opens."""

import os
import random
import signal
import sys
from pathlib import Path

from crashkit import run_until_killed

from game.progress.store import ProgressStore

HERE = Path(__file__).resolve().parent
MINI = HERE.parents[0] / "fixtures" / "mini" / "mini.yaml"
ROUNDS = 12


def test_killing_the_game_loses_no_answer_shown_as_recorded(tmp_path):
    seed = int(os.environ.get("QUOTEQUIZ_CRASH_SEED", random.randrange(1 << 30)))
    rng = random.Random(seed)
    env = {**os.environ, "QUOTEQUIZ_DATA_DIR": str(tmp_path)}
    shown = 0
    for _ in range(ROUNDS):
        # Killed after its first shown answer (a slow machine gets time to start), at a random
        # moment of whatever it was doing then: answering, saving, drawing or starting a quiz.
        killed = run_until_killed([sys.executable, str(HERE / "endless_player.py"), str(MINI)],
                                  delay=rng.uniform(0, 0.4), after_first_line=True, startup_timeout=60,
                                  env=env, cwd=HERE.parents[1])
        assert killed.returncode == -signal.SIGKILL, f"seed {seed}: the game ended by itself: {killed.stderr}"
        shown += len(killed.lines)
        with ProgressStore(tmp_path / "progress.sqlite3") as store:  # opens, and passes quick_check
            answered, _ = store.totals()
        # Every answer shown is saved; at most one per kill was saved but not yet shown.
        assert shown <= answered <= shown + ROUNDS, f"seed {seed}"
    assert shown >= ROUNDS, f"seed {seed}: a round ended before any answer was shown; the test proved little"
