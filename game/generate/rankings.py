"""Rankings: a numbered list that a line about ranks introduces ("The overall rankings of the
countries were as follows:" then "1. Finland", "2. Norway" ... "10. United States").

Its lines are no sentences (no verb), yet a ranking is what such a page is about: which
comes first, which last. The place a list gives is asked, with the list's other entries as
the wrong options, and quoted from the line that shows both.
"""

from __future__ import annotations

import random
import re
from dataclasses import dataclass
from typing import Iterator

from game.generate.distractors import takes_the
from game.generate.questions import Candidate
from game.generate.text import Document

_MIN_ENTRIES = 3
_MAX_NAME_WORDS = 6
_ENTRY = re.compile(r"(?P<n>\d{1,2})[.)]\s+(?P<name>[A-Z][^\s.:;!?]*(?: [^\s.:;!?]+){0,%d})\s*" % (_MAX_NAME_WORDS - 1))
# The line before the list says what is ranked: "The overall rankings of the countries were as
# follows:", "The top five states by rank are:"; what it ranks is the phrase before its verb.
_INTRO = re.compile(r"(?P<what>(?:The|These|Its|Their) [^:]*?\brank(?:ing|ed)?s?\b[^:]*?)"
                    r"(?: (?:were|are|is|was|went|came out|stood)(?: as follows)?| follows?)?\s*:", re.I)
_ORDINALS = {1: "first", 2: "second", 3: "third"}


@dataclass(frozen=True)
class Ranking:
    what: str  # what the ranking is, as the line before it says: "the overall rankings of the countries"
    entries: tuple[tuple[str, str, int], ...]  # (name, the file's own line, plain offset), first place first


def rankings(document: Document) -> list[Ranking]:
    """The document's rankings: numbered lines from 1 up, each a short name, under a line
    about ranks."""
    found = []
    lines = [(m.start(), m.group().strip()) for m in re.finditer(r"^.*$", document.plain, re.M) if m.group().strip()]
    i = 0
    while i < len(lines):
        entries = []
        while i + len(entries) < len(lines):
            at, line = lines[i + len(entries)]
            entry = _ENTRY.fullmatch(line)
            if not entry or int(entry["n"]) != len(entries) + 1:
                break
            start = document.plain.index(line[0], at)
            own = document.quotable(start, start + len(line))
            entries.append((entry["name"], own, start))
        intro = _INTRO.fullmatch(lines[i - 1][1]) if i and entries else None
        if intro and len(entries) >= _MIN_ENTRIES and all(own for _, own, _ in entries):
            what = intro["what"]
            found.append(Ranking(what[0].lower() + what[1:], tuple(entries)))
        i += max(len(entries), 1)
    return found


def candidates(source: str, found: list[Ranking], rng: random.Random) -> Iterator[Candidate]:
    """Which entry a ranking puts first, and which it puts last."""
    for ranking in found:
        names = [name for name, _, _ in ranking.entries]
        if len(set(names)) < len(names):
            continue
        for place in (1, len(names)):
            name, own, start = ranking.entries[place - 1]
            ordinal = _ORDINALS.get(place) or f"{place}th"
            # Options alike in "the" ("the United States" beside "Finland" is a cue), and not
            # the other end: one question's option must not be the other's answer.
            alike = [n for n in names[1:-1] if takes_the(n) == takes_the(name)]
            if len(alike) < 3:
                continue
            wrong = rng.sample(alike, 3)
            yield Candidate({"type": "choice", "prompt": f"In {ranking.what}, which is ranked {ordinal}?",
                             "answer": name, "wrong": wrong, "quote": {"source": source, "text": own}},
                            (("ranking", start, source),), (source, -1 - start), 0.9, 1.0, (name,))
