"""What a number counts is the head noun of the phrase after it, not the next word: the unit
beside the answer box reads "jobs", not "automotive"; a scale word is part of the unit; a number
that counts nothing named, an interviewee's age and one half of "56% to 35%" are not asked."""

import random

from game.generate.facts import facts_of, find_facts
from game.generate.questions import candidates
from game.generate.rank import Importance
from game.generate.sentences import Sentence
from tests.generate.makers import FILLERS, questions_from


def _numbers(text: str) -> list[dict]:
    return [q for q in questions_from(text) if q["type"] == "number"]


def test_the_unit_is_the_counted_noun_past_its_modifiers():
    for text, answer, unit in [
        ("Every year, about 34,185 hospital patients get sick from a superbug.", 34185, "patients"),
        ("New Jersey lost more than 5,000 casino hotel jobs between 2012 and 2014.", 5000, "jobs"),
        ("Lung adenocarcinomas carry an average of 11 driver mutations each.", 11, "mutations"),
    ]:
        asked = [q for q in _numbers(text) if q["answer"] == answer]
        assert asked and all(q["unit"] == unit for q in asked), text


def test_a_scale_word_is_part_of_the_unit():
    asked = _numbers("Every year, about 1.1 million hospital patients get sick from a superbug.")
    assert asked and all(q["answer"] == 1.1 and q["unit"] == "million patients" for q in asked)


def test_an_area_s_unit_keeps_its_scale():
    asked = _numbers("Greenland is the world's largest island, with an area of over 2.1 million km².")
    assert asked and all(q["answer"] == 2.1 and q["unit"] == "million km²" for q in asked)


def test_millions_that_count_nothing_named_are_in_millions():
    asked = _numbers("During the Great Famine, from 1845 to 1849, Ireland's population of over 8 million fell by 30%.")
    assert [q["unit"] for q in asked if q["answer"] == 8] == ["million"]


def test_a_number_before_a_verb_counts_nothing():
    for text in ["The time diagram on page 47 showing the interval since the Eoliths is 4 feet long.",
                 "By June 30, 2014, only about 712,000 applied for the program.",
                 "The Zanu-PF insisted the 93 year-old finishes his presidential term in Harare."]:
        assert not [f for f in facts_of(text) if f.kind == "number"], text


def test_a_number_word_before_hundred_is_no_count_of_its_own():
    assert not [f for f in facts_of("Beginning of four hundred years of division in China.") if f.kind == "number"]


def test_a_year_before_modifiers_is_no_count():
    assert not [f for f in facts_of("The eruption was too small to generate the 1257 sulfate spikes.") if f.kind == "number"]


def test_a_year_before_a_word_ending_in_s_that_counts_nothing_is_a_year():
    # A year asked as a count of "thanks", with a tolerance of 20 years, was a broken question.
    text = "Jan and Bob Kirby started Project Lifesaver in Yamhill County in 2007 thanks to many donations."
    assert [f.value for f in facts_of(text) if f.kind == "date"] == [(2007, None, None)]
    assert not _numbers(text)
    assert [f.detail for f in facts_of("In 2000 workers left the mill.") if f.kind == "number"] == ["workers"]


def test_a_singular_noun_is_counted_after_one_alone():
    assert [f.detail for f in facts_of("In the attack, 1 person, a guard, was hurt.") if f.kind == "number"] == ["person"]
    assert not [f for f in facts_of("In the end, 1 automotive plant reopened.") if f.kind == "number"]


def _questions_of_document(lines: list[str]) -> list[dict]:
    """The questions the generator would make from a document of these sentences, in order."""
    sentences, at = [], 0
    for line in lines:
        sentences.append(Sentence(at, at + len(line), line, line, len(sentences)))
        at += len(line) + 1
    facts = find_facts(sentences)
    return [c.question for c in candidates("doc", sentences, facts, random.Random(1), Importance(sentences, facts))]


def test_an_interviewee_s_age_deep_in_a_story_is_not_asked():
    story = FILLERS + FILLERS + [
        "Eddie Foreman, 40, of Opelika, Alabama, said better-paying positions aren't coming back.",
        "Foreman has put out 20 applications in the past year."]
    assert not [q for q in _questions_of_document(story) if "Foreman" in q["prompt"] and str(q["answer"]) == "40"]


def test_the_age_of_the_person_a_story_opens_on_is_asked():
    story = ["Eloise Parry, 21, was taken to Royal Shrewsbury hospital after a lethal dose of pills.", *FILLERS]
    assert [q for q in _questions_of_document(story) if "Parry" in q["prompt"] and str(q["answer"]) == "21"]


def test_one_half_of_a_poll_s_split_is_not_asked():
    questions = questions_from("By 56% to 35%, Hispanics said relief from deportation is more important than citizenship.")
    assert not [q for q in questions if str(q["answer"]) in ("56", "35")]
    assert [f.value for f in facts_of("Support rose from 30% to 60% in a year.") if f.kind == "percent"] == [30.0, 60.0]


def test_a_share_of_a_counted_whole_counts_the_whole_s_noun():
    facts = facts_of("Even as employment regained its peak in June, 29 of 50 states have yet to match that.")
    assert [(f.value, f.detail) for f in facts if f.kind == "number"] == [(29, "states"), (50, "states")]


def test_a_year_before_the_work_or_event_it_dates_is_a_date_not_a_count():
    for text, year in [("In a 1997 article in the medical journal The Lancet, researchers described three cases.", 1997),
                       ("The zombies of the 1968 film had a taste for flesh.", 1968),
                       ("Critics called the 2013 series the best of its kind.", 2013)]:
        facts = facts_of(text)
        assert [f.value for f in facts if f.kind == "date"] == [(year, None, None)], text
        assert not any(f.kind == "number" and f.value == year for f in facts), text
