"""The stages joined: documents in, a pack (plain data in pack format) out."""

from __future__ import annotations

import heapq
import random
import re
from collections import defaultdict
from pathlib import Path
from typing import Callable

from game.generate import order as order_stage
from game.generate import rankings as rankings_stage
from game.generate import records as records_stage
from game.generate.checks import Evidence, pack_problems, question_problems
from game.generate.facts import find_facts
from game.generate.questions import Candidate, candidates
from game.generate.rank import Importance, score, select, weighable
from game.generate.sentences import split_sentences
from game.generate.text import Document

# Checks cost more than making candidates, so only the best few per wanted question are checked.
_CHECKED_PER_QUESTION = 12


class NothingToAsk(Exception):
    """The documents hold no fact worth a question."""


def slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-") or "pack"


def source_ids(paths: list[Path]) -> list[str]:
    """A distinct id per document, from its file name."""
    ids: list[str] = []
    for path in paths:
        base = slug(path.stem)
        name, n = base, 2
        while name in ids:
            name, n = f"{base}-{n}", n + 1
        ids.append(name)
    return ids


def generate(documents: dict[str, Document], count: int, seed: int,
             progress: Callable[[str], None] = lambda message: None) -> list[dict]:
    """Up to `count` checked questions (pack format, with ids) from the documents."""
    rng = random.Random(seed)
    shortlist = _Shortlist(count * _CHECKED_PER_QUESTION)
    events = []
    split, found_facts = {}, {}
    stated = 0  # sentences stating a date, number or name
    for sid, document in documents.items():
        progress(f"{document.path.name}: splitting sentences")
        sentences = split_sentences(document)
        split[sid] = sentences
        progress(f"{document.path.name}: {len(sentences)} sentences; finding facts")
        facts = found_facts[sid] = find_facts(sentences)
        stated += sum(map(bool, facts))
        found = records_stage.records(document)
        years = records_stage.untold_years(sentences, found + records_stage.dated_passages(document))
        for candidate in candidates(sid, sentences, facts, rng, Importance(sentences, facts), document.title, years):
            shortlist.add(candidate)
        for candidate in records_stage.candidates(sid, found, rng):
            shortlist.add(candidate)
        for candidate in rankings_stage.candidates(sid, rankings_stage.rankings(document), rng):
            shortlist.add(candidate)
        events += order_stage.events(sid, sentences, facts, found)
    for candidate in order_stage.order_candidates(events, rng):
        shortlist.add(candidate)
    if not shortlist.seen and not stated:
        raise NothingToAsk("no sentence states a date, number or name that a question could ask about")
    if not shortlist.seen:
        raise NothingToAsk(f"{_sentences(stated)} a date, number or name, but none reads on its own as settled"
                           " fact (a pronoun or \"this\" pointing back, a quotation, a hedge, an opinion)")
    progress(f"checking the best of {shortlist.seen} candidates")
    evidence = Evidence(documents, split, found_facts)
    passed = [c for c in shortlist.best() if not question_problems(c.question, evidence)]
    chosen = select(weighable(passed), count, rng)
    questions = _with_ids([c.question for c in chosen])
    for problem in pack_problems(questions):
        progress(f"note: {problem}")
    if not passed:
        raise NothingToAsk(f"{shortlist.seen} candidate questions were made, but none passed the quality checks")
    if not questions:
        raise NothingToAsk(f"{len(passed)} of {shortlist.seen} candidate questions passed the quality checks, but none"
                           " could be kept: true and false statements must stay about even, and a typed answer unambiguous")
    return questions


def _sentences(count: int) -> str:
    return "1 sentence states" if count == 1 else f"{count} sentences state"


class _Shortlist:
    """The best-scoring candidates of each type, kept as they are made, so a long
    document's candidates never all sit in memory at once."""

    def __init__(self, size: int):
        self.size = size
        self.seen = 0
        self._heaps: dict[str, list] = defaultdict(list)

    def add(self, candidate: Candidate) -> None:
        # Among equal scores the earlier candidate stays, as a stable sort would keep it.
        entry = (score(candidate), -self.seen, candidate)
        self.seen += 1
        heap = self._heaps[candidate.kind]
        if len(heap) < self.size:
            heapq.heappush(heap, entry)
        elif entry[:2] > heap[0][:2]:
            heapq.heapreplace(heap, entry)

    def best(self) -> list[Candidate]:
        """The kept candidates, in the order they were made."""
        kept = sorted((entry for heap in self._heaps.values() for entry in heap), key=lambda e: -e[1])
        return [candidate for _, _, candidate in kept]


def _with_ids(questions: list[dict]) -> list[dict]:
    result, seen = [], set()
    for question in questions:
        about = question.get("answer") if question["type"] in ("choice", "text") else question["prompt"]
        base = f"{question['type'].replace('_', '-')}-{'-'.join(slug(str(about)).split('-')[:4])}"
        qid, n = base, 2
        while qid in seen:
            qid, n = f"{base}-{n}", n + 1
        seen.add(qid)
        result.append({"id": qid, **question})
    return result
