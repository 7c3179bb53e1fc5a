"""Prompts that stand alone in a document about one thing: the prompt names the document's
subject in a lead-in where its sentence only leans on it ("Malta: In ____ it became ..."),
and a sentence that leans on something else, or on a subject no document defines, is not asked."""

import pytest
from makers import questions_by_line, questions_from

from game.generate.checks import Evidence, question_problems
from game.generate.order import record_item
from game.generate.records import Record
from game.generate.text import Document

# A gazetteer: it opens by saying what its subject is, and names it again and again.
MALTA = [
    "The Island of Malta is situated in the central Mediterranean Sea, 58 miles south of Sicily.",
    "Malta was ruled by the Knights of St John from 1530 until 1798.",
    "Malta became an independent state within the Commonwealth in 1964.",
    "The capital of Malta is Valletta, founded by Grand Master Jean de Valette.",
    "Malta joined the European Union in 2004 together with Cyprus.",
    "In 218 B.C. it became part of the Roman Republic and was governed from Sicily.",
    "A harbour for large warships was built at Valletta.",
    "The whole island, with the exception of the town of Mdina, was besieged in 1565.",
]
# An explainer: "The country" and a figure left without its country.
ICELAND = [
    "Iceland is an island country in the North Atlantic Ocean, with a population of about 380,000.",
    "Iceland was settled by Norse chieftains in 874.",
    "Iceland became independent from Denmark in 1944, and Iceland joined NATO in 1949.",
    "Reykjavik is the capital and largest city of Iceland.",
    "Iceland has no standing army, and Iceland hosted the Reykjavik Summit in 1986.",
    "The average temperature is about 31 degrees Fahrenheit in January.",
    "The country has 130 volcanic mountains, and Hekla is among the most active.",
    "Some glaciers can be 3,000 feet thick.",
]


@pytest.mark.parametrize("lines, line, lead", [
    (MALTA, "In 218 B.C. it became part of the Roman Republic and was governed from Sicily.", "Malta: "),
    (MALTA, "A harbour for large warships was built at Valletta.", "Malta: "),
    (MALTA, "The whole island, with the exception of the town of Mdina, was besieged in 1565.", "Malta: "),
    (ICELAND, "The average temperature is about 31 degrees Fahrenheit in January.", "Iceland: "),
    (ICELAND, "The country has 130 volcanic mountains, and Hekla is among the most active.", "Iceland: "),
    (ICELAND, "Some glaciers can be 3,000 feet thick.", "Iceland: "),
])
def test_a_sentence_leaning_on_the_subject_is_asked_with_the_subject_named_first(lines, line, lead):
    questions = questions_by_line(lines)[line]
    assert questions
    for question in questions:
        assert question["prompt"].startswith(lead), question["prompt"]
        # the quote stays the document's own words, and never holds the lead-in
        assert question["quote"]["text"] in line and not question["quote"]["text"].startswith(lead)
        assert lead.rstrip(": ") not in str(question.get("answer")), question


def test_a_sentence_naming_the_subject_gets_no_lead_in():
    questions = questions_by_line(MALTA)["Malta became an independent state within the Commonwealth in 1964."]
    assert questions and not any(q["prompt"].startswith("Malta:") for q in questions)


def test_the_lead_in_is_only_for_what_the_document_calls_its_subject():
    # "the town" is not the island: a lead-in naming Malta does not say which town
    lines = [*MALTA, "At present the town has 1,233 inhabitants, nearly all fishermen, as in 1901."]
    assert lines[-1] not in questions_by_line(lines)


@pytest.mark.parametrize("text", [
    # the same sentences in a document that defines no subject: of what, where?
    "The average temperature is about 31 degrees Fahrenheit in January.",
    "Some glaciers can be 3,000 feet thick.",
    "In 218 B.C. it became part of the Roman Republic and was governed from Sicily.",
    # a survey's figures with no survey named: "which pages, when?"
    "14% of pages are loaded over HTTPS.",
    "Pages contain more than fifty images.",
    "Sites make an average of 18 JavaScript file requests.",
    "The latest figures indicate that average page weight has increased by 15% in one year.",
    # "it" cannot stand for a plural: "the Australians searched for" what?
    "For almost two hours in 2016, the Australians searched for it only to fumble when it fell their way.",
])
def test_a_sentence_leaning_on_what_no_lead_in_names_is_not_asked(text):
    assert questions_from(text) == []


@pytest.mark.parametrize("text, answer", [
    ("Vaccines are tested in three phases of clinical trials before they are approved in 2020.", None),
    ("Over a four-week period, some 58,000 evacuees passed through Qatar.", "Qatar"),
    ("In 2011, voters had elected a government led by the Ennahda party with 37 percent.", None),
    ("In Elizabethan times, the average sentence was 50 words long.", None),
])
def test_a_general_truth_or_a_counted_group_is_still_asked(text, answer):
    questions = questions_from(text)
    assert questions
    assert answer is None or any(q.get("answer") == answer for q in questions)


def test_no_subject_is_taken_from_a_news_story():
    # its most named country is what happened there, not a subject defined at the opening
    story = ["India were set 384 to win on the final day at the MCG in 2014.",
             "India lost three wickets before lunch, and India batted out the draw.",
             "India and Australia meet again in Sydney, where India won in 2008.",
             "For almost two hours, the Australians searched for it in vain.",
             "India finished on 174 for six after 70 overs."]
    questions = [q for qs in questions_by_line(story).values() for q in qs]
    assert not any(q["prompt"].startswith("India:") for q in questions)


SOURCE = ("The Island of Malta is situated in the central Mediterranean Sea. In 218 B.C. it became part of "
          "the Roman Republic. Magnetic field: Mars currently has no global magnetic field.")


@pytest.fixture(scope="module")
def evidence():
    return Evidence({"s": Document(None, SOURCE, SOURCE)})


@pytest.mark.parametrize("question", [
    # a hand-written prompt with a lead-in passes `validate --strict`
    {"type": "number", "prompt": "Malta: In ____ B.C. it became part of the Roman Republic.", "answer": 218,
     "quote": {"source": "s", "text": "In 218 B.C. it became part of the Roman Republic."}},
    {"type": "true_false", "prompt": "Malta: In 146 B.C. it became part of the Roman Republic.", "answer": False,
     "quote": {"source": "s", "text": "In 218 B.C. it became part of the Roman Republic."}},
    # a label the quote opens with is the quote's own words, not a lead-in
    {"type": "text", "prompt": "Magnetic field: ____ currently has no global magnetic field.", "answer": "Mars",
     "quote": {"source": "s", "text": "Magnetic field: Mars currently has no global magnetic field."}},
])
def test_the_checks_read_a_lead_in_as_no_part_of_the_quote(evidence, question):
    assert question_problems(question, evidence) == []


def test_a_lead_in_that_gives_the_answer_away_is_caught(evidence):
    question = {"type": "text", "prompt": "Malta: The Island of ____ is situated in the central Mediterranean Sea.",
                "answer": "Malta", "quote": {"source": "s", "text": "The Island of Malta is situated in the central Mediterranean Sea."}}
    assert any("gives the answer away" in p for p in question_problems(question, evidence))


def test_a_list_entry_pointing_at_the_entry_before_is_no_order_item():
    def item(entry):
        return record_item(Record(0, (1077, None, None), "1077", entry, entry, True))
    assert item("Henry IV recognized this claim by submitting to Pope Gregory VII at Canossa") is None
    assert item("Henry IV submitted to Pope Gregory VII at Canossa") is not None
