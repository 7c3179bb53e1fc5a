"""Self-study as the game uses it: the progress store, the packs it covers, and, when the
store cannot be used, why, in one line. The game goes on without recording then; nothing
already saved is touched.

The store opens when first needed (its integrity check can take tens of milliseconds on a
long history), so a first screen that needs no progress is shown without waiting for it;
the game opens it as soon as that screen is up (see game.ui.app). For the same reason the
store, statistics, queues and datetime are imported where they are first used: with
sqlite3 they take about 5 ms to import.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from game.packs.catalog import load_packs, packs_on_offer
from game.packs.model import Pack
from game.play.session import Item, Outcome

if TYPE_CHECKING:
    from datetime import datetime

    from game.progress.store import ProgressStore


class SelfStudy:
    def __init__(self, packs: list[Pack], store_path: Path | None = None):
        self.packs = packs
        self._store_path = store_path
        self._opened = False
        self._store: ProgressStore | None = None
        self._problem: str | None = None

    def open(self) -> None:
        """Open the progress store, unless done already; a store that cannot be used leaves
        `store` None and says why in `problem`."""
        if self._opened:
            return
        self._opened = True
        from game.progress.store import ProgressError, ProgressStore

        try:
            self._store = ProgressStore(self._store_path)
        except ProgressError as error:
            self._problem = str(error)

    @property
    def store(self) -> ProgressStore | None:
        self.open()
        return self._store

    @property
    def problem(self) -> str | None:
        self.open()
        return self._problem

    @classmethod
    def over(cls, packs: list[Pack]) -> SelfStudy:
        """Self-study of the given packs, or, when none are given, of every pack on offer."""
        return cls(packs or load_packs(path for _, path in packs_on_offer())[0])

    def record(self, item: Item, outcome: Outcome) -> None:
        """Save one answer before returning; ProgressError (one line) when it cannot be saved."""
        if self.store is None:
            from game.progress.store import ProgressError

            raise ProgressError(self.problem or "progress is not being saved")
        self.store.record(item, outcome)

    def study_items(self, now: datetime | None = None) -> list[Item]:
        from game.progress.study import study_queue

        return self._items(study_queue, now)

    def mistake_items(self, now: datetime | None = None) -> list[Item]:
        from game.progress.study import mistakes_queue

        return self._items(mistakes_queue, now)

    def stats(self, now: datetime | None = None) -> dict | None:
        from game.progress.stats import compute_stats

        return compute_stats(self.store, self.packs, now or _now()) if self.store else None

    def _items(self, queue, now: datetime | None) -> list[Item]:
        if self.store is None:
            return []
        return [Item(pack, question) for pack, question in queue(self.store, self.packs, now or _now())]

    def close(self) -> None:
        if self._store is not None:  # never opened: nothing to close
            self._store.close()


def _now() -> datetime:
    from datetime import datetime, timezone

    return datetime.now(timezone.utc)
