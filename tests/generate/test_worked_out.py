"""A blank whose converted twin stands beside it in brackets is arithmetic, not recall, in
any unit: a number or choice question on it is dropped, and so is a false statement that
changes one side of the conversion."""

import pytest

from game.generate.checks import Evidence, question_problems
from game.generate.text import Document


def _problems(text: str, question: dict) -> list[str]:
    evidence = Evidence({"s": Document(None, text, text)})
    return question_problems({**question, "quote": {"source": "s", "text": text}}, evidence)


@pytest.mark.parametrize("text, prompt, answer", [
    ("On Mars the average temperature is about minus 80 degrees Fahrenheit (minus 60 degrees Celsius).",
     "On Mars the average temperature is about minus ____ degrees Fahrenheit (minus 60 degrees Celsius).", 80),
    ("The adult halibut weighed 400 pounds (180 kilograms) when it was landed in Seattle.",
     "The adult halibut weighed ____ pounds (180 kilograms) when it was landed in Seattle.", 400),
    ("The estate of Longwood covers 1,500 acres (600 hectares) of the island's plateau.",
     "The estate of Longwood covers 1,500 acres (____ hectares) of the island's plateau.", 600),
    ("Diana's Peak rises to 2,685 feet (818 metres) above the sea.",
     "Diana's Peak rises to ____ feet (818 metres) above the sea.", 2685),
])
def test_a_number_with_its_twin_in_another_unit_is_dropped(text, prompt, answer):
    assert any("give the answer away" in p for p in _problems(text, {"type": "number", "prompt": prompt, "answer": answer}))


def test_a_choice_on_a_temperature_with_its_twin_is_dropped():
    text = "On Mars the average temperature is about minus 80 degrees Fahrenheit (minus 60 degrees Celsius)."
    question = {"type": "choice", "prompt": text.replace("80", "____"), "answer": "80",
                "wrong": ["40", "120", "160"]}
    assert any("give the answer away" in p for p in _problems(text, question))


def test_a_false_statement_changing_one_side_of_a_conversion_is_dropped():
    text = "On Mars the average temperature is about minus 80 degrees Fahrenheit (minus 60 degrees Celsius)."
    statement = "On Mars the average temperature is about minus 80 degrees Fahrenheit (minus 80 degrees Celsius)."
    assert _problems(text, {"type": "true_false", "prompt": statement, "answer": False}) != []


def test_the_same_temperature_without_its_twin_is_asked():
    text = "On Mars the average temperature is about minus 80 degrees Fahrenheit, colder than Antarctica in winter."
    prompt = "On Mars the average temperature is about minus ____ degrees Fahrenheit, colder than Antarctica in winter."
    assert _problems(text, {"type": "number", "prompt": prompt, "answer": 80}) == []
