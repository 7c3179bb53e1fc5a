"""Wrong options and false statements a teacher would call fair: no run of near misses beside
the answer, no one-year gotcha, no value the next sentence gives for another event, no change
inside a unit conversion."""

import random

from game.generate.distractors import Pool, distractors
from game.generate.facts import find_facts
from game.generate.questions import candidates
from game.generate.rank import Importance, filler, select
from game.generate.sentences import Sentence
from game.textnorm import numbers_in

CYPRUS = ("The whole island, with the exception of the Phoenician town of Amathos, took part in the Ionic revolt in 502 B.C.\n"
          "In 526 B.C. it joined Cambyses in his war against the Egyptians.\n"
          "In 58 B.C. it became a Roman province and was for a time joined to Cilicia.\n"
          "In 1191 Richard I conquered the island on his way to the Holy Land.\n"
          "Cyprus was ruled by the Lusignan dynasty from 1192 until 1489.\n"
          "From 1489 until 1571 Cyprus belonged to the Republic of Venice.\n"
          "In 1878 the island came under British administration.")


def _sentences(text: str) -> list[Sentence]:
    sentences, at = [], 0
    for line in text.split("\n"):
        sentences.append(Sentence(at, at + len(line), line, line, len(sentences)))
        at += len(line) + 1
    return sentences


def _offered(text: str, answer: str, seed: int, want: int = 3, prompt: str = "") -> list[str]:
    facts = find_facts(_sentences(text))
    fact = next(f for fs in facts for f in fs if f.text == answer)
    return distractors(fact, Pool([f for fs in facts for f in fs]), prompt, random.Random(seed), want=want)[0]


def _false_statements(text: str, seed: int) -> list[str]:
    sentences = _sentences(text)
    facts = find_facts(sentences)
    found = candidates("doc", sentences, facts, random.Random(seed), Importance(sentences, facts))
    return [c.question["prompt"] for c in found if c.kind == "true_false" and c.question["answer"] is False]


def test_a_years_options_stand_a_few_years_apart_not_in_a_run_of_near_misses():
    for seed in range(20):
        options = _offered(CYPRUS, "502 B.C.", seed)
        values = sorted(numbers_in(o)[0] for o in ["502 B.C.", *options])
        assert all(b - a >= 3 for a, b in zip(values, values[1:])), values  # never 500, 499, 498


def test_a_round_figure_told_as_approximate_is_offered_against_round_figures():
    # "Around 42 ships" reads as made up beside the story's round "around 30"; 45 does not.
    text = "Around 30 ships and 21 aircraft from five countries would search up to 10,000 square nautical miles, officials said."
    prompt = "Around ____ ships and 21 aircraft from five countries would search up to 10,000 square nautical miles, officials said."
    offered = [_offered(text, "30", seed, want=want, prompt=prompt) for seed in range(20) for want in (1, 3)]
    assert all(offered[::2])  # a false statement's change is always found
    assert all(numbers_in(o)[0] % 5 == 0 for options in offered for o in options), offered


def test_numbers_in_words_are_not_offered_against_their_next_neighbours():
    text = "The widest Phobos gets is about 17 miles, and the widest Deimos gets is roughly nine miles."
    for seed in range(20):
        for option in _offered(text, "nine", seed):
            assert option not in ("eight", "ten"), option


def test_a_false_statement_moves_a_year_clearly_and_not_to_the_next_sentences_year():
    for seed in range(10):
        for statement in _false_statements(CYPRUS, seed):
            if "Lusignan" in statement and "1489" in statement:
                year = numbers_in(statement)[0]
                assert abs(year - 1192) >= 5 and year != 1191, statement
    for seed in range(10):
        change = _offered(CYPRUS, "1192", seed, want=1)
        assert not change or abs(numbers_in(change[0])[0] - 1192) >= 5, change


def test_a_year_another_event_of_the_next_sentence_has_is_no_rival():
    text = ("Robot spacecraft began observing Mars with Mariner 4 in 1964 and Mariners 6 and 7 in 1969.\n"
            "Mariner 9 entered orbit around Mars in 1971, the first spacecraft to orbit another planet.\n"
            "The Viking 1 lander touched down in 1976.\nMars Pathfinder landed in 1997.")
    for seed in range(20):
        assert "1971" not in _offered(text, "1969", seed, want=1)
        assert "1971" not in _offered(text, "1969", seed)


def test_no_option_is_offered_for_one_side_of_a_unit_conversion():
    text = "The average temperature on Mars is about minus 80 degrees Fahrenheit (minus 60 degrees Celsius)."
    for prompt, answer in (("... minus 80 degrees Fahrenheit (minus ____ degrees Celsius).", "60 degrees Celsius"),
                           ("... about minus ____ degrees Fahrenheit (minus 60 degrees Celsius).", "80 degrees Fahrenheit")):
        facts = find_facts(_sentences(text))
        fact = next((f for fs in facts for f in fs if f.text in (answer, answer.split()[0])), None)
        if fact is None:
            continue
        for want in (1, 3):
            assert distractors(fact, Pool([f for fs in facts for f in fs]), prompt, random.Random(1), want=want)[0] == []
    for seed in range(10):
        assert not any("Celsius" in s for s in _false_statements(text, seed))


def test_a_false_statement_never_swaps_a_name_for_its_one_word_twin():
    text = ("Embassy Doha played a pivotal role in the largest evacuation in history, Operation Allies Rescue.\n"
            "Evacuees flew on to the United States under Operation Allies Welcome.\n"
            "Operation Allies Refuge ended on August 30.")
    for seed in range(10):
        assert not any("Doha" in s for s in _false_statements(text, seed))


def test_a_byline_or_a_claim_true_on_sight_is_never_asked():
    text = ("NASA's Viking 1 lander touched down onto the surface of Mars in 1976.\n"
            "Nelson D. Schwartz has covered economics since 2012.\n"
            "Charles Schultze, chairman of the Council of Economic Advisers, once summed up the danger of deficits "
            "with a metaphor in 1982.\n"
            "SVG, icon fonts, and CSS3 effects can replace many images in 2014.")
    sentences = _sentences(text)
    facts = find_facts(sentences)
    found = list(candidates("doc", sentences, facts, random.Random(1), Importance(sentences, facts)))
    assert {c.sentence for c in found} >= {("doc", 0), ("doc", 1), ("doc", 2)}  # the others make questions, until ranked
    chosen = select(found, 10, random.Random(1))
    assert chosen and all(c.sentence == ("doc", 0) for c in chosen), [c.question["prompt"] for c in chosen]


def test_a_hedged_figure_is_no_claim_true_on_sight():
    assert not filler("The outbreak may kill some 20,000 people in 2024.")
