"""What is worth asking, and asked so that it grades fairly: no writer's judgement, no long
copied statements, typed answers a player would type as written."""


import pytest
from makers import questions_from

from game.generate.facts import Fact, find_facts
from game.generate.sentences import Sentence


@pytest.mark.parametrize("text", [
    "Dr. Shadlen and colleagues started out from an interesting hypothesis at Columbia University in 2016.",
    "Mr Mugabe, still seen by many Africans as a liberation hero, has been reviled in the West since 1980.",
    "Mr Mugabe, regarded by his party as a hero, has ruled Zimbabwe since 1980.",
])
def test_the_writers_judgement_or_a_reputation_is_not_asked(text):
    assert questions_from(text) == []


def test_a_superlative_of_fact_is_still_asked():
    assert questions_from("Gunmen opened fire at Tunisia’s most renowned museum on Wednesday, killing at least 19 people.")


def test_a_long_sentence_makes_no_true_or_false_statement_but_still_a_choice():
    text = ("Over the two decades after 2001, U.S. and coalition troops conducted operations in Afghanistan to "
            "dismantle remaining terrorist networks and to support and protect the Afghan people as they sought "
            "democratic freedoms.")
    kinds = {q["type"] for q in questions_from(text)}
    assert "choice" in kinds and "true_false" not in kinds
    assert "true_false" in {q["type"] for q in questions_from("After 2001, U.S. and coalition troops conducted operations in Afghanistan.")}


def test_a_statement_with_no_fact_to_change_is_not_asked():
    # Nothing in either could be made false, so a true statement of either is the default guess,
    # whether it names nothing or names what it is about.
    assert not questions_from("In the center of the screen, there was a fixed point and a clock.")
    assert not questions_from("The Tomobiki students relive one day before their school festival over and over.")
    # one fact a false statement can change: both are asked
    truths = {q["answer"] for q in questions_from("The Tomobiki students relive one day before their school festival 12 times.")
              if q["type"] == "true_false"}
    assert truths == {True, False}


def _typed(text: str, *others: str) -> dict[str, list[str]]:
    return {q["answer"]: q.get("accept", []) for q in questions_from(text, *others) if q["type"] == "text"}


def test_a_long_name_is_no_typed_answer():
    text = "In 2011, voters in Tunisia elected the Ennahda party, a movement similar to the Islamist Muslim Brotherhood Party."
    sentence = Sentence(0, len(text), text, text, 0)
    assert "Islamist Muslim Brotherhood Party" in {f.text for f in find_facts([sentence])[0]}
    assert _typed(text) == {"Tunisia": []}


def test_a_person_is_accepted_by_surname_and_a_surname_by_the_full_name():
    text = "In 1921, Harry D. Kitson published The Mind of the Buyer at Columbia University."
    assert _typed(text, "Kitson's work showed that each type of reader bought its own type of text.")["Harry D. Kitson"] == ["Kitson", "Harry Kitson"]
    typed = _typed("In 2016, Dr. Shadlen and colleagues at Columbia University asked 5 people to judge moving dots.",
                   "The scientists were led by Dr. Michael Shadlen, a neuroscientist, in 2016.")
    assert typed["Shadlen"] == ["Michael Shadlen"]
    typed = _typed("In 2001, the Taliban refused to expel Osama bin Laden and his associates from Kabul.",
                   "Osama bin Laden had lived in Kandahar since 1996.")
    assert typed["Osama bin Laden"] == ["bin Laden"]


@pytest.mark.parametrize("text", [
    "De Miranda makes a convincing case for neon as a symbol of the 20th century in 2015.",
    "The Alaskan halibut fishery has been rationalized and managed successfully since 1990.",
    "The bottom line is that the Government of Australia did not deny the flaws in 2015.",
    "Recent study shows that the stone tools found at Xiaochangliang are dated to 1.36 million years ago.",
    # a reporter's non-answer says nothing about the story
    "A Whole Foods spokeswoman declined to comment on pricing in April 2019.",
    "Con Edison did not immediately respond to 3 requests for comment.",
])
def test_an_evaluation_or_a_hedged_finding_is_not_asked(text):
    assert questions_from(text) == []


def test_a_name_given_as_an_example_is_not_asked():
    text = "In 2017, Prime became a paid membership like at Costco or Sam’s Club."
    assert not any("____" in q["prompt"] and "Costco" not in q["prompt"] for q in questions_from(text, "Costco opened in 1983."))


def test_a_typed_answer_is_a_name_the_document_gives_twice_and_alone_in_its_sentence():
    once = "Excavation of a Peiligang culture site in Xinzheng county found a community of 500 people in 1977."
    assert "Xinzheng" not in _typed(once)
    assert "Xinzheng" in _typed(once, "Xinzheng is a city of 600,000 people.")
    # "Tuva" and "Russian" stand beside the blank and would be as true as the key
    text = "The Russian cargo ship broke up over Siberia near the Tuva region on Thursday in 2016."
    assert "Siberia" not in _typed(text, "Siberia is cold.", "Tuva borders Mongolia.")


def test_a_typed_answer_accepts_its_distinctive_word_and_an_ordinal_in_words():
    from game.generate.questions import accepted

    text = "Trade diminished after the Suez Canal opened, and the Polaris fished the Aleutian Islands in the 20th century."
    facts = {f.text: f for f in find_facts([Sentence(0, len(text), text, text, 0)])[0]}
    assert accepted(facts["Suez Canal"], {}) == ["Suez"]
    assert set(accepted(facts["Aleutian Islands"], {})) == {"Aleutian", "Aleutians"}
    # "of the 20th century", twice in a document, is taken for a name
    assert accepted(Fact("org", 0, 4, "20th", "20th", "group"), {}) == ["twentieth"]
