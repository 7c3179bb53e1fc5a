"""A document's key figures are asked even where another figure has the same value: two
shares of 60% are two facts, while one year told twice is one."""

import random

from game.generate.questions import Candidate
from game.generate.rank import select


def _choice(prompt: str, answer: str, wrong: list[str], sentence: int) -> Candidate:
    quote = {"source": "s", "text": prompt.replace("____", answer)}
    question = {"type": "choice", "prompt": prompt, "answer": answer, "wrong": wrong, "quote": quote}
    return Candidate(question, ((answer, "s", sentence),), ("s", sentence), 1.0 - sentence / 100,
                     answers=(answer,), span=(0, len(prompt)))


def test_two_facts_with_the_same_figure_are_both_asked():
    tumours = _choice("So far driver mutations have been identified in approximately ____ of lung adenocarcinomas.",
                      "60%", ["45%", "75%", "30%"], 1)
    doctors = _choice("A recent study reported that only ____ of oncologists are currently ordering genetic testing.",
                      "60%", ["40%", "80%", "70%"], 2)
    assert select([tumours, doctors], 10, random.Random(1)) == [tumours, doctors]


def test_one_year_told_twice_is_asked_once():
    school = _choice("Since its founding by saxophonist Kidd Jordan in ____, the Heritage School of Music has been "
                     "housed on university campuses.", "1990", ["1985", "1995", "1980"], 1)
    again = _choice("Kidd Jordan, who founded the foundation's Heritage School of Music in ____, will headline "
                    "a grand opening concert.", "1990", ["1992", "1996", "1985"], 2)
    assert select([school, again], 10, random.Random(1)) == [school]
