"""What a pack asks and what it leaves: a blank whose converted twin stands beside it in
brackets is arithmetic, not recall, in any unit; a measurement told in passing ranks below
a document's results; and keeping true and false statements even never costs a document
its one central fact when that fact can be told falsely instead."""

import random

import pytest
from makers import line_facts

from game.generate.checks import Evidence, question_problems
from game.generate.distractors import distractors
from game.generate.questions import Candidate
from game.generate.rank import Importance, filler, select
from game.generate.text import Document


def _problems(text: str, question: dict) -> list[str]:
    evidence = Evidence({"s": Document(None, text, text)})
    return question_problems({**question, "quote": {"source": "s", "text": text}}, evidence)


@pytest.mark.parametrize("text, answer, wrong", [
    ("On Mars the average temperature is about minus 80 degrees Fahrenheit (minus 60 degrees Celsius).", "80",
     ["40", "120", "160"]),
    # The twin in brackets follows a number written in words.
    ("The widest Phobos gets is about 17 miles (27 km), and the widest Deimos gets is roughly nine miles (15 km).",
     "15 km", ["10 km", "7 km", "4 km"]),
])
def test_a_choice_with_its_converted_twin_in_the_prompt_is_dropped(text, answer, wrong):
    question = {"type": "choice", "prompt": text.replace(answer, "____"), "answer": answer, "wrong": wrong}
    assert any("give the answer away" in p for p in _problems(text, question))


def test_a_false_statement_changing_one_side_of_a_conversion_is_dropped():
    text = "On Mars the average temperature is about minus 80 degrees Fahrenheit (minus 60 degrees Celsius)."
    statement = "On Mars the average temperature is about minus 80 degrees Fahrenheit (minus 80 degrees Celsius)."
    assert _problems(text, {"type": "true_false", "prompt": statement, "answer": False}) != []


def test_the_same_temperature_without_its_twin_is_asked():
    text = "On Mars the average temperature is about minus 80 degrees Fahrenheit, colder than Antarctica in winter."
    prompt = "On Mars the average temperature is about minus ____ degrees Fahrenheit, colder than Antarctica in winter."
    assert _problems(text, {"type": "number", "prompt": prompt, "answer": 80}) == []


def test_a_delay_and_a_figure_in_a_list_of_sizes_rank_below_a_dated_result():
    sentences, facts, _ = line_facts("\n".join([
        "The morning session began late and lost 40 minutes to drizzle.",
        "The widest Phobos gets is about 17 miles, and the widest Deimos gets is roughly 9 miles.",
        "In 2015 the survey counted 120 ships in the harbour.",
    ]))
    importance = Importance(sentences, facts)
    weight = {f.text: importance(s, f) for s, fs in zip(sentences, facts) for f in fs if f.kind in ("number", "quantity")}
    assert weight["40"] < weight["120"] and weight["9 miles"] < weight["120"], weight


INTEREST = "Interest payments will overtake Medicaid in 2020 and the defense budget in 2023."


def _statement(prompt: str, answer: bool, score: float, line: int = 0) -> Candidate:
    return Candidate({"type": "true_false", "prompt": prompt, "answer": answer, "quote": {"source": "s", "text": INTEREST}},
                     (("fact", answer, line),), ("s", line), score, span=(0, len(INTEREST)))


def test_an_odd_true_statement_gives_way_to_its_own_fact_told_falsely():
    true = _statement(INTEREST, True, 0.92)
    false = _statement(INTEREST.replace("2020", "2015"), False, 0.9)
    kept = [select([true, false], 15, random.Random(seed)) for seed in range(40)]
    # Never empty; the fact stays in every pack, and is as often false as true.
    assert all(len(pack) == 1 for pack in kept)
    answers = [pack[0].question["answer"] for pack in kept]
    assert 10 <= answers.count(False) <= 30, answers


def test_always_true_does_not_beat_chance_when_only_true_statements_exist():
    packs = [select([_statement(INTEREST, True, 0.9, line=0), _statement("Olympus Mons is 17 miles high.", True, 0.8, line=1)],
                    15, random.Random(seed)) for seed in range(40)]
    assert all(len(pack) <= 1 for pack in packs)
    # A lone true statement stays only in the packs whose drawn side is true: about half.
    assert 10 <= sum(map(len, packs)) <= 30


def test_the_documents_latest_year_still_gets_a_false_statements_change_but_no_options():
    _, facts, pool = line_facts("Charles Hermite showed in 1855 that such matrices have real eigenvalues.\n"
                                "Matrix mechanics was created by Werner Heisenberg, Max Born and Pascual Jordan in 1925.")
    fact = next(f for f in facts[1] if f.text == "1925")
    prompt = "Matrix mechanics was created by Werner Heisenberg, Max Born and Pascual Jordan in ____."
    for seed in range(10):
        change, _ = distractors(fact, pool, prompt, random.Random(seed), want=1)
        assert len(change) == 1 and int(change[0]) < 1925, change
        # Three options all before it would mark the answer as the latest.
        assert distractors(fact, pool, prompt, random.Random(seed)) == ([], 0)


@pytest.mark.parametrize("prompt", [
    "Dan Goodin is the Security Editor at Ars Technica, which he joined in 2012 after working for The Register.",
    "Lombok_Topography(labelled).png The Samalas volcano erupted in 1257 on Lombok Island in Indonesia.",
])
def test_a_byline_or_an_image_file_name_is_never_asked(prompt):
    assert filler(prompt)
    assert not filler("The Samalas volcano erupted in 1257 on Lombok Island in Indonesia.")


def test_a_year_inside_a_decade_the_sentence_names_is_changed_within_it():
    text = "Black Death: In the 1330s, natural disasters and plagues led to widespread famine, starting in 1331."
    statement = text.replace("1331", "1351")
    assert any("contradicts a date" in p for p in _problems(text, {"type": "true_false", "prompt": statement, "answer": False}))
    _, facts, pool = line_facts(text + "\nThe plague reached Genoa in 1348.\nThe famine of 1315 struck northern Europe.")
    fact = next(f for f in facts[0] if f.text == "1331")
    for seed in range(10):
        change, _ = distractors(fact, pool, text.replace("1331", "____"), random.Random(seed), want=1)
        assert all(1330 < int(year) < 1340 for year in change), change


def test_a_count_its_noun_fixes_is_never_changed():
    _, facts, pool = line_facts("The ridge divides the Atlantic longitudinally into two halves.\n"
                                "The ocean has 5 basins and 3 trenches and 12 seamounts.")
    fact = next(f for f in facts[0] if f.detail == "halves")
    assert distractors(fact, pool, "The ridge divides the Atlantic longitudinally into ____ halves.", random.Random(1), want=1) == ([], 0)


def test_a_changed_place_in_a_list_of_regions_is_caught():
    text = ("Continental shelves in the Atlantic are wide off Newfoundland, southern-most South America, "
            "and north-eastern Africa.")
    statement = text.replace("Africa", "North America")
    assert any("one item of a list" in p for p in _problems(text, {"type": "true_false", "prompt": statement, "answer": False}))
