"""Candidate questions of the five types, each from one fact of one sentence.

Every prompt is its sentence with the fact's span blanked (or, for true_false, changed or
kept), so filling the blank rebuilds the quoted words exactly. Sentences that cannot stand
alone are not used: direct speech, hedged claims, and ones leaning on a sentence before.
"""

from __future__ import annotations

import random
import re
from dataclasses import dataclass

from game.generate.distractors import distractors
from game.generate.facts import NAME_KINDS, NUMERIC_KINDS, Fact
from game.generate.sentences import Sentence

BLANK = "____"

_SPEECH = re.compile(r"[“\"][^”\"]*\w+\W+\w+\W+\w+[^”\"]*[”\"]|^[“\"‘]|[”\"]$")
_HEDGE = re.compile(
    r"\b(?:may|might|could|would|likely|unlikely|possibly|perhaps|probably|reportedly|allegedly"
    r"|apparently|seems?|appears?|suggests?|believed|rumou?red|estimated|expected|expects?|hopes?|should)\b", re.I)
# Words pointing at something the player never saw. A pronoun later in a sentence usually
# has its antecedent earlier in the same sentence, so only opening ones count.
_LEANS_BACK = re.compile(
    r"^(?:\S+ ){0,2}(?:he|she|it|they|him|her|them|his|its|their)\b|^(?:It|They|Such|Both|Then|There|Here|Thus|Therefore|Similarly|Likewise|Again)\b"
    r"|\b(?:this|these|those|the latter|the former|the same|the move|the decision|the plan|the deal"
    r"|the man|the woman|the team|the two|the group|the event|the project|the call|the following"
    r"|the above|such|that (?:year|day|month|week|time)|the (?:following|next|same|previous) (?:year|day|month|week))\b", re.I)
_OPINION = re.compile(r"\b(?:I|we|our|us|my|you|your)\b")


@dataclass
class Candidate:
    question: dict  # a question in pack format, without its id
    fact_keys: tuple  # the facts it asks about
    sentence: tuple[str, int]  # (source id, sentence index): where it came from
    importance: float
    from_documents: float = 0.0  # share of wrong options the documents themselves name

    @property
    def kind(self) -> str:
        return self.question["type"]


def usable(sentence: Sentence, hedges_ok: bool = False) -> bool:
    """Whether a sentence can be put in front of a player on its own, as settled fact.

    hedges_ok: for order items, which keep only a sentence's opening clause.
    """
    text = sentence.text
    return (
        sentence.quote is not None
        and 8 <= len(text.split()) <= 50
        and not _SPEECH.search(text)
        and (hedges_ok or not _HEDGE.search(text))
        and not _LEANS_BACK.search(text)
        and not _OPINION.search(text)
    )


def blanked(sentence: Sentence, fact: Fact) -> str:
    """The sentence with exactly the fact's span replaced by the blank."""
    at, to = fact.start - sentence.start, fact.end - sentence.start
    return _one_line(sentence.text[:at] + BLANK + sentence.text[to:])


def _one_line(text: str) -> str:
    return " ".join(text.split())


def _quote(source: str, sentence: Sentence) -> dict:
    return {"source": source, "text": _one_line(sentence.quote)}


def candidates(source: str, sentences: list[Sentence], facts: list[list[Fact]], pool: list[Fact],
               rng: random.Random, importance) -> list[Candidate]:
    """choice, true_false, text and number candidates from every usable sentence."""
    found = []
    for index, (sentence, sentence_facts) in enumerate(zip(sentences, facts)):
        if not usable(sentence):
            continue
        for fact in sentence_facts:
            if fact.kind == "date" and fact.value[0] is None and fact.detail != "day":
                continue
            weight = importance(sentence, fact)
            where = (source, index)
            prompt = blanked(sentence, fact)
            wrong, known = distractors(fact, pool, prompt, rng)
            quote = _quote(source, sentence)
            # "the United States" -> "the Germany": a changed name must fit the article before it
            fits = not (fact.kind in NAME_KINDS and sentence.text[: fact.start - sentence.start].endswith(("the ", "The ")))
            if len(wrong) >= 2:
                found.append(Candidate({"type": "choice", "prompt": prompt, "answer": fact.text, "wrong": wrong, "quote": quote},
                                       (fact.key,), where, weight, known / len(wrong)))
                changed = _one_line(sentence.text[: fact.start - sentence.start] + wrong[0] + sentence.text[fact.end - sentence.start:])
            if len(wrong) >= 2 and fits:
                found.append(Candidate({"type": "true_false", "prompt": changed, "answer": False, "quote": quote},
                                       (fact.key,), where, weight, known / len(wrong)))
            found.append(Candidate({"type": "true_false", "prompt": _one_line(sentence.text), "answer": True, "quote": quote},
                                   (fact.key,), where, weight * 0.9))
            if fact.kind in NAME_KINDS and len(fact.text.split()) <= 4:
                accept = _accepted(fact)
                question = {"type": "text", "prompt": prompt, "answer": fact.text, "quote": quote}
                if accept:
                    question["accept"] = accept
                found.append(Candidate(question, (fact.key,), where, weight * 0.95))
            if fact.kind in NUMERIC_KINDS and fact.written == "digits":
                found.append(Candidate(_number_question(sentence, fact, quote), (fact.key,), where, weight * 0.95))
    return found


def _accepted(fact: Fact) -> list[str]:
    """Other typed answers that name the same thing: a surname, an operation's own name."""
    words = fact.text.split()
    if fact.kind == "person" and len(words) > 1:
        return [words[-1]]
    if fact.kind == "operation":
        return [" ".join(words[1:])]
    return []


def _number_question(sentence: Sentence, fact: Fact, quote: dict) -> dict:
    """A typed number: the blank covers the digits only; the unit is shown beside the box."""
    digits = re.search(r"\d[\d,]*(?:\.\d+)?", fact.text)
    at = fact.start - sentence.start + digits.start()
    prompt = _one_line(sentence.text[:at] + BLANK + sentence.text[at + len(digits.group()):])
    value = float(digits.group().replace(",", ""))
    question = {"type": "number", "prompt": prompt, "answer": int(value) if value.is_integer() else value, "quote": quote}
    if value >= 1000:
        question["tolerance"] = int(value // 100)  # one per cent: a reader who recalls "about 122,000" knows it
    unit = fact.detail if fact.kind in ("number", "quantity") else ("%" if fact.kind == "percent" else "")
    if unit:
        question["unit"] = unit
    return question
