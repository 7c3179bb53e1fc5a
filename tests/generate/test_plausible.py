"""Wrong options and false statements a teacher finds plausible: of the answer's finer kind,
from its context, close to the truth, and never revealing the answer by their position."""

import random
import re
from pathlib import Path

from game.generate.checks import blind_scores
from game.generate.distractors import Pool, distractors
from game.generate.facts import find_facts
from game.generate.questions import candidates
from game.generate.rank import Importance
from game.generate.sentences import Sentence, split_sentences
from game.generate.text import read_document
from game.textnorm import numbers_in


def _questions(tmp_path: Path, text: str, seed: int = 1) -> list[dict]:
    """Every choice and true_false candidate the generator makes from a document."""
    path = tmp_path / "doc.txt"
    path.write_text(text, encoding="utf-8")
    sentences = split_sentences(read_document(path))
    facts = find_facts(sentences)
    return [c.question for c in candidates("doc", sentences, facts, random.Random(seed), Importance(sentences, facts))]


def _choices(questions: list[dict], prompt_part: str) -> list[list[str]]:
    return [[q["answer"], *q["wrong"]] for q in questions if q["type"] == "choice" and prompt_part in q["prompt"]]


def _false_statements(questions: list[dict]) -> list[str]:
    return [q["prompt"] for q in questions if q["type"] == "true_false" and q["answer"] is False]


TIMELINE = """A Chronological Table

The scale of this table represents the time from Columbus to ourselves by three inches.

539 B.C. Cyrus took Babylon and founded the Persian Empire.

48 B.C. Julius Caesar defeated Pompey at Pharsalos.

53 B.C. Crassus was killed at Carrhae.

269 A.D. The Emperor Claudius defeated the Goths at Nish.

314 A.D. Constantine presided over a Christian Council at Arles.

325 A.D. Constantine presided over the Council of Nicaea.

378 A.D. Vandals driven by Goths obtained leave to settle in Pannonia.

390 A.D. The statue of Serapis at Alexandria broken up.

451 A.D. Attila was defeated by Franks, Alemanni, and Romans at Troyes.

Huns in Pannonia, Goths in Dalmatia, Gauls' raid into Asia Minor.
"""


def test_places_are_offered_only_against_places_of_their_finer_kind(tmp_path):
    questions = _questions(tmp_path, TIMELINE)
    offered = {o for q in questions if q["type"] == "choice" for o in q["wrong"]}
    assert "Columbus" not in offered  # "from Columbus to ourselves" is a span of time, not a journey
    council = _choices(questions, "Christian Council at ____")
    assert council and all(set(options) <= {"Arles", "Nish", "Pharsalos", "Carrhae", "Alexandria", "Troyes"}
                           for options in council)
    # Babylon, Pannonia: a city or a region? The text does not say, so no options for them.
    assert not _choices(questions, "Cyrus took ____") and not _choices(questions, "leave to settle in ____")
    assert not any("Columbus" in s or "Cyrus took Dalmatia" in s for s in _false_statements(questions))


TRIP = """Mr Obama lands in Kenya later on Friday for his first visit since becoming president.

He will meet Kenyan leaders in Nairobi and then travel on to Ethiopia. In Kenya he will talk about trade, and in Ethiopia about security. Kenya and Ethiopia are both close partners in the fight against militants in Somalia.

Mr Obama will become the first US president to address the African Union when he travels on to Ethiopia on Sunday.

""" + "\n\n".join(f"Paragraph {i} of the interview was about gun laws and the politics of Washington, "
                  "where Congress has refused to act on background checks for many years." for i in range(8)) + """

Earlier this year the president reached a nuclear deal with Iran, after an intense sell to allies.

He also restored relations with Cuba, after more than half a century of estrangement.
"""


def test_a_country_named_far_off_in_another_story_is_no_option(tmp_path):
    questions = _questions(tmp_path, TRIP)
    for options in _choices(questions, "address the African Union"):
        assert not {"Iran", "Cuba"} & set(options), options
    for statement in _false_statements(questions):
        assert "Iran" not in statement and "Cuba" not in statement, statement


def test_a_false_statement_changes_a_value_to_a_close_one_of_the_same_kind(tmp_path):
    text = """The city's utilities were once strung on poles above the streets.

In the late 1800s, many of the city's overhead utilities were buried to lessen the exposure to winter weather.

A colleague remembered that a graduate student named Sarah Gille had studied at MIT in the 1990s in the same department.

In 1963 Lorenz published his paper, and in 1972 he gave the butterfly talk; he died in 2008.

The spacious times of Egypt, of Thotmes III and Rameses II, were three or four centuries away from the founding.
"""
    for seed in range(12):
        statements = _false_statements(_questions(tmp_path, text, seed))
        for statement in statements:
            assert not re.search(r"1[0-7]\d0s", statement), statement  # a century, not "the late 1730s"
            gille = re.search(r"MIT in the (\d{4})s", statement)
            assert not gille or 1960 <= int(gille.group(1)) <= 1980, statement  # the 1940s is false on sight
            assert "three or four" in statement or "centuries" not in statement, statement  # never "three or two"


def _offered(text: str, answer: str, seed: int) -> list[str]:
    """The wrong options offered for `answer`, one sentence per line of `text`."""
    sentences, at = [], 0
    for line in text.split("\n"):
        sentences.append(Sentence(at, at + len(line), line, line, len(sentences)))
        at += len(line) + 1
    facts = find_facts(sentences)
    pool = Pool([f for fs in facts for f in fs])
    fact = next(f for fs in facts for f in fs if f.text == answer)
    options, _ = distractors(fact, pool, "", random.Random(seed))
    return options


def test_numeric_answers_sit_at_every_rank_and_made_up_values_do_not_single_them_out():
    text = ("Con Edison maintains 4,300 miles of gas mains and began replacing the city's nearly 1,600 miles of gas lines.\n"
            "Rothman found a wedding announcement from 1963, and Lorenz died in 2008.\n"
            "The paper was published in 1963 and Lorenz gave a talk in 1972.")
    for answer in ("1,600 miles", "1972"):
        ranks = []
        for seed in range(40):
            options = _offered(text, answer, seed)
            if options:
                values = sorted(numbers_in(o)[0] for o in [answer, *options])
                ranks.append(values.index(numbers_in(answer)[0]))
                gaps = [b - a for a, b in zip(values, values[1:])]
                assert len(set(gaps)) > 1 or len(set(round(b / a, 1) for a, b in zip(values, values[1:]))) == 1, values
        assert len(ranks) >= 30 and all(ranks.count(r) >= 4 for r in range(4)), (answer, ranks)


def test_an_answer_that_can_only_be_the_largest_gets_no_options():
    # 2008 is the latest year the text tells of: three later years would be made up, and
    # three earlier ones would make it the largest option every time.
    text = "Lorenz was born in 1917.\nThe paper was published in 1963.\nLorenz died in 2008."
    assert all(_offered(text, "2008", seed) == [] for seed in range(10))


def test_full_dates_vary_the_month_or_year_unless_the_account_goes_day_by_day():
    one_day = "On March 24, 2014, Mozilla promoted Brendan Eich to the role of CEO.\nMozilla was founded in 1998."
    for seed in range(10):
        for option in _offered(one_day, "March 24, 2014", seed):
            assert re.fullmatch(r"\w+ 24, \d{4}", option), option  # the day stays: nobody recalls it
    day_by_day = ("The United States evacuated 122,000 people out of Kabul since August 14.\n"
                  "All American diplomats left Kabul, Blinken said on August 30.\n"
                  "The Taliban entered Kabul on August 15.")
    options = [o for seed in range(10) for o in _offered(day_by_day, "August 14", seed)]
    assert options and all(o.startswith("August ") for o in options)


def test_a_blind_pick_of_the_largest_or_smallest_number_is_caught():
    largest = [{"type": "choice", "prompt": "It cost ____.", "answer": "1,600", "wrong": ["1,000", "1,100", "1,200"]}] * 12
    scores = blind_scores(largest)
    assert scores["largest number"][:2] == (12, 12)
    assert scores["smallest number"][:2] == (0, 12)
