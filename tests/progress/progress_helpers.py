"""Helpers for the progress tests: the Item/Outcome shapes the game hands to record()."""

from __future__ import annotations

import dataclasses
from datetime import datetime, timezone
from types import SimpleNamespace

NOW = datetime(2026, 3, 10, 12, 0, tzinfo=timezone.utc)


def item(pack, question):
    return SimpleNamespace(pack=pack, question=question)


def outcome(correct, seconds=10.0, streak=0):
    return SimpleNamespace(correct=correct, seconds=seconds, streak=streak)


def edited(pack, index):
    """The pack with question `index` reworded: same id, new content hash."""
    questions = list(pack.questions)
    old = questions[index]
    questions[index] = dataclasses.replace(old, prompt=old.prompt + "?", raw={**old.raw, "prompt": old.prompt + "?"})
    return pack._replace(questions=tuple(questions))
