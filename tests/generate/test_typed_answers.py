"""Typed answers a player who knows them gets right, and an encyclopedia subject written in capitals.

A name that is one of several the sentence speaks of has no one answer; an adjective of a
people is typed as the people as often; a river the document also calls "Tongtian River" may be
typed either way. An article that defines its subject in CAPITALS still names its subject in
the lead-in of a sentence that says only "it"."""

import pytest
from makers import questions_by_line, questions_from

# An encyclopedia article in the style of a converted page: subject in capitals, its forms dropped.
YANGTZE = [
    "The YANGTZE or YANGZI ( or ) is the longest river in Asia and the third-longest in the world.",
    "It rises in the northern part of the Tibetan Plateau and flows east to the East China Sea.",
    "The Yangtze flows through Chongqing, Yichang, Wuhan and Nanjing before it reaches Shanghai.",
    "The Tuotuo River is the official headstream of the Yangtze, and flows into the Tongtian River.",
    "The Tuotuo is one of three main headstreams of the Yangtze.",
    "The Dangqu River is the actual geographic headwater of the Yangtze.",
    "The Chumar River flows from the Hoh Xil Mountains in Qinghai into the Tongtian.",
    "The Tongtian is the Drichu in Tibetan, the River of the Female Yak.",
    "The name comes from a fabled river in the Journey to the West.",
    "In antiquity, it was called the Yak River.",
    "After entering Hubei, the Yangtze receives water from a number of lakes.",
    "At Wuhan, it receives its biggest tributary, the Han River.",
    "The Three Gorges Dam on the Yangtze is the largest hydro-electric power station in the world.",
]


HEADSTREAMS = ("The Tuotuo flows from the glaciers of the Tanggula Mountains.",
               "The Dangqu joins the Tuotuo at Qumarleb.",
               "The Chumar flows into the Tongtian near Qumarleb.")


def test_a_name_said_to_be_one_of_several_is_asked_only_as_the_statement_it_makes():
    # "Dangqu" typed, picked or put in its place would be as true.
    questions = questions_from("The Tuotuo is one of three main headstreams of the Yangtze.", *HEADSTREAMS)
    assert questions
    assert all(q["type"] == "true_false" and "Tuotuo" in q["prompt"] for q in questions)


def test_a_bare_name_accepts_the_name_the_document_also_writes_with_its_kind():
    line = "The Chumar River flows from the Hoh Xil Mountains in Qinghai into the Tongtian."
    typed = [q for q in questions_by_line(YANGTZE)[line] if q["type"] == "text" and q["answer"] == "Tongtian"]
    assert typed and "Tongtian River" in typed[0]["accept"]


ICELAND = [
    "According to the Landnámabók, Iceland was settled in 874 when the Norwegian chieftain Ingólfr Arnarson"
    " became the first permanent settler on the island.",
    "In the following centuries, Norwegians emigrated to Iceland, bringing with them thralls of Gaelic origin.",
    "Iceland remained independent for more than three centuries, until the Old Covenant of 1262 brought the"
    " island under the Norwegian crown.",
    "In 1397, Norway and with it Iceland were united with Denmark and Sweden in the Kalmar Union.",
]
MIDDLE_AGES = [
    "In 376, the Goths, fleeing from the Huns, received permission from Emperor Valens to settle in Thracia.",
    "The Huns crossed the Volga around 370 and defeated the Alans.",
    "The Hunnic threat remained until Attila's death in 453.",
    "The Hunnic confederation he led fell apart after his death.",
]


def test_a_peoples_adjective_is_typed_only_where_its_country_is_accepted():
    crown = [q for q in questions_by_line(ICELAND)[ICELAND[2]] if q["type"] == "text" and q["answer"] == "Norwegian"]
    assert crown and crown[0]["accept"] == ["Norway"]
    # "Huns" is as right as "Hunnic", and no country is it
    threat = questions_by_line(MIDDLE_AGES)["The Hunnic threat remained until Attila's death in 453."]
    assert not [q for q in threat if q["type"] == "text"]


@pytest.mark.parametrize("line", [
    "It rises in the northern part of the Tibetan Plateau and flows east to the East China Sea.",
    "At Wuhan, it receives its biggest tributary, the Han River.",
])
def test_a_subject_defined_in_capitals_is_the_lead_in(line):
    questions = questions_by_line(YANGTZE)[line]
    assert questions and all(q["prompt"].startswith("Yangtze: ") for q in questions)


def test_it_after_another_river_is_not_read_as_the_subject():
    assert "In antiquity, it was called the Yak River." not in questions_by_line(YANGTZE)


@pytest.mark.parametrize("text", [
    "The $1,000 Meta Quest Pro, by contrast, has a resolution of 1800 x 1920 per eye.",
    "In contrast, the Meta Quest Pro sold for $1,000 in October 2022.",
])
def test_a_contrast_with_an_unseen_sentence_is_not_asked(text):
    assert questions_from(text) == []
