"""Options and answers that give themselves away or that a reader of the document could contest:
a rival sharing its name with the rest of the sentence, a blank asking only the country of the
place just named, a figure the document gives differently elsewhere, today's countries as rivals
in an old event."""

import random

from makers import line_facts

from game.generate.checks import Evidence, question_problems
from game.generate.distractors import distractors
from game.generate.text import Document

FILLER = ("The Dead Sea valley was surveyed in 1901 by a team of geologists. "
          "Tourism grew along the western shore of the Dead Sea in the 1960s. "
          "Several hotels were built on the southern end of the Dead Sea. "
          "The region's farmers grew dates and barley. "
          "Roads were paved along the coast after the war. ")


def _problems(q: dict, text: str) -> list[str]:
    document = text + " " + FILLER
    q = {**q, "quote": {"source": "s", "text": q.get("quote", text)}}
    return question_problems(q, Evidence({"s": Document(None, document, document)}))


MUJIB = "The Mujib River, biblical Arnon, is one of the larger water sources of the Dead Sea other than the Jordan."


def test_a_false_statement_whose_new_name_repeats_a_word_of_the_sentence_is_dropped():
    text = MUJIB + " The Upper Jordan River rises on Mount Hermon."
    statement = MUJIB.replace("Mujib River", "Upper Jordan River")
    problems = _problems({"type": "true_false", "prompt": statement, "answer": False, "quote": MUJIB}, text)
    assert any("Jordan" in p for p in problems), problems


def test_a_false_statement_with_an_unrelated_name_is_kept():
    text = MUJIB + " The Zarqa River rises near Amman and flows to the Jordan."
    statement = MUJIB.replace("Mujib River", "Zarqa River")
    problems = _problems({"type": "true_false", "prompt": statement, "answer": False, "quote": MUJIB}, text)
    assert not any("shares the word" in p for p in problems), problems


def test_a_choice_option_sharing_a_word_with_the_prompt_is_dropped():
    text = "The ferry from Dover reached Calais after the storm. Boulogne and Dunkirk lie on the French coast."
    q = {"type": "choice", "prompt": "The ferry from Dover reached ____ after the storm.", "answer": "Calais",
         "wrong": ["Boulogne", "Dunkirk", "Dover Harbour"], "quote": text.split(". ")[0] + "."}
    assert any("Dover" in p for p in _problems(q, text))


PADUA = "New seismographs developed by Vicentini in Padua, Italy and by Milne in England."


def test_a_blank_for_the_country_of_a_place_just_named_is_dropped():
    q = {"type": "choice", "prompt": PADUA.replace("Italy", "____"), "answer": "Italy",
         "wrong": ["Austria", "France", "Spain"]}
    assert any("country or region" in p for p in _problems(q, PADUA))
    typed = {"type": "text", "prompt": "The 1556 earthquake in Shaanxi, ____ killed 830,000 people.", "answer": "China"}
    assert any("country or region" in p for p in _problems(typed, "The 1556 earthquake in Shaanxi, China killed 830,000 people."))


def test_a_blank_for_a_place_that_is_the_fact_is_kept():
    text = "New seismographs were developed in Italy by Vicentini and in England by Milne."
    q = {"type": "choice", "prompt": "New seismographs were developed in ____ by Vicentini and in England by Milne.",
         "answer": "Italy", "wrong": ["Austria", "France", "Spain"]}
    assert not any("country or region" in p for p in _problems(q, text))


def test_a_false_statement_changing_the_country_of_a_place_just_named_is_dropped():
    problems = _problems({"type": "true_false", "prompt": PADUA.replace("Italy", "Austria"), "answer": False,
                          "quote": PADUA}, PADUA + " Austria and Italy fought in 1866.")
    assert any("country of the place" in p for p in problems), problems


SALT = "The salt concentration of the Dead Sea fluctuates around 31.5%."
USUAL = "In times of flood, the salt content of the Dead Sea can drop from its usual 35% to 30% or lower."


def test_a_typed_figure_the_document_gives_otherwise_for_the_same_measure_is_dropped():
    q = {"type": "number", "prompt": "The salt concentration of the Dead Sea fluctuates around ____%.",
         "answer": 31.5, "unit": "%", "quote": SALT}
    assert any("another value" in p for p in _problems(q, SALT + " " + USUAL))


def test_a_typed_figure_is_kept_when_other_figures_measure_other_things():
    other = "In times of flood, the Dead Sea can rise by 35% in a week."
    q = {"type": "number", "prompt": "The salt concentration of the Dead Sea fluctuates around ____%.",
         "answer": 31.5, "unit": "%", "quote": SALT}
    assert not any("another value" in p for p in _problems(q, SALT + " " + other))


def test_a_wrong_option_the_document_gives_for_the_same_measure_is_dropped():
    q = {"type": "choice", "prompt": "The salt concentration of the Dead Sea fluctuates around ____.",
         "answer": "31.5%", "wrong": ["35%", "24%", "42%"], "quote": SALT}
    assert any("wrong option is a value" in p for p in _problems(q, SALT + " " + USUAL))


def test_todays_countries_are_no_rivals_in_an_old_event():
    # Today's map beside an 1879 event: "South Korea" did not exist, so it is wrong on sight.
    text = "\n".join(["In 1879 a seismograph was developed in Japan by James Ewing using a long pendulum.",
                      "Modern networks of seismographs were installed across the world in 1960."])
    sentences, facts, pool = line_facts(text)
    japan = next(f for f in facts[0] if f.text == "Japan")
    assert distractors(japan, pool, sentences[0].text.replace("Japan", "____"), random.Random(1)) == ([], 0)
    recent = text.replace("In 1879", "In 1979")
    sentences, facts, pool = line_facts(recent)
    japan = next(f for f in facts[0] if f.text == "Japan")
    options, _ = distractors(japan, pool, sentences[0].text.replace("Japan", "____"), random.Random(1))
    assert len(options) == 3


POTASH = "Potash City is a small community on the Jordanian side of the Dead Sea."


def test_a_false_statement_never_swaps_the_subject_of_a_definition():
    text = POTASH + " Goods leave through the Red Sea port of Eilat, south of the Dead Sea."
    problems = _problems({"type": "true_false", "prompt": POTASH.replace("Potash City", "Eilat"), "answer": False,
                          "quote": POTASH}, text)
    assert any("defines" in p for p in problems), problems


def test_a_false_statement_may_change_a_name_the_definition_tells_of():
    text = POTASH + " Ghor Safi lies on the Jordanian side of the Dead Sea, south of Potash City."
    problems = _problems({"type": "true_false", "prompt": POTASH.replace("Jordanian", "Israeli"), "answer": False,
                          "quote": POTASH}, text)
    assert not any("defines" in p for p in problems), problems


def test_a_country_that_opens_the_main_clause_is_no_qualifier():
    text = "After the battle of the Issus, Egypt hastened to join Alexander the Great and sent 120 ships."
    problems = _problems({"type": "true_false", "prompt": text.replace("Egypt", "Persia"), "answer": False,
                          "quote": text}, text + " Persia lost the battle of the Issus to Alexander.")
    assert not any("country of the place" in p for p in problems), problems


def test_a_given_name_shared_with_the_prompt_rules_no_rival_out():
    text = ("In 1835, following an announcement of impending French settlement by Charles de Thierry, the United "
            "Tribes sent a Declaration of Independence to King William IV.")
    q = {"type": "choice", "prompt": text.replace("Charles de Thierry", "____"), "answer": "Charles de Thierry",
         "wrong": ["William Hobson", "Arthur Phillip", "James Busby"]}
    assert not any("shares the word" in p for p in _problems(q, text))


def test_the_unit_alone_makes_no_same_measure():
    # Both count people killed, in two attacks: "people" is the unit, not what is measured.
    museum = "Gunmen opened fire on visitors at the national museum on Wednesday, killing at least 19 people."
    djerba = "In 2002 militants killed more than 20 people in a car bombing outside a synagogue on Djerba."
    q = {"type": "number", "prompt": museum.replace("19", "____"), "answer": 19, "quote": museum}
    assert not any("another value" in p for p in _problems(q, museum + " " + djerba))


def test_a_name_shared_with_another_figure_makes_no_same_measure():
    museum = "Gunmen opened fire on visitors at a museum in Tunisia on Wednesday, killing at least 19 people."
    djerba = "The last major attack in Tunisia was in 2002, when militants killed more than 20 people on Djerba."
    q = {"type": "number", "prompt": museum.replace("19", "____"), "answer": 19, "quote": museum}
    assert not any("another value" in p for p in _problems(q, museum + " " + djerba))
