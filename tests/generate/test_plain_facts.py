"""Plain facts told in a reporter's or explainer's voice are asked: an age after a name, a
warning an agency gave, a present verb after a plural subject, a clause a link does not cut."""

import random

from game.generate.facts import find_facts
from game.generate.questions import candidates
from game.generate.rank import Importance
from game.generate.sentences import Sentence
from tests.generate.makers import FILLERS, questions_from


def test_a_present_verb_after_a_plural_subject_makes_a_statement():
    questions = questions_from("Every year, about 2 million people get sick from a superbug.")
    assert any(q["type"] == "number" and q["answer"] == 2 for q in questions)


def test_a_question_in_the_text_is_no_statement():
    text = "How many vegans examine specifications for computer hardware from the ACLU's offices in New York?"
    assert questions_from(text) == []


def test_an_agency_that_gave_a_warning_is_a_fact():
    assert questions_from("The Food Standards Agency warned people to stay away from slimming products that contained DNP.")


def test_who_warned_that_something_is_so_is_still_not_asked():
    prompts = [q["prompt"] for q in questions_from("Antony Blinken warned that 200 U.S. citizens remained in Kabul.")]
    assert prompts and not any("____" in p and "Blinken" not in p for p in prompts)


def test_an_age_after_a_name_is_asked():
    questions = questions_from("Eloise Parry, 21, was taken to Royal Shrewsbury hospital after a lethal dose of pills.")
    assert any(q["type"] in ("choice", "number") and str(q["answer"]) == "21" for q in questions)


def _from_run(text: str, run: str) -> list[dict]:
    """Questions from a sentence a link cuts: the file holds only `run` of it verbatim."""
    sentences = [Sentence(0, len(text), text, None, 0, run=run)]
    at = len(text) + 1
    for filler in FILLERS:
        sentences.append(Sentence(at, at + len(filler), filler, filler, len(sentences)))
        at += len(filler) + 1
    facts = find_facts(sentences)
    found = candidates("doc", sentences, facts, random.Random(1), Importance(sentences, facts))
    return [c.question for c in found if c.sentence == ("doc", 0)]


def test_a_clause_inside_the_verbatim_run_of_a_linked_sentence_is_asked():
    text = ("The first examples of neon in the United States debuted in Los Angeles, where the Packard Motor Car "
            "Company bought two neon signs in 1923.")
    questions = _from_run(text, text[:text.index("Packard")])
    assert questions
    for q in questions:
        assert q["quote"]["text"] == "The first examples of neon in the United States debuted in Los Angeles"


def test_a_clause_whose_opening_the_run_misses_is_not_asked():
    text = ("The first examples of neon in the United States debuted in Los Angeles, where the Packard Motor Car "
            "Company bought two neon signs in 1923.")
    assert _from_run(text, text[len("The first "):text.index("Packard")]) == []


def test_there_is_points_at_nothing_before_it():
    questions = questions_from("There are about 100 vessels in the Washington-based halibut fleet of Seattle.")
    assert any(q["type"] == "number" and q["answer"] == 100 for q in questions)


def test_there_are_examples_points_at_what_they_are_examples_of():
    assert questions_from("There are two examples: Iceland, the second largest volcanic island, and Jan Mayen.") == []


def test_such_as_gives_an_example_and_points_at_nothing():
    questions = questions_from("In 2004 Mozilla released many products such as the Firefox web browser.")
    assert questions and not any("Firefox" in str(q.get("answer")) for q in questions)


def test_a_fact_inside_an_example_past_an_abbreviation_is_not_asked():
    text = ("Natural islands are sometimes enlarged, such as Vasilyevsky Island in St. Petersburg, which had its "
            "western shore extended by some 0.5 km.")
    assert not any(q["type"] in ("number", "choice") for q in questions_from(text))


def test_a_joining_or_feeling_word_is_left_out_of_the_prompt():
    for text in ("In fact, Neolithic civilizations originated along both the Yellow River and Yangtze River by 7000 BC.",
                 "Unfortunately, as American troops concluded their planned withdrawal in the summer of 2021, leaders "
                 "of Afghanistan’s government fled the country."):
        questions = questions_from(text)
        assert questions
        for q in questions:
            assert not q["prompt"].startswith(("In fact", "Unfortunately"))
            assert q["quote"]["text"] in text


def test_the_end_of_a_longer_number_is_no_year():
    questions = questions_from("A Peiligang culture community flourished in Xinzheng from 5,500 to 4,900 BC.")
    assert not any(str(q.get("answer")) == "900 BC" for q in questions)


def test_a_present_verb_past_an_adverb_makes_a_statement():
    questions = questions_from("Fresh halibut fillets routinely sell for $24 a pound in Seattle.")
    assert any(q["type"] == "number" and q["answer"] == 24 for q in questions)


def test_an_adjective_in_ly_opens_no_phrase():
    assert questions_from("Early European maps labelled the islands North, Middle and South in 1642.")


def test_an_appositive_about_the_clause_before_is_cut_off():
    questions = questions_from("Amazon bought Whole Foods in August 2017 for $13.7 billion, its largest acquisition "
                               "and an aggressive move into the grocery business.")
    assert any(q["type"] == "number" and q["prompt"] == "Amazon bought Whole Foods in August 2017 for $____ billion."
               for q in questions)


def test_the_average_says_which_one_it_means():
    questions = questions_from("In Elizabethan times, the average sentence was 50 words long.")
    assert any(q["type"] == "number" and q["answer"] == 50 for q in questions)
