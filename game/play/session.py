"""A quiz session as a small state machine: asking -> feedback -> asking ... -> results.

It takes answers and a clock as inputs and returns plain data; it never draws. Every random
choice comes from the `random.Random` passed in, so a seeded run replays exactly.
"""

from __future__ import annotations

import random
import time
from collections.abc import Callable, Sequence
from typing import NamedTuple

from game.packs.model import Pack, Question
from game.play import judge
from game.play.scoring import points_for

ASKING, FEEDBACK, RESULTS = "asking", "feedback", "results"


class Item(NamedTuple):
    """A question with the pack it came from (a study session mixes packs)."""

    pack: Pack
    question: Question


class Shown(NamedTuple):
    """The question as presented: its options in the order shown."""

    item: Item
    index: int  # 0-based position in the session
    total: int
    options: tuple[str, ...]  # choice: shuffled; true_false: True, False; order: items shuffled


class Outcome(NamedTuple):
    """One answer judged: what the feedback screen shows and the progress store records."""

    item: Item
    given_text: str
    correct: bool
    expected_text: str
    points: int
    seconds: float
    streak: int  # the streak after this answer
    highlights: tuple[tuple[int, int] | None, ...]  # the answer's span in each quote


class Results(NamedTuple):
    """The finished session, for the results screen."""

    score: int
    correct: int
    total: int
    accuracy: float
    seconds: float
    best_streak: int
    outcomes: tuple[Outcome, ...]
    missed: tuple[Item, ...]


class Session:
    def __init__(
        self,
        items: Sequence[Item],
        rng: random.Random,
        clock: Callable[[], float] = time.monotonic,
        shuffle: bool = True,
    ):
        if not items:
            raise ValueError("a session needs at least one question")
        self._items = list(items)
        if shuffle:
            rng.shuffle(self._items)
        self._rng = rng
        self._clock = clock
        self.score = 0
        self.streak = 0
        self.best_streak = 0
        self.outcome: Outcome | None = None
        self.outcomes: list[Outcome] = []
        self._started = clock()
        self._finished: float | None = None
        self._present(0)

    def answer(self, response) -> Outcome:
        """Judge `response`: choice, an index into shown.options; true_false, a bool; text and
        number, the typed text (ValueError if a number does not parse); order, the player's
        arrangement as indexes into shown.options, top to bottom."""
        if self.state != ASKING:
            raise RuntimeError(f"cannot answer in state {self.state}")
        question, options = self.shown.item.question, self.shown.options
        correct = judge.is_correct(question, options, response)
        points = points_for(correct, self.streak)
        self.streak = self.streak + 1 if correct else 0
        self.best_streak = max(self.best_streak, self.streak)
        self.score += points
        self.outcome = Outcome(
            item=self.shown.item,
            given_text=judge.given_text(question, options, response),
            correct=correct,
            expected_text=judge.expected_text(question),
            points=points,
            seconds=max(0.0, self._clock() - self._asked_at),
            streak=self.streak,
            highlights=judge.highlights(question),
        )
        self.outcomes.append(self.outcome)
        self.state = FEEDBACK
        return self.outcome

    def next(self) -> None:
        if self.state != FEEDBACK:
            raise RuntimeError(f"cannot go on in state {self.state}")
        self.outcome = None
        if self.shown.index + 1 < len(self._items):
            self._present(self.shown.index + 1)
        else:
            self.state = RESULTS
            self._finished = self._clock()

    def results(self) -> Results:
        right = sum(o.correct for o in self.outcomes)
        answered = len(self.outcomes)
        end = self._finished if self._finished is not None else self._clock()
        return Results(
            score=self.score,
            correct=right,
            total=answered,
            accuracy=right / answered if answered else 0.0,
            seconds=end - self._started,
            best_streak=self.best_streak,
            outcomes=tuple(self.outcomes),
            missed=tuple(o.item for o in self.outcomes if not o.correct),
        )

    def _present(self, index: int) -> None:
        item = self._items[index]
        self.shown = Shown(item, index, len(self._items), self._options(item.question))
        self.state = ASKING
        self._asked_at = self._clock()

    def _options(self, question: Question) -> tuple[str, ...]:
        if question.type == "choice":
            options = [question.answer, *question.wrong]
            self._rng.shuffle(options)
            return tuple(options)
        if question.type == "true_false":
            return judge.TRUE_FALSE_OPTIONS
        if question.type == "order":
            items = list(question.items)
            while items == list(question.items):  # never show the answer as the starting order
                self._rng.shuffle(items)
            return tuple(items)
        return ()
