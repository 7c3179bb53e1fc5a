"""Ranking: keep the best checked candidates, one question per fact, a mix of types.

Score = importance of the fact (its kind, how central its name is to the document, how
early its sentence comes) x clarity of the sentence (a readable length, no parentheses)
+ a bonus for wrong options the document itself names.
"""

from __future__ import annotations

import math
import random
import re
from collections import Counter

from game.generate.checks import similar, wording
from game.generate.facts import Fact
from game.generate.questions import Candidate
from game.generate.sentences import Sentence

_KIND_WEIGHT = {
    "date": 1.0, "number": 1.0, "percent": 1.0, "money": 1.0, "operation": 1.0, "quantity": 0.85,
    "person": 0.9, "place": 0.85, "org": 0.75,
}
# Shares of a pack by type; order questions are few because each uses four events.
_SHARES = {"order": 0.08, "number": 0.14, "text": 0.14, "true_false": 0.26, "choice": 0.38}


_CONNECTIVE = re.compile(r"(?:But|And|Yet|So|Also|Still|Meanwhile|However|Instead|Later|Unfortunately)\b")


class Importance:
    """How much a fact matters in its document."""

    def __init__(self, sentences: list[Sentence], facts: list[list[Fact]]):
        self.mentions = Counter(f.key for sentence_facts in facts for f in sentence_facts)
        self.paragraphs = max((s.paragraph for s in sentences), default=0) + 1

    def __call__(self, sentence: Sentence, fact: Fact) -> float:
        words = len(sentence.text.split())
        clarity = 1.0 if 12 <= words <= 32 else 0.8
        if _CONNECTIVE.match(sentence.text):
            clarity *= 0.9
        if "(" in sentence.text or ";" in sentence.text:
            clarity *= 0.85
        central = 1 + 0.1 * math.log(self.mentions[fact.key]) if fact.kind in ("person", "place", "org", "operation") else 1.0
        early = 1.1 - 0.2 * sentence.paragraph / self.paragraphs
        return _KIND_WEIGHT.get(fact.kind, 0.7) * clarity * central * early


def score(candidate: Candidate) -> float:
    return candidate.importance + 0.15 * candidate.from_documents


def select(candidates: list[Candidate], count: int, rng: random.Random) -> list[Candidate]:
    """Up to `count` candidates: best first, quotas per type, no fact or sentence twice."""
    ranked = sorted(candidates, key=lambda c: (-score(c), rng.random()))
    quotas = {kind: max(1, round(share * count)) for kind, share in _SHARES.items()}
    chosen: list[Candidate] = []
    used_facts: set = set()
    used_sentences: Counter = Counter()
    truths = Counter()

    def take(candidate: Candidate, per_sentence: int) -> bool:
        if len(chosen) >= count or used_facts & set(candidate.fact_keys) or used_sentences[candidate.sentence] >= per_sentence:
            return False
        if any(similar(wording(candidate.question), wording(c.question)) for c in chosen):
            return False  # the same sentence elsewhere in the documents
        if candidate.kind == "true_false":
            truth = candidate.question["answer"]
            if truths[truth] > truths[not truth]:
                return False  # keep true and false statements about even
            truths[truth] += 1
        chosen.append(candidate)
        used_facts.update(candidate.fact_keys)
        used_sentences[candidate.sentence] += 1
        return True

    # Types take turns, scarcest first, each up to its share; then the best of any type.
    queues = {kind: [c for c in ranked if c.kind == kind] for kind in _SHARES}
    taken = Counter()
    while any(queues.values()):
        for kind, queue in queues.items():
            while queue and taken[kind] < quotas[kind]:
                if take(queue.pop(0), 1):
                    taken[kind] += 1
                    break
            if taken[kind] >= quotas[kind]:
                queue.clear()
    # One question per sentence: a second would show the first one's answer.
    for candidate in ranked:
        if candidate not in chosen and candidate.kind != "order":
            take(candidate, 1)
    return chosen
