"""A false statement must not be false on sight: a student who never learned the fact cannot
tell it from a true one. No year 0, no name changed beside the abbreviation that betrays it,
no swap of the place the whole document is about."""

import random

import pytest

from game.generate.checks import Evidence, question_problems
from game.generate.distractors import Pool, distractors
from game.generate.facts import find_facts
from game.generate.sentences import Sentence
from game.generate.text import Document
from game.textnorm import numbers_in


def _facts(*texts: str):
    sentences, at = [], 0
    for text in texts:
        sentences.append(Sentence(at, at + len(text), text, text, len(sentences)))
        at += len(text) + 1
    facts = [f for fs in find_facts(sentences) for f in fs]
    return facts, Pool(facts)


@pytest.mark.parametrize("text, year", [
    ("From about 400 BC, more complex Atlantic roundhouses began to be built.", "400 BC"),
    ("The first farmers reached the islands in 300 BC.", "300 BC"),
])
def test_a_changed_bc_year_is_a_real_year_of_the_same_era(text, year):
    # Later years in the document leave room past the era's start.
    facts, pool = _facts(text, "The Romans arrived in AD 79, and the Union came in 1707.")
    fact = next(f for f in facts if f.text == year)
    prompt = text.replace(year, "____")
    changes = {tuple(distractors(fact, pool, prompt, random.Random(seed), want=1)[0]) for seed in range(30)}
    for (change,) in filter(None, changes):
        assert "BC" in change and numbers_in(change)[0] > 0, change


PPP = ("Lawmakers from the People Power Party (PPP) were shouted and cursed at as they left en masse after voting "
       "on a separate motion.")


def _problems(text: str, statement: str) -> list[str]:
    evidence = Evidence({"s": Document(None, text, text)})
    return question_problems({"type": "true_false", "prompt": statement, "answer": False,
                              "quote": {"source": "s", "text": text}}, evidence)


@pytest.mark.parametrize("text, statement", [
    (PPP, PPP.replace("People Power Party", "Democratic Party")),
    ("The port of Mumbai (then Bombay) shipped cotton to Liverpool in 1861.",
     "The port of Calcutta (then Bombay) shipped cotton to Liverpool in 1861."),
])
def test_a_name_is_never_changed_beside_its_abbreviation_or_gloss(text, statement):
    assert any("abbreviation or gloss" in p for p in _problems(text, statement))


def test_a_name_without_a_gloss_may_still_be_changed():
    text = "Lawmakers from the People Power Party were shouted at as they left the chamber."
    statement = text.replace("People Power Party", "Democratic Party")
    assert not any("abbreviation or gloss" in p for p in _problems(text, statement))


SCOTLAND = [
    "Scotland was first settled by hunter-gatherers after the ice retreated from Scotland.",
    "Farming reached Scotland about 4000 BC, and Orkney holds its oldest houses.",
    "The Gaelic kingdom of Dál Riata was founded on the west coast of Scotland in the 6th century.",
    "In the following century Irish missionaries came to Scotland, and England's Angles pressed from the south.",
    "The Kingdom of Scotland emerged in the 9th century beside England and Ireland.",
]


def test_the_place_a_document_is_about_is_never_swapped_into_a_false_statement():
    # (A place named as often as another, "Yichang" beside "Shanghai" in a river's geography, may be.)
    facts, pool = _facts(*SCOTLAND)
    fact = next(f for f in facts if f.text == "Scotland" and f.sentence == 2)
    prompt = SCOTLAND[2].replace("Scotland", "____")
    assert pool.main_place == "Scotland"
    assert all(distractors(fact, pool, prompt, random.Random(seed), want=1)[0] == [] for seed in range(10))


def test_a_document_naming_two_places_alike_has_no_main_place():
    facts, pool = _facts(*[f"The Nile flows from Ethiopia into Sudan, and {n} dams stand on it." for n in range(2, 8)])
    assert {"Ethiopia", "Sudan"} <= pool.subject_places and pool.main_place is None
