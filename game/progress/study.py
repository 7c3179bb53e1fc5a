"""What to ask next: due reviews, new questions, and recent mistakes. Pure reads of the store.

Only a question's current content hash counts: the card of an edited question's old wording
is history, not something to review.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from itertools import zip_longest
from typing import Iterable

from game.packs.model import Pack, Question
from game.progress.store import CardInfo, ProgressStore

MISTAKES_WINDOW = timedelta(days=14)


def current_cards(store: ProgressStore, packs: Iterable[Pack]) -> list[tuple[Pack, Question, CardInfo | None]]:
    """Every question of the packs with its card under its current hash (None: never answered)."""
    found = []
    for pack in packs:
        cards = store.cards(pack.id)
        found.extend((pack, q, cards.get((q.id, q.content_hash))) for q in pack.questions)
    return found


def study_queue(store: ProgressStore, packs: list[Pack], now: datetime, limit: int = 20) -> list[tuple[Pack, Question]]:
    """Due questions, most overdue first, then new ones taken from the packs in turn."""
    now_ts = now.timestamp()
    due = []
    new_by_pack: dict[str, list[tuple[Pack, Question]]] = {}
    for pack, question, card in current_cards(store, packs):
        if card is None:
            new_by_pack.setdefault(pack.id, []).append((pack, question))
        elif card.due <= now_ts:
            due.append((card.due, pack, question))
    due.sort(key=lambda entry: entry[0])
    queue = [(pack, question) for _, pack, question in due[:limit]]
    # Alternate between packs so a multi-pack session does not start with one whole pack.
    new = [entry for turn in zip_longest(*new_by_pack.values()) for entry in turn if entry]
    queue.extend(new[: limit - len(queue)])
    return queue


def mistakes_queue(store: ProgressStore, packs: list[Pack], now: datetime, limit: int = 20) -> list[tuple[Pack, Question]]:
    """Questions whose latest answer, within the last 14 days, was wrong; oldest mistake first,
    so none ages out of the window unreviewed. A right answer takes a question off the list."""
    current = {(pack.id, q.id, q.content_hash): (pack, q) for pack in packs for q in pack.questions}
    missed = []
    for pack_id, question_id, question_hash, correct, answered_at in store.latest_answers_since(now - MISTAKES_WINDOW):
        entry = current.get((pack_id, question_id, question_hash))
        if entry and not correct:
            missed.append((answered_at, entry))
    missed.sort(key=lambda m: m[0])
    return [entry for _, entry in missed[:limit]]
