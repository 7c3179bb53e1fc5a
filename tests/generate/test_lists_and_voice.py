"""Blanks a teacher would not set: one item of a list (another would be as true), the year
in a name, a prompt in the writer's own voice, a name the prompt spells out in part."""

import pytest

from game.generate.checks import Evidence, question_problems
from game.generate.text import Document

SOURCE = (
    "International tourism is a significant factor in the economy of many tropical islands including "
    "Seychelles, Sri Lanka, Mauritius, Réunion, Hawaii, and the Maldives. "
    "Examples formed from coral reefs include Maldives, Tonga, Samoa, Nauru, and Polynesia. "
    "Mr Obama was speaking to the BBC at the White House before departing for Kenya. "
    "Investment companies are subject to special regulation under the Investment Company Act of 1940. "
    "My favorite is simply Remain Co.. "
    "An example is the Hawaiian Islands, from Hawaii to Kure. "
    "In March of 1940 the company moved to Delaware. "
    "The Mariana Islands and the Line Islands lie in the Pacific Ocean."
)


@pytest.fixture(scope="module")
def evidence():
    return Evidence({"s": Document(None, SOURCE, SOURCE)})


def _blank(sentence: str, answer: str, wrong: list[str]) -> dict:
    return {"type": "choice", "prompt": sentence.replace(answer, "____", 1), "answer": answer, "wrong": wrong,
            "quote": {"source": "s", "text": sentence}}


def _statement(sentence: str, old: str, new: str) -> dict:
    return {"type": "true_false", "prompt": sentence.replace(old, new, 1), "answer": False,
            "quote": {"source": "s", "text": sentence}}


TOURISM = ("International tourism is a significant factor in the economy of many tropical islands including "
           "Seychelles, Sri Lanka, Mauritius, Réunion, Hawaii, and the Maldives.")
REEFS = "Examples formed from coral reefs include Maldives, Tonga, Samoa, Nauru, and Polynesia."
KENYA = "Mr Obama was speaking to the BBC at the White House before departing for Kenya."
ACT = "Investment companies are subject to special regulation under the Investment Company Act of 1940."
MARCH = "In March of 1940 the company moved to Delaware."


@pytest.mark.parametrize("question, problem", [
    (_blank(TOURISM, "Sri Lanka", ["Fiji", "Cuba", "Jamaica"]), "one item of a list"),
    (_blank(REEFS, "Samoa", ["Fiji", "Cuba", "Jamaica"]), "one item of a list"),
    (_blank(KENYA, "Kenya", ["Rwanda", "Tanzania", "Uganda"]), None),
    (_blank(ACT, "1940", ["1938", "1944", "1936"]), "year in a name"),
    (_blank(MARCH, "1940", ["1938", "1944", "1936"]), None),
    (_statement(ACT, "1940", "1938"), "year in a name"),
    (_statement(REEFS, "Samoa", "Fiji"), "one item of a list"),
    # a person's college and university: an affiliation, not a list
    (_statement("Lyman Bryson of Teachers College, Columbia University found that many adults read poorly.",
                "Teachers College", "Xavier College"), None),
    ({"type": "true_false", "prompt": "My favorite is simply Remain Co..", "answer": True,
      "quote": {"source": "s", "text": "My favorite is simply Remain Co.."}}, "first person"),
    (_blank("An example is the Hawaiian Islands, from Hawaii to Kure.", "Hawaiian Islands",
            ["Line Islands", "Mariana Islands", "Austral Islands"]), "gives the answer away (Hawaii)"),
    (_blank("The Mariana Islands and the Line Islands lie in the Pacific Ocean.", "Mariana Islands",
            ["Aleutian Islands", "Austral Islands", "Hawaiian Islands"]), None),
])
def test_a_blank_a_teacher_would_not_set_is_caught(evidence, question, problem):
    problems = question_problems(question, evidence)
    if problem is None:
        assert not any("list" in p or "name" in p or "person" in p or "away" in p for p in problems), problems
    else:
        assert any(problem in p for p in problems), problems
