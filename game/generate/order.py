"""Order questions: 3 to 6 dated events, dates removed from the items, one quote each.

An event is a usable sentence with exactly one date that has a year. Dates are compared
as the intervals they name ("2021" is the whole year), so "August 2021" and "2021" are
never both in one question: their order is not known.
"""

from __future__ import annotations

import calendar
import random
import re
from dataclasses import dataclass

from game.generate.facts import Fact
from game.generate.questions import Candidate, usable
from game.generate.sentences import Sentence

_MAX_ITEM_WORDS = 14
# The date and the words that introduce it: "In 2020, ", " in the summer of 2021", " on Oct. 7, 2001,".
_LEAD = r"(?:\b(?:[Ii]n|[Oo]n|[Ss]ince|[Bb]y|[Dd]uring|[Ff]rom|[Aa]t)\s+)?(?:the\s+)?(?:(?:the\s+)?(?:early|late|mid-|summer of|winter of|spring of|autumn of|fall of|end of|start of|beginning of)\s*)?"


# An item ending in one of these lost the words its date was part of.
# "Created by members of Netscape": a participle with no subject is no event.
_NO_SUBJECT = re.compile(r"[A-Z][a-z]+(?:ed|en) (?:by|in|on|at|as)\b")
_NO_END = {"the", "a", "an", "of", "in", "on", "at", "to", "by", "for", "from", "with", "and", "since",
           "until", "opened", "founded", "built", "completed", "born", "died", "was", "were", "is"}


@dataclass(frozen=True)
class Event:
    interval: tuple[tuple, tuple]  # first and last day the date can mean
    item: str
    quote: dict
    fact: Fact


def interval(value: tuple, precision: str) -> tuple[tuple, tuple] | None:
    """The first and last (year, month, day) a date can mean; None without a year."""
    year, month, day = value
    if year is None:
        return None
    if precision == "decade":
        return (year, 1, 1), (year + 9, 12, 31)
    if day is not None and month is not None:
        return (year, month, day), (year, month, day)
    if month is not None:
        return (year, month, 1), (year, month, calendar.monthrange(max(year, 1), month)[1])
    return (year, 1, 1), (year, 12, 31)


def events(source: str, sentences: list[Sentence], facts: list[list[Fact]]) -> list[Event]:
    found = []
    for sentence, sentence_facts in zip(sentences, facts):
        dates = [f for f in sentence_facts if f.kind == "date"]
        if len(dates) != 1 or not usable(sentence, hedges_ok=True):
            continue
        if _REPORTED.search(sentence.text[:dates[0].start - sentence.start]):
            continue  # "X remembered that Y had studied there in the 1990s" dates Y, not X
        clause = _without(sentence, dates[0])
        if re.search(r"\d{4}", clause):
            continue
        span = interval(dates[0].value, dates[0].detail)
        item = _item(clause)
        if span and item:
            found.append(Event(span, item, {"source": source, "text": " ".join(sentence.quote.split())}, dates[0]))
    return found


# A date after one of these belongs to a clause inside the sentence, not to its main event.
_REPORTED = re.compile(r"\b(?:that|who|whom|whose|which|where|when|while|because|although|if)\b", re.I)
_BREAK = re.compile(r",\s+|\s*;\s+|\s+[—–]\s+|—")


def _without(sentence: Sentence, date: Fact) -> str:
    """The clause that holds the date, with the date and the words introducing it taken out.

    The date belongs to its own clause: "In the wake of the Soviet invasion of Afghanistan
    in 1979, the United States ..." dates the invasion. A clause that is only its date
    ("In 2020, the U.S. agreed ...") takes the next one with it.
    """
    at, to = date.start - sentence.start, date.end - sentence.start
    text = sentence.text
    lead = re.search(_LEAD + r"$", text[:at])
    at = lead.start() if lead and lead.group() else at
    start = max((m.end() for m in _BREAK.finditer(text, 0, at)), default=0)
    ends = [m.start() for m in _BREAK.finditer(text, to)] + [len(text)]
    clause = ""
    for end in ends:
        clause = " ".join((text[start:at].rstrip() + " " + text[to:end].lstrip(" ,")).split()).strip(" ,")
        if len(clause.split()) >= 4:
            break
    return clause


def _item(text: str) -> str | None:
    """A short item: the clause up to a natural break, without its final full stop."""
    words = text.rstrip(".").split()
    if len(words) > _MAX_ITEM_WORDS:
        cut = next((i for i in range(6, _MAX_ITEM_WORDS) if words[i - 1].endswith((",", ";"))
                    or words[i] in ("with", "while", "which", "that", "where", "when", "after", "as")), None)
        if cut is None:
            return None
        words = words[:cut]
    item = " ".join(words).rstrip(",;").strip()
    item = re.sub(r"^(?:Unfortunately|However|Meanwhile|Then|Later|Also|But|And),\s*", "", item)
    # The dated part of "In the wake of the Soviet invasion in 1979, ..." is the event itself.
    item = re.sub(r"^(?:[Ii]n the wake of|[Ff]ollowing|[Aa]s|[Ww]hen|[Ww]hile|[Aa]fter|[Bb]efore|[Ss]ince)\s+", "", item)
    if len(item.split()) < 4 or item.split()[-1].lower() in _NO_END or _NO_SUBJECT.match(item):
        return None
    return item[0].upper() + item[1:]


def order_candidates(found: list[Event], rng: random.Random, tries: int = 20) -> list[Candidate]:
    """Sets of 4 (or at least 3) events whose dates do not overlap, in date order."""
    found = sorted(found, key=lambda e: (e.interval, e.item))
    results, seen = [], set()
    for _ in range(tries):
        pool = found[:]
        rng.shuffle(pool)
        chosen: list[Event] = []
        for event in pool:
            if all(_apart(event, other) for other in chosen) and event.item not in {c.item for c in chosen}:
                chosen.append(event)
            if len(chosen) == 4:
                break
        if len(chosen) < 3:
            break
        chosen.sort(key=lambda e: e.interval)
        key = tuple(e.item for e in chosen)
        if key in seen:
            continue
        seen.add(key)
        question = {"type": "order", "prompt": "Put these events in the order they happened, earliest first.",
                    "items": [e.item for e in chosen], "quote": [e.quote for e in chosen]}
        results.append(Candidate(question, tuple(e.fact.key for e in chosen), ("order", len(results)), 1.0 + 0.05 * len(chosen)))
    return results


def _apart(a: Event, b: Event) -> bool:
    return a.interval[1] < b.interval[0] or b.interval[1] < a.interval[0]
