"""Statements that are sentences, and referents the prompt itself gives.

Sentences in the style of the failures of blind review 6, each beside a near miss that must
still be asked."""

import pytest
from makers import questions_from

from game.generate.checks import Evidence, question_problems
from game.generate.text import Document


def _prompts(text: str, *others: str) -> list[str]:
    return [q["prompt"] for q in questions_from(text, *others)]


@pytest.mark.parametrize("text", [
    # a noun phrase with a participle, cut from its sentence: no finite verb
    "The Constitution of Ireland, adopted in 1937.",
    "The ruins of the medieval churches of Famagusta and Nicosia.",
])
def test_a_fragment_is_no_statement(text):
    assert _prompts(text) == []


@pytest.mark.parametrize("text", [
    # an "-s" verb after a lowercase noun
    "A harbour for large warships exists at Famagusta.",
    # a participle's phrase closed, then the main verb
    "The Althing, founded in 930, met at Thingvellir until 1798.",
])
def test_a_sentence_with_its_verb_is_asked(text):
    assert _prompts(text)


def test_this_form_of_something_the_sentence_names_does_not_dangle():
    text = ("Hermitian matrices are named after Charles Hermite, who demonstrated in 1855 that matrices of "
            "this form share a property with real symmetric matrices.")
    assert any("1855" in p or "____" in p for p in _prompts(text))
    # "this form" of something no word of the sentence names still leans back
    assert _prompts("Hermite demonstrated in 1855 that this form shares a property with real symmetric matrices.") == []


@pytest.mark.parametrize("text", [
    "The capital and largest city is Dublin, on the eastern side of the island.",
    "After joining the EC in 1973, the country's government enacted a series of liberal economic policies.",
    "New Jersey has lost more than 5,000 casino hotel jobs in the past two years.",
    "In one study, an average of 11 driver mutations per cancer were found.",
])
def test_a_referent_the_prompt_never_gives_drops_it(text):
    assert _prompts(text) == []


def test_time_counted_back_from_the_writing_is_dropped():
    assert _prompts("A year and a half ago, an MIT scientist found a wedding announcement from Boston.") == []
    # an age on the geological clock is no such time
    assert _prompts("Stone tools at Xiaochangliang have been dated to 1.36 million years ago.")


def test_relative_time_with_a_date_is_placed():
    # a state as the document tells it is no time counted from the writing
    assert _prompts("Mars currently has no global magnetic field, but its crust holds regions 10 times more magnetized.")
    assert _prompts("Between 2012 and 2014 New Jersey lost more than 5,000 casino hotel jobs in the past two years.")


def test_a_short_name_introduced_in_full_is_no_subject():
    full = "George Wein founded the Newport Jazz Festival in Rhode Island in 1954."
    assert _prompts("Wein was a jazz club owner when, in the 1950s, he founded the Newport Jazz Festival.", full) == []
    company = "Jim Mason is the president of Taylor International Corp. in Las Vegas."
    assert _prompts("In 2007, Taylor employed 500 people managing $1 billion in construction.", company) == []
    # the full name itself, a possessive, or a speaker reporting what someone else did are asked
    assert _prompts(full)
    assert _prompts("In 1970, Wein's Festival Productions produced the first New Orleans Jazz Festival.", full)
    # the short name as the blank is asked, but never shown in a statement
    hall = _prompts("Hall had almost given up his search for a moon of Mars.",
                    "The two moons of Mars were discovered by American astronomer Asaph Hall in 1877.")
    assert "____ had almost given up his search for a moon of Mars." in hall
    assert not any(p.startswith("Hall ") for p in hall)
    assert _prompts("After 20 years of war, Blinken said Washington had shifted its embassy from Kabul to Doha.",
                    "U.S. Secretary of State Antony Blinken spoke in 2021.")


@pytest.mark.parametrize("text", [
    "Ireland's economy is advanced, with one of Europe's major financial hubs centred around Dublin.",
    "Wein was already a well-known jazz club owner in Boston by 1950.",
    "The EC enacted a series of liberal policies in 1987 that helped to boost economic growth.",
])
def test_praise_or_a_vague_cause_is_opinion(text):
    assert _prompts(text) == []


def test_named_after_a_person_is_no_bound():
    text = ("Hermitian matrices are named after Charles Hermite. "
            "Werner Heisenberg created matrix mechanics with Hermitian matrices after 1920.")
    evidence = Evidence({"s": Document(None, text, text)})
    quote = {"source": "s", "text": "Hermitian matrices are named after Charles Hermite."}
    named = {"type": "true_false", "prompt": "Hermitian matrices are named after Werner Heisenberg.",
             "answer": False, "quote": quote}
    assert not any("bound" in p for p in question_problems(named, evidence))
    # a year after "after" is still a bound: "after 1915" is as true
    quote = {"source": "s", "text": "Werner Heisenberg created matrix mechanics with Hermitian matrices after 1920."}
    dated = {"type": "true_false", "prompt": "Werner Heisenberg created matrix mechanics with Hermitian matrices after 1915.",
             "answer": False, "quote": quote}
    assert any("bound" in p for p in question_problems(dated, evidence))
