"""Questions that give nothing away and are never unfair: no answer worked out from the
prompt's other figures, no option the sentence itself rules out, no hair-split change of an
approximate value, no option that is a fragment of another name, no typed answer a player
who knows it could get marked wrong."""

import random

import pytest

from game.generate.checks import Evidence, question_problems
from game.generate.distractors import Pool, distractors
from game.generate.facts import find_facts
from game.generate.questions import Candidate
from game.generate.rank import doubtful, reveals
from game.generate.sentences import Sentence
from game.generate.text import Document
from game.textnorm import numbers_in


def _evidence(text: str) -> Evidence:
    return Evidence({"s": Document(None, text, text)})


def _problems(text: str, question: dict) -> list[str]:
    return question_problems({**question, "quote": {"source": "s", "text": text}}, _evidence(text))


@pytest.mark.parametrize("text, prompt, answer", [
    ("The cargo craft broke up at an altitude of 190 kilometers (118 miles) over the Tuva region.",
     "The cargo craft broke up at an altitude of ____ kilometers (118 miles) over the Tuva region.", 190),
    ("In the 21 centuries from 206 BC until AD 1912, routine tasks were handled by scholar-officials.",
     "In the ____ centuries from 206 BC until AD 1912, routine tasks were handled by scholar-officials.", 21),
    ("Revenue for 2011 was $163 million, which was up 33% from $123 million in 2010.",
     "Revenue for 2011 was $163 million, which was up ____% from $123 million in 2010.", 33),
    ("Gunmen killed 19 people at the museum: 17 tourists and 2 guards.",
     "Gunmen killed ____ people at the museum: 17 tourists and 2 guards.", 19),
    # A twin in another unit, in brackets on either side, temperatures included.
    ("On Mars the average temperature is about minus 80 degrees Fahrenheit (minus 60 degrees Celsius).",
     "On Mars the average temperature is about minus ____ degrees Fahrenheit (minus 60 degrees Celsius).", 80),
    ("The adult halibut weighed 400 pounds (180 kilograms) when it was landed in Seattle.",
     "The adult halibut weighed ____ pounds (180 kilograms) when it was landed in Seattle.", 400),
    ("The estate of Longwood covers 1,500 acres (600 hectares) of the island's plateau.",
     "The estate of Longwood covers 1,500 acres (____ hectares) of the island's plateau.", 600),
    ("Diana's Peak rises to 2,685 feet (818 metres) above the sea.",
     "Diana's Peak rises to ____ feet (818 metres) above the sea.", 2685),
])
def test_an_answer_the_other_figures_give_away_is_caught(text, prompt, answer):
    assert any("give the answer away" in p for p in _problems(text, {"type": "number", "prompt": prompt, "answer": answer}))


def test_a_figure_unrelated_to_the_others_passes():
    text = "In 1862 only 101 Moriori survived, and the last known full-blooded Moriori died in 1933."
    prompt = "In 1862 only ____ Moriori survived, and the last known full-blooded Moriori died in 1933."
    assert _problems(text, {"type": "number", "prompt": prompt, "answer": 101}) == []


def test_a_converted_figure_as_an_option_is_caught_too():
    text = "A thud was heard west of Kyzyl, more than 3,600 kilometers (2,200 miles) east of Moscow."
    question = {"type": "choice", "prompt": "A thud was heard west of Kyzyl, more than ____ (2,200 miles) east of Moscow.",
                "answer": "3,600 kilometers", "wrong": ["2,600 kilometers", "5,000 kilometers", "7,100 kilometers"]}
    assert any("give the answer away" in p for p in _problems(text, question))


def test_the_start_of_a_money_range_is_protected_like_its_end():
    text = "Fishermen are typically paid between $5 and $6 a pound for halibut."
    for prompt in ("Fishermen are typically paid between ____ and $6 a pound for halibut.",
                   "Fishermen are typically paid between $5 and $____ a pound for halibut."):
        assert any("range" in p for p in _problems(text, {"type": "number", "prompt": prompt, "answer": 5 if "____ and" in prompt else 6}))


CABLE = "The cable reached St. Helena at the end of 1899, and was carried forward to Ascension by February, 1900."
CABLE_PROMPT = "The cable reached St. Helena at the end of ____, and was carried forward to Ascension by February, 1900."


def test_options_keep_the_answers_order_to_the_other_dates_of_the_sentence():
    late = {"type": "choice", "prompt": CABLE_PROMPT, "answer": "1899", "wrong": ["1903", "1905", "1907"]}
    assert any("contradicts a date" in p for p in _problems(CABLE, late))
    early = {**late, "wrong": ["1893", "1895", "1897"]}
    assert not any("contradicts a date" in p for p in _problems(CABLE, early))


def test_generated_year_options_stay_on_the_answers_side_of_the_sentences_dates():
    sentence = Sentence(0, len(CABLE), CABLE, CABLE, 0)
    facts = find_facts([sentence])[0]
    fact = next(f for f in facts if f.text == "1899")
    pool = Pool(facts + [f for f in find_facts([Sentence(0, 30, "It was founded in 1850.", "x", 0)])[0]])
    for seed in range(20):
        options, _ = distractors(fact, pool, CABLE_PROMPT, random.Random(seed))
        assert all(int(o) < 1900 for o in options), options


ORACLE = "The oracle bones date from around 1250 BC, and the Shang capital lay at Anyang."
OR_PROMPT = "The oracle bones date from around ____, and the Shang capital lay at Anyang."


def test_an_approximate_date_is_offered_only_against_clearly_different_ones():
    close = {"type": "choice", "prompt": OR_PROMPT, "answer": "1250 BC", "wrong": ["1230 BC", "1220 BC", "1210 BC"]}
    assert any("approximate" in p for p in _problems(ORACLE, close))
    sentence = Sentence(0, len(ORACLE), ORACLE, ORACLE, 0)
    facts = find_facts([sentence])[0]
    fact = next(f for f in facts if f.text == "1250 BC")
    for seed in range(20):
        options, _ = distractors(fact, Pool(facts), OR_PROMPT, random.Random(seed))
        assert all(abs(numbers_in(o)[0] - 1250) >= 100 for o in options), options
        if options:
            assert not _problems(ORACLE, {**close, "wrong": options})


@pytest.mark.parametrize("text, statement", [
    ("Findings for the Shang dynasty, c. 1600–1046 BC, are divided into two sets.",
     "Findings for the Shang dynasty, c. 1600–1048 BC, are divided into two sets."),
    ("Levallois tools were dated to approximately 170,000–80,000 years ago.",
     "Levallois tools were dated to approximately 170,000–104,000 years ago."),
    ("The Yellow River valley became a center of Yangshao culture (5000 BC to 3000 BC).",
     "The Yellow River valley became a center of Yangshao culture (4800 BC to 3000 BC)."),
    ("Millet farming is dated to about 7000 BC in the north.", "Millet farming is dated to about 6900 BC in the north."),
])
def test_a_false_statement_never_moves_a_range_end_an_aside_or_an_approximate_value_a_little(text, statement):
    assert _problems(text, {"type": "true_false", "prompt": statement, "answer": False})


def test_a_false_statement_that_moves_an_approximate_value_clearly_passes():
    text = "Millet farming is dated to about 7000 BC in the north."
    assert _problems(text, {"type": "true_false", "prompt": "Millet farming is dated to about 5000 BC in the north.", "answer": False}) == []


NEON = ("William Ramsay and his colleague Morris W. Travers isolated neon. Georges Claude premiered neon lamps in Paris. "
        "Claude showed them in 1910. Ramsay won a prize. A neon sign led the way to a General Motors exhibition. "
        "Luis de Miranda wrote a book. De Miranda praised neon.")


def test_a_fragment_of_a_company_name_is_no_persons_rival():
    prompt = "Using argon as a reference point, ____ and his colleague Morris W. Travers isolated neon."
    quote = "Using argon as a reference point, Ramsay and his colleague Morris W. Travers isolated neon."
    question = {"type": "choice", "prompt": prompt, "answer": "Ramsay", "wrong": ["Claude", "Motors", "Miranda"],
                "quote": {"source": "s", "text": quote}}
    text = NEON + " " + quote
    assert any("Motors" in p and "longer name" in p for p in question_problems(question, _evidence(text)))
    fair = {**question, "wrong": ["Claude", "Miranda"]}
    assert not any("longer name" in p for p in question_problems(fair, _evidence(text)))


def test_a_rival_whose_surname_stands_in_the_prompt_is_wrong_on_sight():
    prompt = "Ramsay and his colleague ____ isolated neon."
    question = {"type": "choice", "prompt": prompt, "answer": "Morris W. Travers",
                "wrong": ["Georges Claude", "Luis de Miranda", "William Ramsay"],
                "quote": {"source": "s", "text": "Ramsay and his colleague Morris W. Travers isolated neon."}}
    assert any("William Ramsay" in p for p in question_problems(question, _evidence(NEON + " " + question["quote"]["text"])))


def _candidate(question: dict, index: int) -> Candidate:
    answers = (str(question["answer"]),) if question["type"] != "true_false" else ()
    return Candidate(question, (("k", index),), ("s", index), 1.0, answers=answers)


def test_a_name_shown_in_another_question_about_the_same_event_is_revealed():
    asks = _candidate({"type": "text", "answer": "Siberia",
                       "prompt": "An unmanned Russian cargo spaceship broke up in the atmosphere over ____ on Thursday."}, 1)
    shows = _candidate({"type": "number", "answer": 190,
                        "prompt": "The Progress cargo craft broke up at ____ kilometers over the Russian Tuva region in Siberia."}, 2)
    assert reveals(asks, shows)
    elsewhere = _candidate({"type": "true_false", "answer": True,
                            "prompt": "Exiles were sent to Siberia by the tsars for two centuries."}, 3)
    assert not reveals(asks, elsewhere)


@pytest.mark.parametrize("answer, accept, expected", [
    ("Suez Canal", [], True), ("Legislative Council", [], True), ("20th", [], True), ("Xiaochangliang", [], True),
    ("Government", [], True), ("Jacob Zuma", ["Zuma"], False), ("Paris", [], False), ("Operation Allies Refuge", ["Allies Refuge"], False),
])
def test_a_typed_answer_a_knowing_player_could_miss_is_doubtful(answer, accept, expected):
    assert doubtful({"type": "text", "prompt": "x ____", "answer": answer, "accept": accept}) is expected
