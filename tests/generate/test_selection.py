"""Options that give nothing away, false statements a reader could believe, and a pack that
never asks one thing twice or prints one question's answer in another."""

import random

from makers import line_facts

from game.generate.checks import Evidence, question_problems
from game.generate.distractors import distractors, neighbours
from game.generate.questions import Candidate
from game.generate.rank import select
from game.generate.text import Document
from game.textnorm import numbers_in

TUNISIA = "\n".join([
    "Gunmen opened fire on visitors at Tunisia's most renowned museum in 2015.",
    "Tunisia has been praised as the one success of the Arab Spring.",
    "Tunisia held free elections in 2014, and Tunisia adopted a new constitution.",
    "Tourism is critical to Tunisia's economy.",
    "Thousands of Tunisians have flocked to join jihadist groups in Syria.",
    "Security officials are particularly concerned by the collapse of Libya.",
])


def test_a_country_the_prompt_names_by_its_people_or_the_documents_are_about_is_no_option():
    sentences, facts, pool = line_facts(TUNISIA)
    for answer, line in (("Syria", 4), ("Libya", 5)):
        fact = next(f for f in facts[line] if f.text == answer)
        prompt = sentences[line].text.replace(answer, "____")
        for seed in range(10):
            options, _ = distractors(fact, pool, prompt, random.Random(seed))
            assert len(options) == 3 and "Tunisia" not in options, options


def test_well_known_countries_offered_as_rivals_lie_near_the_answer():
    assert {"Egypt", "Algeria"} <= set(neighbours("Libya")) and "Canada" not in neighbours("Libya")
    assert not {"Japan", "Turkey"} & set(neighbours("Russia"))
    assert "Canada" in neighbours("United States")


def test_a_name_with_fewer_than_three_rivals_of_its_kind_gets_no_options():
    text = ("The Emperor Claudius defeated the Goths at Nish.\nThe Emperor Probus forced back Franks and Alemanni.\n"
            "The Emperor Valerian was taken prisoner by the Persians.")
    _, facts, pool = line_facts(text)
    fact = next(f for f in facts[0] if f.text == "Claudius")
    assert distractors(fact, pool, "The Emperor ____ defeated the Goths at Nish.", random.Random(1)) == ([], 0)
    assert len(distractors(fact, pool, "", random.Random(1), want=1)[0]) == 1  # a false statement needs one


def test_year_options_spread_like_the_answers_own_neighbours():
    text = ("In 1921, Thorndike published Teachers Word Book.\nIn 1922, Kitson published The Mind of the Buyer.\n"
            "In 1923, Lively and Pressey published the first reading ease formula.\n"
            "In 1928, Carleton Washburne and Mabel Vogel created the first modern readability formula.\n"
            "In 1981 the World Book Encyclopedia listed the grade levels of 44,000 words.")
    _, facts, pool = line_facts(text)
    fact = next(f for f in facts[3] if f.text == "1928")
    offered = 0
    for seed in range(30):
        options, _ = distractors(fact, pool, "", random.Random(seed))
        if options:
            offered += 1
            values = sorted(numbers_in(o)[0] for o in ["1928", *options])
            gaps = [b - a for a, b in zip(values, values[1:])]
            assert max(gaps) <= 2 * min(gaps), values  # never 1921, 1922, 1923 against 1928
    assert offered >= 20


SOURCE = ("The Goths were defeated again at Marcianopolis by the legions. "
          "In 269 A.D. the Emperor Claudius defeated the Goths at Nish. "
          "In 314 A.D. Constantine presided over a Christian Council at Arles. "
          "In 378 A.D. Vandals driven by Goths obtained leave to settle in Pannonia. "
          "By 1980, over 200 formulas were published in different languages.")


def _statement(prompt: str, quote: str) -> dict:
    return {"type": "true_false", "prompt": prompt, "answer": False, "quote": {"source": "s", "text": quote}}


def test_a_false_statement_takes_a_rival_from_the_same_story_and_never_moves_a_bound():
    evidence = Evidence({"s": Document(None, SOURCE, SOURCE)})
    quote = "In 269 A.D. the Emperor Claudius defeated the Goths at Nish."
    assert any("another story" in p for p in question_problems(
        _statement("In 269 A.D. the Emperor Claudius defeated the Goths at Arles.", quote), evidence))
    assert question_problems(_statement("In 269 A.D. the Emperor Claudius defeated the Goths at Marcianopolis.", quote),
                             evidence) == []  # another defeat of the Goths
    bound = "By 1980, over 200 formulas were published in different languages."
    for changed in ("By 1981, over 200 formulas", "By 1980, over 150 formulas"):
        problems = question_problems(_statement(bound.replace(bound[:26], changed), bound), evidence)
        assert any("bound" in p for p in problems), (changed, problems)


def _candidate(question: dict, answers: tuple = (), sentence: int = 0, score: float = 1.0) -> Candidate:
    return Candidate(question, ((question["prompt"], sentence),), ("s", sentence), score, answers=answers,
                     span=(0, len(question["prompt"])))


def _choice(prompt: str, answer: str, wrong: list[str], sentence: int, score: float) -> Candidate:
    quote = {"source": "s", "text": prompt.replace("____", answer)}
    return _candidate({"type": "choice", "prompt": prompt, "answer": answer, "wrong": wrong, "quote": quote},
                      (answer,), sentence, score)


def test_a_pack_asks_each_answer_once_and_no_order_item_repeats_another_question():
    order = _candidate({"type": "order", "prompt": "Put these events in the order they happened, earliest first.",
                        "items": ["Bertha A. Lively and Sidney L. Pressey published the first reading ease formula",
                                  "Carleton Washburne and Mabel Vogel created the first modern readability formula",
                                  "The World Book Encyclopedia listed the grade levels of 44,000 words"],
                        "quote": [{"source": "s", "text": "x"}] * 3}, sentence=99, score=2.0)
    lively = _choice("In 1923, ____ and Sidney L. Pressey published the first reading ease formula.",
                     "Bertha A. Lively", ["Harry D. Kitson", "Nikolai A. Rubakin", "Edward Thorndike"], 1, 1.5)
    surname = _choice("After the ____–Pressey study, people looked for formulas that were easier to apply.",
                      "Lively", ["Kitson", "Rubakin", "Thorndike"], 2, 1.4)
    repeated = _candidate({"type": "true_false", "prompt": "In 1981 the World Book Encyclopedia listed the grade levels "
                           "of 44,000 words.", "answer": True, "quote": {"source": "s", "text": "y"}}, sentence=3, score=1.3)
    libya = _choice("Security officials are particularly concerned by the collapse of ____.", "Libya",
                    ["Egypt", "Algeria", "Sudan"], 4, 1.2)
    again = _choice("Officials fear the number of militants who have joined the jihadists in ____.", "Libya",
                    ["Egypt", "Algeria", "Sudan"], 5, 1.1)
    chosen = select([order, lively, surname, repeated, libya, again], 10, random.Random(1))
    assert order in chosen and libya in chosen
    assert lively not in chosen and repeated not in chosen  # the items show the one and state the other
    assert again not in chosen
    without_order = select([lively, surname], 10, random.Random(1))
    assert without_order == [lively]  # "Lively" is Bertha A. Lively asked again


def _said(text: str, truth: bool, sentence: int, score: float) -> Candidate:
    return _candidate({"type": "true_false", "prompt": text, "answer": truth, "quote": {"source": "s", "text": text}},
                      sentence=sentence, score=score)


def test_the_odd_statement_of_a_pack_is_false_as_often_as_true():
    # True statements rank first, as they often do (every sentence makes one); the odd one
    # must not stay in every pack, or "always true" wins across packs.
    true = ["Con Edison maintains gas mains in and around New York City.",
            "Whole Foods began to stock fish with the label of the Marine Stewardship Council.",
            "Lorenz idealized the atmosphere in equations of a rotating, stratified fluid."]
    false = ["Tunisia was governed for decades by kings who imposed a state religion.",
             "Galleys from Kaffa reached Lisbon and Seville in the spring.",
             "The Progress cargo ship lifted off from a launch complex in Florida."]
    statements = [_said(text, True, i, 2.0 - i / 10) for i, text in enumerate(true)]
    statements += [_said(text, False, 10 + i, 1.0 - i / 10) for i, text in enumerate(false)]
    leads = []
    for seed in range(40):
        chosen = select(statements, 6, random.Random(seed))  # at most half a pack of one type
        truths = [c.question["answer"] for c in chosen]
        assert truths and abs(truths.count(True) - truths.count(False)) <= 1
        leads.append(truths.count(True) > truths.count(False))
    assert 10 <= sum(leads) <= 30  # the odd true one stays in about half the packs
