"""A large, plausible history for benchmarks and tests: `fill_synthetic(store, packs)`."""

from __future__ import annotations

import hashlib
import random
from datetime import datetime, timedelta, timezone
from pathlib import Path

from game.packs.model import Pack, Question, Quote, Source
from game.progress.store import Answer, ProgressStore, rating_for


def synthetic_packs(count: int = 10, questions: int = 200) -> list[Pack]:
    """Packs of true/false questions, built in memory (no files)."""
    text = "The sky is blue."
    packs = []
    for p in range(count):
        source = Source("s", "Synthetic source", "s.txt", Path(f"synthetic-{p}/s.txt"), text)
        items = tuple(
            Question(id=f"q{n}", type="true_false", prompt=f"Pack {p}, statement {n}", answer=True,
                     quotes=(Quote("s", text),), raw={"id": f"q{n}", "pack": p, "prompt": f"statement {n}"})
            for n in range(questions)
        )
        packs.append(Pack(f"synthetic-{p}", f"Synthetic pack {p}", Path(f"synthetic-{p}/pack.yaml"), {"s": source}, items))
    return packs


def fill_synthetic(store: ProgressStore, packs: list[Pack], answers: int = 100_000, seed: int = 0,
                   now: datetime | None = None, days: int = 365) -> None:
    """Record `answers` answers spread over the `days` before `now`, in one transaction.

    The answers are a function of `seed`; fsrs fuzzes its intervals with the global random
    module, so due dates vary slightly between runs. About one question in ten was "edited" halfway
    through, so its early answers carry an old hash, as real histories do.
    """
    rng = random.Random(seed)
    now = now or datetime.now(timezone.utc)
    start = now - timedelta(days=days)
    questions = [(pack, q) for pack in packs for q in pack.questions]
    times = sorted(rng.uniform(0, days * 86400) for _ in range(answers))
    skill = {id(q): rng.uniform(0.5, 0.95) for _, q in questions}
    edited = {id(q) for _, q in questions if rng.random() < 0.1}
    streak = 0
    history = []
    for offset in times:
        pack, question = rng.choice(questions)
        correct = rng.random() < skill[id(question)]
        seconds = rng.uniform(2.0, 30.0)
        streak = streak + 1 if correct else 0
        question_hash = question.content_hash
        if id(question) in edited and offset < days * 86400 / 2:
            question_hash = hashlib.sha256(f"old {question_hash}".encode()).hexdigest()[:16]
        history.append(Answer(pack.id, question.id, question_hash, correct, seconds,
                              rating_for(correct, seconds, streak), start + timedelta(seconds=offset)))
    store.record_many(history)
