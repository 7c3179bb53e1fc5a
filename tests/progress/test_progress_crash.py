"""SIGKILL a process recording answers at random moments: no answer it reported as recorded
may be lost, the store must always open, and each card must match its latest answer."""

import json
import os
import random
import signal
import sqlite3
import sys
from collections import defaultdict
from datetime import datetime
from pathlib import Path

from crashkit import run_until_killed

from game.progress.store import ProgressStore

HERE = Path(__file__).resolve().parent
ROUNDS = 20


def test_killed_at_random_moments_loses_no_recorded_answer(tmp_path):
    seed = int(os.environ.get("QUOTEQUIZ_CRASH_SEED", random.randrange(1 << 30)))
    rng = random.Random(seed)
    path = tmp_path / "progress.sqlite3"
    printed = {}
    for round_ in range(ROUNDS):
        pack_id = f"crash-{round_}"
        # Odd rounds die while recording; even ones anywhere from start-up (opening,
        # migrating) onwards.
        after_first_line = round_ % 2 == 1
        killed = run_until_killed([sys.executable, str(HERE / "crash_writer.py"), str(path), pack_id],
                                  delay=rng.uniform(0, 0.1 if after_first_line else 0.25),
                                  after_first_line=after_first_line, cwd=HERE.parents[1])
        assert killed.returncode == -signal.SIGKILL, f"seed {seed}: {killed.stderr}"
        printed[pack_id] = {int(line) for line in killed.lines}

        ProgressStore(path).close()  # opens: quick_check passes and the schema is current
        db = sqlite3.connect(path)
        stored = defaultdict(set)
        latest = {}
        for pack, question, seconds, answered_at in db.execute(
            "SELECT pack_id, question_id, seconds, answered_at FROM answers ORDER BY id"
        ):
            stored[pack].add(int(seconds))
            latest[pack, question] = answered_at
        cards = {(p, q): json_card for p, q, json_card in db.execute("SELECT pack_id, question_id, card FROM cards")}
        db.close()
        for pack, numbers in printed.items():
            assert numbers <= stored[pack], f"seed {seed}: lost answers {sorted(numbers - stored[pack])} of {pack}"
        # Answer and card are one transaction: every card was last reviewed at its latest answer.
        assert cards.keys() == latest.keys(), f"seed {seed}"
        for key, answered_at in latest.items():
            last_review = datetime.fromisoformat(json.loads(cards[key])["last_review"]).timestamp()
            assert abs(last_review - answered_at) < 1e-3, f"seed {seed}: card {key} does not match its latest answer"
    assert sum(map(len, printed.values())) > ROUNDS, f"seed {seed}: the writer barely ran; the test proved little"

