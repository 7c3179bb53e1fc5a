"""Each check catches a crafted bad question, and passes the good one it was made from."""

import pytest

from game.generate.checks import (
    Evidence,
    blind_scores,
    pack_problems,
    question_problems,
)
from game.generate.text import Document

SOURCE = (
    "The United States and its allies evacuated 122,000 people out of Kabul since August 14. "
    "Some 58,000 evacuees passed through Qatar. "
    "Washington shifted its diplomatic presence from Kabul to Doha, the Qatari capital. "
    "The Soviet invasion of Afghanistan began in 1979. The campaign began in 2001. "
    "Afghans fled to Hamid Karzai International Airport (HKIA) in August 2021. "
    "The allies flew more than 122,000 people out of Kabul."
)
QUOTE = {"source": "s", "text": "The United States and its allies evacuated 122,000 people out of Kabul since August 14."}
GOOD = {"type": "choice", "prompt": "The United States and its allies evacuated ____ people out of Kabul since August 14.",
        "answer": "122,000", "wrong": ["90,000", "150,000", "180,000"], "quote": QUOTE}


@pytest.fixture(scope="module")
def evidence():
    return Evidence({"s": Document(None, SOURCE, SOURCE)})


def bad(**changes):
    return {**GOOD, **changes}


def test_the_good_question_passes(evidence):
    assert question_problems(GOOD, evidence) == []


@pytest.mark.parametrize("question, expected", [
    (bad(quote={"source": "s", "text": "The allies evacuated 122,000 people."}), "quote not found"),
    (bad(answer="120,000"), "not inside the quote"),
    (bad(prompt="The United States and its allies evacuated ____ people out of Doha since August 14."), "rebuild"),
    (bad(prompt="The United States and its allies evacuated 1____ people out of Kabul since August 14."), "cuts a word"),
    (bad(wrong=["58,000", "90,000", "150,000"]), None),  # from the document, another context: fine
    (bad(wrong=["90,000", "90,000", "150,000"]), "same after folding"),
    (bad(wrong=["90,000", "150 thousand", "180,000"]), "kind or format"),
    (bad(wrong=["9", "15", "18"]), "magnitude"),
    # "more than 122,000" is true of 90,000 as well: a bound leaves only larger options false
    (bad(prompt="The allies flew more than ____ people out of Kabul.",
         quote={"source": "s", "text": "The allies flew more than 122,000 people out of Kabul."}), "true as well"),
])
def test_choice_checks(evidence, question, expected):
    problems = question_problems(question, evidence)
    if expected is None:
        assert problems == []
    else:
        assert any(expected in p for p in problems), problems


def test_leakage_of_an_acronym_and_a_demonym(evidence):
    quote = {"source": "s", "text": "Afghans fled to Hamid Karzai International Airport (HKIA) in August 2021."}
    question = {"type": "text", "prompt": "Afghans fled to ____ (HKIA) in August 2021.", "answer": "Hamid Karzai International Airport", "quote": quote}
    assert any("HKIA" in p for p in question_problems(question, evidence))
    quote = {"source": "s", "text": "The Soviet invasion of Afghanistan began in 1979."}
    question = {"type": "text", "prompt": "The Soviet invasion of ____ began in 1979, said an Afghan.", "answer": "Afghanistan", "quote": quote}
    assert any("Afghan" in p for p in question_problems(question, evidence))
    quote = {"source": "s", "text": "He said the United States would work with them if it serves U.S. interests."}
    question = {"type": "choice", "prompt": "He said the ____ would work with them if it serves U.S. interests.",
                "answer": "United States", "wrong": ["United Kingdom", "Netherlands"], "quote": quote}
    assert any("US" in p for p in question_problems(question, evidence))


def test_a_wrong_option_the_document_supports_is_caught(evidence):
    quote = {"source": "s", "text": "Washington shifted its diplomatic presence from Kabul to Doha, the Qatari capital."}
    question = {"type": "choice", "prompt": "Washington shifted its diplomatic presence from ____ to Doha, the Qatari capital.",
                "answer": "Kabul", "wrong": ["Doha", "Tehran"], "quote": quote}
    assert any("supported" in p for p in question_problems(question, evidence))


def test_article_cue_and_longest_answer(evidence):
    quote = {"source": "s", "text": "Some 58,000 evacuees passed through Qatar."}
    question = {"type": "choice", "prompt": "Some 58,000 evacuees passed through an ____.", "answer": "Qatar", "wrong": ["Oman", "Kuwait"], "quote": quote}
    assert any("before the blank" in p for p in question_problems(question, evidence))
    question = {"type": "choice", "prompt": "Some 58,000 evacuees passed through ____.", "answer": "Qatar and the United Arab Emirates", "wrong": ["Oman", "Iraq"], "quote": quote}
    assert any("longest" in p for p in question_problems(question, evidence))


def test_true_false_checks(evidence):
    quote = {"source": "s", "text": "The Soviet invasion of Afghanistan began in 1979."}
    negated = {"type": "true_false", "prompt": "The Soviet invasion of Afghanistan did not begin in 1979.", "answer": False, "quote": quote}
    assert any("negation" in p for p in question_problems(negated, evidence))
    two_changes = {"type": "true_false", "prompt": "The Soviet invasion of Iran began in 1985.", "answer": False, "quote": quote}
    assert any("exactly one fact" in p for p in question_problems(two_changes, evidence))
    supported = {"type": "true_false", "prompt": "The Soviet invasion of Afghanistan began in 2001.", "answer": False, "quote": quote}
    assert question_problems(supported, evidence) == []  # 2001 is another event's year: not this one's
    good = {"type": "true_false", "prompt": "The Soviet invasion of Afghanistan began in 1982.", "answer": False, "quote": quote}
    assert question_problems(good, evidence) == []


def test_order_checks(evidence):
    quotes = [{"source": "s", "text": "The Soviet invasion of Afghanistan began in 1979."},
              {"source": "s", "text": "The campaign began in 2001."},
              {"source": "s", "text": "Afghans fled to Hamid Karzai International Airport (HKIA) in August 2021."}]
    good = {"type": "order", "prompt": "Order these.", "items": ["The Soviet invasion began", "The campaign began", "Afghans fled to the airport"], "quote": quotes}
    assert question_problems(good, evidence) == []
    swapped = {**good, "items": [good["items"][1], good["items"][0], good["items"][2]], "quote": [quotes[1], quotes[0], quotes[2]]}
    assert any("strictly increasing" in p for p in question_problems(swapped, evidence))
    dated = {**good, "items": ["The Soviet invasion began in 1979", *good["items"][1:]]}
    assert any("still contains its date" in p for p in question_problems(dated, evidence))


def test_pack_checks_catch_duplicates_imbalance_and_blind_solvers():
    statements = [{"type": "true_false", "prompt": f"Statement number {i} about Kabul.", "answer": True, "quote": {}} for i in range(8)]
    problems = pack_problems(statements)
    assert any("near-duplicates" in p for p in problems)
    assert any("true_false statements are true" in p for p in problems)
    longest = [{"type": "choice", "prompt": f"Question {i} ____?", "answer": "a much longer answer", "wrong": ["x", "y", "z"]} for i in range(12)]
    assert blind_scores(longest)["longest option"][:2] == (12, 12)
    assert any("blind solver (longest option)" in p for p in pack_problems(longest))


def test_the_before_the_blank_must_fit_every_option(evidence):
    quote = {"source": "s", "text": "The Soviet invasion of Afghanistan began in 1979."}
    question = {"type": "choice", "prompt": "After the invasion, the ____ supported the resistance.", "answer": "United States",
                "wrong": ["Germany", "Mexico"], "quote": quote}
    assert any("\"the\" fits only some options" in p for p in question_problems(question, evidence))
    same_class = {**question, "wrong": ["United Kingdom", "Netherlands"]}
    assert not any("\"the\"" in p for p in question_problems(same_class, evidence))


def test_singular_and_plural_must_fit_every_option(evidence):
    question = bad(wrong=["1", "90,000", "150,000"])
    assert any("singular/plural" in p for p in question_problems(question, evidence))
    words = {"type": "choice", "prompt": "Over the next ____ decades, troops stayed.", "answer": "two", "wrong": ["one", "three"],
             "quote": QUOTE}
    assert any("singular/plural" in p for p in question_problems(words, evidence))


def test_a_resolved_speaker_rebuilds_only_when_the_source_names_him():
    text = "Blinken said the effort would go on. He said less than 200 U.S. citizens remained in the country."
    evidence = Evidence({"s": Document(None, text, text)})
    quote = {"source": "s", "text": "He said less than 200 U.S. citizens remained in the country"}
    good = {"type": "number", "prompt": "Blinken said less than ____ U.S. citizens remained in the country.", "answer": 200, "quote": quote}
    assert question_problems(good, evidence) == []
    wrong_man = {**good, "prompt": "Karzai said less than ____ U.S. citizens remained in the country."}
    assert any("rebuild" in p for p in question_problems(wrong_man, evidence))


def test_a_bound_makes_options_on_its_open_side_true_as_well():
    from game.generate.checks import rival_problems
    assert rival_problems("By ____, over 200 formulas were published.", "1980", "1985")  # true by 1985 too
    assert not rival_problems("By ____, over 200 formulas were published.", "1980", "1975")
    assert rival_problems("Blinken said less than ____ U.S. citizens remained.", "200", "300")
    assert not rival_problems("Blinken said less than ____ U.S. citizens remained.", "200", "120")
    # more than 122,000 since August 14: more than 122,000 since August 7 as well
    assert rival_problems("The allies evacuated more than 122,000 people out of Kabul since ____.", "August 14", "August 7")
    assert not rival_problems("SpaceX has been grounded since ____.", "September 2016", "August 2016")


def test_a_number_between_commas_rebuilds_its_quote():
    text = "Eloise Parry, 21, was taken to Royal Shrewsbury hospital on 12 April."
    evidence = Evidence({"s": Document(None, text, text)})
    question = {"type": "number", "prompt": "Eloise Parry, ____, was taken to Royal Shrewsbury hospital on 12 April.",
                "answer": 21, "quote": {"source": "s", "text": text}}
    assert not [p for p in question_problems(question, evidence) if "rebuild" in p]
