"""The pack as the rest of the game sees it: plain, frozen data, already validated."""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import NamedTuple

QUESTION_TYPES = ("choice", "true_false", "text", "number", "order")


class Source(NamedTuple):
    """A document the pack quotes, read whole."""

    id: str
    title: str
    file: str  # as written in the pack, relative to the pack file
    path: Path
    text: str
    url: str | None = None

    def __repr__(self) -> str:  # never the whole document
        return f"Source(id={self.id!r}, file={self.file!r})"


class Quote(NamedTuple):
    """The evidence for an answer: words found verbatim in one of the pack's sources."""

    source: str  # a Source id of the same pack
    text: str


@dataclass(frozen=True)
class Question:
    """One question of any type, with the quotes that prove its answer."""

    id: str
    type: str
    prompt: str
    # choice/text: str; true_false: bool; number: float; order: None (see items)
    answer: str | bool | float | None
    quotes: tuple[Quote, ...]  # one, or one per item for `order`
    wrong: tuple[str, ...] = ()
    accept: tuple[str, ...] = ()
    tolerance: float = 0.0
    unit: str | None = None
    items: tuple[str, ...] = ()
    explanation: str | None = None
    tags: tuple[str, ...] = ()
    difficulty: int | None = None
    # The question as written in the pack, used for content_hash.
    raw: dict = field(default_factory=dict, compare=False, repr=False)

    @property
    def quote(self) -> Quote:
        return self.quotes[0]

    @cached_property  # study queues ask for it per question; a frozen dataclass keeps it valid
    def content_hash(self) -> str:
        """Changes whenever the question's content changes, so edited questions start fresh."""
        import hashlib  # here: only recording and study need it, long after the first frame
        import json

        canonical = json.dumps(self.raw, sort_keys=True, ensure_ascii=False, default=str)
        return hashlib.sha256(canonical.encode("utf-8")).hexdigest()[:16]


class Pack(NamedTuple):
    """A checked pack: its sources by id and its questions in order."""

    id: str
    title: str
    path: Path
    sources: dict[str, Source]
    questions: tuple[Question, ...]
    description: str | None = None
    language: str = "en"

    def source_of(self, quote: Quote) -> Source:
        return self.sources[quote.source]
