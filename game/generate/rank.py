"""Ranking: keep the best checked candidates, one question per fact, a mix of types.

Score = importance of the fact (its kind, how central its name is to the document, how
early its sentence comes) x clarity of the sentence (a readable length, no parentheses)
+ a bonus for wrong options the document itself names.
"""

from __future__ import annotations

import math
import random
import re
from collections import Counter, defaultdict

from game.generate.checks import (
    answer_rank,
    content_words,
    similar,
    without_lead_in,
    wording,
)
from game.generate.distractors import SUBJECT_MENTIONS
from game.generate.facts import Fact
from game.generate.questions import Candidate
from game.generate.sentences import Sentence
from game.textnorm import fold_answer

_KIND_WEIGHT = {
    "date": 1.0, "number": 1.0, "percent": 1.0, "money": 1.0, "operation": 1.0, "quantity": 0.85,
    "person": 0.9, "place": 0.85, "org": 0.75,
}
# Shares of a pack by type; order questions are few because each uses four events.
_SHARES = {"order": 0.08, "number": 0.14, "text": 0.14, "true_false": 0.26, "choice": 0.38}
# The most of a pack one type may fill when others run short; order questions ask four
# events at a time, so fewer of them.
_MOST = {"order": 0.2}

# Units of a delay or a stoppage, not of what a document reports.
_SHORT_SPANS = {"minutes", "minute", "seconds", "second"}
# How much an incidental measurement's importance counts: below a dated or lone figure.
_INCIDENTAL = 0.6

_CONNECTIVE = re.compile(r"(?:But|And|Yet|So|Also|Still|Meanwhile|However|Instead|Later|Unfortunately)\b")


# A byline, a credit, or a line about the writer or a source rather than the story: "____ has
# covered economics since 2012.", "Jennifer Jett reported from Hong Kong.", "____ is a lecturer
# with more than 30 years' experience.", "Forrest Jones runs the start-up Beechmont Hotels".
_BYLINE = re.compile(r"\b(?:has|have) (?:covered|reported on|written about|written for)\b|\bcontributed reporting\b"
                     r"|\breported from\b|\bcontributed to (?:this|the) (?:report|story|article)\b"
                     r"|\bwith (?:more than |over |nearly |almost |some )?\S+ years'? (?:of )?experience\b"
                     r"|\b(?:runs?|owns?|heads?|manages?) (?:the |a |an |his |her |their )?(?:[\w-]+ ){0,2}"
                     r"(?:start-?ups?|compan(?:y|ies)|firms?|business(?:es)?|consultanc(?:y|ies)|agenc(?:y|ies))\b"
                     r"|\bis (?:an?|the) (?:\w+ ){0,2}(?:[Cc]orrespondent|[Rr]eporter|[Cc]olumnist|staff writer|[Ee]ditor)\b"
                     r"|\bfollow (?:him|her|them) on\b")
# A claim true on sight, which says nothing a student learns: "once summed up the danger of
# deficits with a metaphor", "SVG and CSS3 effects can replace many images".
_TRUE_ON_SIGHT = re.compile(r"\b(?:summed up|with an? (?:metaphor|phrase|quip|joke|analogy))\b"
                            r"|\bonce (?:said|described|called|remarked|noted|quipped|put it)\b"
                            r"|\b(?:can|could|may|might)(?: \w+){1,3} (?:many|several|much|a lot of|some(?! \d))\b", re.I)


# An image's file name run into the text: "Lombok_Topography(labelled).png The SAMALAS ...".
_FILE_NAME = re.compile(r"\S\.(?:png|jpe?g|gif|svg|webp)\b", re.I)


def filler(text: str) -> bool:
    """Whether a question's words are about the writer, a claim true on sight, or carry a
    page's clutter (an image's file name)."""
    return bool(_BYLINE.search(text) or _TRUE_ON_SIGHT.search(text) or _FILE_NAME.search(text))


class Importance:
    """How much a fact matters in its document."""

    def __init__(self, sentences: list[Sentence], facts: list[list[Fact]]):
        self.mentions = Counter(_mention(f) for sentence_facts in facts for f in sentence_facts)
        self.paragraphs = max((s.paragraph for s in sentences), default=0) + 1
        self.facts = {s.start: sentence_facts for s, sentence_facts in zip(sentences, facts)}

    def is_subject(self, fact: Fact) -> bool:
        """One of the people and places the document is about ("Mr ____ said" = Obama):
        naming them is a guess, not a recall."""
        return fact.kind in ("person", "place") and self.mentions[_mention(fact)] >= SUBJECT_MENTIONS

    def __call__(self, sentence: Sentence, fact: Fact, clause=None) -> float:
        text = clause.text(sentence) if clause is not None else sentence.text
        words = len(text.split())
        clarity = 1.0 if 8 <= words <= 32 else 0.8
        if _CONNECTIVE.match(text):
            clarity *= 0.9
        if "(" in text or ";" in text:
            clarity *= 0.85
        central = 1 + 0.1 * math.log(self.mentions[_mention(fact)]) if fact.kind in ("person", "operation") else 1.0
        if fact.kind in ("place", "org", "person") and self.mentions[_mention(fact)] >= SUBJECT_MENTIONS:
            central = 0.7  # the document's own subject ("Afghanistan", "Blinken"): a guess, not a recall
        early = 1.1 - 0.2 * sentence.paragraph / self.paragraphs
        if self.incidental(sentence, fact, clause):
            central *= _INCIDENTAL
        return _KIND_WEIGHT.get(fact.kind, 0.7) * clarity * central * early

    def incidental(self, sentence: Sentence, fact: Fact, clause=None) -> bool:
        """A measurement told in passing, not a result: minutes or seconds (a delay, a session
        that "lost 40 minutes to drizzle"), or one of several like figures in an undated
        clause, a list of sizes ("Phobos is 17 miles wide, Deimos nine miles")."""
        if fact.kind not in ("number", "quantity"):
            return False
        if fact.detail in _SHORT_SPANS:
            return True
        lo, hi = (clause.start, clause.end) if clause is not None else (0, len(sentence.text))
        near = [f for f in self.facts.get(sentence.start, []) if lo <= f.start - sentence.start < hi]
        return not any(f.kind == "date" for f in near) \
            and any(f is not fact and f.kind in ("number", "quantity") and f.detail == fact.detail for f in near)


def _mention(fact: Fact) -> tuple:
    """What counts as the same thing mentioned again: a person by surname ("Antony Blinken",
    "Blinken"), anything else by its key."""
    if fact.kind == "person":
        return "person", fact.text.split()[-1].casefold()
    return fact.key


def score(candidate: Candidate) -> float:
    return candidate.importance + 0.15 * candidate.from_documents


def weighable(candidates: list[Candidate]) -> list[Candidate]:
    """The candidates without the true statements a player could not weigh: a true statement
    is the default guess where nothing could have made it false, so one is kept only where its
    clause also gave a false statement among these (that passed the checks)."""
    twins = {(c.sentence, c.span) for c in candidates if c.kind == "true_false" and c.question["answer"] is False}
    return [c for c in candidates if c.kind != "true_false" or c.question["answer"] is False or (c.sentence, c.span) in twins]


def select(candidates: list[Candidate], count: int, rng: random.Random) -> list[Candidate]:
    """Up to `count` candidates: best first, quotas per type, no fact twice, and no question
    showing another's answer (several may come from one sentence, each from its own clause)."""
    ranked = sorted(candidates, key=lambda c: (-score(c), rng.random()))
    quotas = {kind: max(1, round(share * count)) for kind, share in _SHARES.items()}
    chosen: list[Candidate] = []
    used_facts: set = set()
    shown_spans: defaultdict = defaultdict(list)
    used_answers: list[tuple[str, Candidate]] = []  # folded, padded with spaces; whose answer it is
    truths = Counter()
    # The side that may have the odd statement, drawn per pack: were it whichever came first
    # (true ones are easier to make), "always true" would win across many small packs.
    leading = rng.random() < 0.5
    ranks = Counter()  # where numeric answers stand among their options, smallest first
    shown: dict[int, str] = {}  # folded wording, once per candidate
    with_choice = {key for c in candidates if c.kind == "choice" for key in c.fact_keys}

    def _shown(c: Candidate) -> str:
        if id(c) not in shown:
            shown[id(c)] = f" {fold_answer(wording(c.question))} "
        return shown[id(c)]

    def _reveals(a: Candidate, b: Candidate) -> bool:
        return reveals(a, b, _shown(b))

    def _repeats(a: Candidate, b: Candidate) -> bool:
        if (a.kind == "order") == (b.kind == "order"):
            return False
        order, other = (a, b) if a.kind == "order" else (b, a)
        return _repeats_event(order, other, _shown(other))

    def take(candidate: Candidate) -> bool:
        if len(chosen) >= count or used_facts & set(candidate.fact_keys) or filler(wording(candidate.question)):
            return False
        if candidate.kind == "text" and (doubtful(candidate.question) or set(candidate.fact_keys) & with_choice):
            return False  # the same fact as a choice is fairer: typing is the hardest way to answer
        if any(a < candidate.span[1] and candidate.span[0] < b for a, b in shown_spans[candidate.sentence]):
            return False  # a clause already shown: the two would answer each other
        if any(_asked_again(candidate, a, used, other) for a in candidate.answers for used, other in used_answers):
            return False  # one thing asked twice ("Lively", "Bertha A. Lively"): the second is a guess
        if any(_repeats(candidate, c) for c in chosen):
            return False  # an order item states a fact the other asks, or the other dates the item
        if any(similar(wording(candidate.question), wording(c.question)) for c in chosen):
            return False  # the same sentence elsewhere in the documents
        if any(_reveals(candidate, c) or _reveals(c, candidate) for c in chosen):
            return False
        rank = answer_rank(candidate.question)
        if rank is not None:
            others = [ranks[r] for r in range(1 + len(candidate.question["wrong"])) if r != rank]
            if ranks[rank] >= min(others) + _RANK_LEAD:
                return False  # the answer again at one end: "pick the largest" would learn it
        if candidate.kind == "true_false":
            truth = candidate.question["answer"]
            if truths[truth] >= truths[not truth] + _TRUTH_LEAD:
                return False  # keep true and false statements about even
            truths[truth] += 1
        chosen.append(candidate)
        used_facts.update(candidate.fact_keys)
        shown_spans[candidate.sentence].append(candidate.span)
        used_answers.extend((f" {fold_answer(a)} ", candidate) for a in candidate.answers if fold_answer(a))
        if rank is not None:
            ranks[rank] += 1
        return True

    def drop(candidate: Candidate) -> None:
        """Undo take() of a statement."""
        chosen.remove(candidate)
        used_facts.difference_update(candidate.fact_keys)
        shown_spans[candidate.sentence].remove(candidate.span)
        for a in candidate.answers:
            if fold_answer(a):
                used_answers.remove((f" {fold_answer(a)} ", candidate))
        truths[candidate.question["answer"]] -= 1

    # Types take turns, scarcest first, each up to its share; then the best of any type.
    queues = {kind: [c for c in ranked if c.kind == kind] for kind in _SHARES}
    taken = Counter()
    while any(queues.values()):
        for kind, queue in queues.items():
            while queue and taken[kind] < quotas[kind]:
                if take(queue.pop(0)):
                    taken[kind] += 1
                    break
            if taken[kind] >= quotas[kind]:
                queue.clear()
    # A timeline has a hundred years to ask: a pack of nothing but "which year" is a drill,
    # not a quiz, so no type fills more than its most; more order questions take the rest.
    most = {kind: max(quotas[kind], int(_MOST.get(kind, 0.5) * count)) for kind in _SHARES}
    for candidate in ranked:
        if candidate not in chosen and taken[candidate.kind] < most[candidate.kind]:
            if take(candidate):
                taken[candidate.kind] += 1
    if truths[not leading] > truths[leading]:
        # The odd statement is of the side not drawn. A statement of the drawn side evens the
        # pack; failing that, the least of the odd side gives way to one, best its own fact
        # told the other way ("... in 2015" for "... in 2020"), and goes alone only when none fits.
        partners = [c for c in ranked if c.kind == "true_false" and c.question["answer"] == leading and c not in chosen]
        if not any(take(c) for c in partners):
            odd = min((c for c in chosen if c.kind == "true_false" and c.question["answer"] != leading), key=score)
            drop(odd)
            partners.sort(key=lambda c: not _same_clause(c, odd))
            any(take(c) for c in partners)
    return chosen


# How far true statements may outnumber false ones (or the reverse) while a pack is chosen:
# "about half" true. The odd one stays only if it is of the side drawn for the pack.
_TRUTH_LEAD = 1
# How far one rank of numeric answers among their options may outnumber the rarest rank.
_RANK_LEAD = 1



def _asked_again(candidate: Candidate, answer: str, used: str, other: Candidate) -> bool:
    """Whether `answer` is one another question (`other`, answer `used`) already asks: the same
    name, or a name within it. A number or a date is the same thing only where it tells of the
    same event ("founded in 1990" twice); two shares of 60% are two facts."""
    folded = f" {fold_answer(answer)} "
    if not (folded in used or used in folded):
        return False
    return not re.search(r"\d", answer) or _same_event(candidate, other, answer)


def _same_clause(a: Candidate, b: Candidate) -> bool:
    return a.sentence == b.sentence and a.span[0] < b.span[1] and b.span[0] < a.span[1]


def _repeats_event(order: Candidate, other: Candidate, shown: str) -> bool:
    """Whether a question (`shown`: its folded wording) states an order item again, and so
    the item's date ("In 1981 the World Book ..."), or an item shows the question's answer."""
    answers = [f" {folded} " for a in other.answers if (folded := fold_answer(a))]
    for item in order.question["items"]:
        folded = f" {fold_answer(item)} "
        if folded in shown or any(a in folded for a in answers):
            return True
    return False


def reveals(a: Candidate, b: Candidate, shown: str | None = None) -> bool:
    """Whether b's prompt shows a's answer: always within one sentence; across the pack for
    numbers and dates, which mean one thing wherever they stand, and for a name where b tells
    of the same event ("broke up ... over the Russian Tuva region in Siberia" beside "broke up
    ... over ____"); and a true statement's fact where b tells of its event ("the Bronze Age
    about 2000 BC" beside "the Bronze Age, which began in Scotland about 2000 BC")."""
    shown = shown if shown is not None else f" {fold_answer(wording(b.question))} "
    return any((a.sentence == b.sentence or re.search(r"\d", answer) or _same_event(a, b, answer)) and f" {folded} " in shown
               for answer in a.answers if (folded := fold_answer(answer))) \
        or any(_same_event(a, b, fact) and f" {folded} " in shown for fact in a.states if (folded := fold_answer(fact)))


# Content words two prompts share when they tell of one event: "Russian", "cargo", "broke".
_SAME_EVENT = 3


def _same_event(a: Candidate, b: Candidate, answer: str) -> bool:
    words = content_words(answer)
    return len((content_words(_unframed(a.question, a.question["prompt"])) - words)
               & (content_words(_unframed(b.question, wording(b.question))) - words)) >= _SAME_EVENT


def _unframed(question: dict, text: str) -> str:
    """The words without the lead-in ("Black Death: ..."), which many prompts share whatever
    event they tell of."""
    quote = question.get("quote") or {"text": ""}
    return without_lead_in(text, (quote[0] if isinstance(quote, list) else quote)["text"])


# Words for a kind of thing, not one thing: "the ____ does not deny" = Government is a guess.
_KINDS_OF_BODY = {"Government", "Parliament", "Congress", "Senate", "Council", "College", "University",
                  "Court", "Army", "Navy", "Police", "Church", "Crown", "Company", "Department", "Ministry",
                  "Bill", "Act"}
# Typed answers longer than this are spelt wrong by a player who knows them ("Xiaochangliang").
_SPELLABLE = 11


def doubtful(question: dict) -> bool:
    """Whether a typed answer may be marked wrong for a right answer, or guessed: several
    words with no shorter form accepted ("Suez Canal" for "Suez", "Legislative Council" for
    "legislature"), digits ("20th" for "twentieth"), a long word hard to spell from memory,
    or a word for a kind of body ("Government")."""
    answer = str(question["answer"])
    return (" " in answer and not question.get("accept")) or bool(re.search(r"\d", answer)) \
        or max(map(len, answer.split())) > _SPELLABLE or answer in _KINDS_OF_BODY
