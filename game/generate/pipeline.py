"""The stages joined: documents in, a pack (plain data in pack format) out."""

from __future__ import annotations

import random
import re
from pathlib import Path
from typing import Callable

from game.generate import order as order_stage
from game.generate.checks import Evidence, pack_problems, question_problems
from game.generate.facts import find_facts
from game.generate.questions import Candidate, candidates
from game.generate.rank import Importance, score, select
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
    found: list[Candidate] = []
    events = []
    split = {}
    for sid, document in documents.items():
        progress(f"{document.path.name}: splitting sentences")
        sentences = split_sentences(document)
        split[sid] = sentences
        progress(f"{document.path.name}: {len(sentences)} sentences; finding facts")
        facts = find_facts(sentences)
        pool = [f for sentence_facts in facts for f in sentence_facts]
        found += candidates(sid, sentences, facts, pool, rng, Importance(sentences, facts))
        events += order_stage.events(sid, sentences, facts)
    found += order_stage.order_candidates(events, rng)
    if not found:
        raise NothingToAsk("no sentence states a date, number or name that a question could ask about")
    progress(f"checking {len(found)} candidates")
    evidence = Evidence(documents, split)
    shortlist = _shortlist(found, count * _CHECKED_PER_QUESTION)
    passed = [c for c in shortlist if not question_problems(c.question, evidence)]
    chosen = select(passed, count, rng)
    questions = _with_ids([c.question for c in chosen])
    for problem in pack_problems(questions):
        progress(f"note: {problem}")
    if not questions:
        raise NothingToAsk("no candidate question passed the quality checks")
    return questions


def _shortlist(found: list[Candidate], size: int) -> list[Candidate]:
    """The best-scoring candidates of each type, in their original order."""
    keep = set()
    for kind in {c.kind for c in found}:
        of_kind = sorted((c for c in found if c.kind == kind), key=lambda c: -score(c))
        keep.update(id(c) for c in of_kind[:size])
    return [c for c in found if id(c) in keep]


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
