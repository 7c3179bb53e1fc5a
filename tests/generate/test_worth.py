"""What is worth asking, and asked so that it grades fairly: no writer's judgement, no long
copied statements, typed answers a player would type as written."""

import random

import pytest

from game.generate.facts import find_facts
from game.generate.questions import candidates
from game.generate.rank import Importance
from game.generate.sentences import Sentence

_OTHERS = ["Kenya, Ethiopia, Cuba and Iran signed the treaty in 1961 after 12 meetings.",
           "Rothman and Gille met in Tokyo in 1972 and in Colorado in 1987 with 300 people."]


def _questions(text: str, *others: str) -> list[dict]:
    """The questions the generator would make from the first sentence, among a few others
    that supply wrong options."""
    sentences = [Sentence(0, len(t), t, t, 0) for t in (text, *others, *_OTHERS)]
    facts = find_facts(sentences)
    found = candidates("doc", sentences, facts, random.Random(1), Importance(sentences, facts))
    return [c.question for c in found if c.sentence == ("doc", 0)]


@pytest.mark.parametrize("text", [
    "Dr. Shadlen and colleagues started out from an interesting hypothesis at Columbia University in 2016.",
    "Mr Mugabe, still seen by many Africans as a liberation hero, has been reviled in the West since 1980.",
    "Mr Mugabe, regarded by his party as a hero, has ruled Zimbabwe since 1980.",
])
def test_the_writers_judgement_or_a_reputation_is_not_asked(text):
    assert _questions(text) == []


def test_a_superlative_of_fact_is_still_asked():
    assert _questions("Gunmen opened fire at Tunisia’s most renowned museum on Wednesday, killing at least 19 people.")


def test_a_long_sentence_makes_no_true_or_false_statement_but_still_a_choice():
    text = ("Over the next two decades, U.S. and coalition troops conducted operations in Afghanistan to dismantle "
            "remaining terrorist networks and to support and protect the Afghan people as they sought democratic "
            "freedoms after 2001.")
    kinds = {q["type"] for q in _questions(text)}
    assert "choice" in kinds and "true_false" not in kinds
    assert "true_false" in {q["type"] for q in _questions("After 2001, U.S. and coalition troops conducted operations in Afghanistan.")}


def test_a_plain_statement_that_names_nothing_is_not_asked():
    # no fact to change in either; only the second names what it is about
    others = ["The Tomobiki students relive the day before the school festival over and over."]
    assert not _questions("In the center of the screen, there was a fixed point and a clock.", *others)
    assert _questions(*others)


def _typed(text: str, *others: str) -> dict[str, list[str]]:
    return {q["answer"]: q.get("accept", []) for q in _questions(text, *others) if q["type"] == "text"}


def test_a_long_name_is_no_typed_answer():
    text = "In 2011, voters in Tunisia elected the Ennahda party, a movement similar to the Islamist Muslim Brotherhood Party."
    sentence = Sentence(0, len(text), text, text, 0)
    assert "Islamist Muslim Brotherhood Party" in {f.text for f in find_facts([sentence])[0]}
    assert _typed(text) == {"Tunisia": []}


def test_a_person_is_accepted_by_surname_and_a_surname_by_the_full_name():
    text = "In 1921, Harry D. Kitson published The Mind of the Buyer at Columbia University."
    assert _typed(text)["Harry D. Kitson"] == ["Kitson"]
    typed = _typed("In 2016, Dr. Shadlen and colleagues at Columbia University asked 5 people to judge moving dots.",
                   "The scientists were led by Dr. Michael Shadlen, a neuroscientist, in 2016.")
    assert typed["Shadlen"] == ["Michael Shadlen"]
    typed = _typed("In 2001, the Taliban refused to expel Osama bin Laden and his associates from Kabul.")
    assert typed["Osama bin Laden"] == ["bin Laden"]
