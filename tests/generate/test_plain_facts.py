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
