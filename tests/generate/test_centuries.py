"""Centuries are dates: "the 14th century" is asked against other centuries of its era."""

import random

from game.generate.distractors import BLANK, Pool, distractors
from game.generate.facts import facts_of


def _century(text):
    return [f for f in facts_of(text) if f.kind == "date" and f.detail == "century"]


def test_centuries_in_digits_words_and_eras_are_dates():
    found = _century("The Renaissance began in the 14th century in Florence, and in the early fifteenth century "
                     "it reached Rome; Cyprus passed to Egypt in the 6th century B.C.")
    assert [f.text for f in found] == ["14th century", "early fifteenth century", "6th century B.C."]
    assert [f.value[0] for f in found] == [1301, 1401, -600]


def test_a_century_used_as_an_adjective_is_no_date():
    assert _century("A 12th-century church stands in the square.") == []


def test_options_are_other_centuries_of_the_era_written_alike():
    sentence = "The Renaissance began in the 14th century in Florence, Italy."
    fact = _century(sentence)[0]
    prompt = sentence.replace(fact.text, BLANK)
    pool = Pool(facts_of(sentence + " Its last works date from 1620."))
    for seed in range(10):
        options, _ = distractors(fact, pool, prompt, random.Random(seed))
        assert len(options) == 3 and fact.text not in options
        assert all(o.endswith("th century") and 10 <= int(o.split("th")[0]) <= 17 for o in options)


def test_options_keep_to_the_side_of_a_year_the_sentence_names():
    sentence = "In the 6th century B.C. it passed under the rule of Egypt, but in 526 B.C. it joined Cambyses."
    fact = _century(sentence)[0]
    prompt = sentence.replace(fact.text, BLANK)
    for seed in range(10):
        options, _ = distractors(fact, Pool(facts_of(sentence)), prompt, random.Random(seed))
        assert "5th century B.C." not in options and all(o.endswith("century B.C.") for o in options)
