"""Typed answers graded as a player who knows them types them; credits and bios not asked;
no question shows the fact another states."""

import random

import pytest
from makers import questions_from

from game.generate.facts import find_facts
from game.generate.questions import candidates
from game.generate.rank import Importance, filler, reveals
from game.generate.sentences import Sentence


def _typed(text: str, *others: str) -> dict[str, list[str]]:
    return {q["answer"]: q.get("accept", []) for q in questions_from(text, *others) if q["type"] == "text"}


def test_a_name_the_document_writes_alone_is_accepted_family_name_first_or_last():
    typed = _typed("A plan to impeach South Korean President Yoon Suk Yeol over martial law failed in December 2024.",
                   "Yoon apologized for his actions in a brief televised address in 2024.",
                   "President Yoon Suk Yeol declared martial law in 2024.",
                   "A Gallup poll showed Yoon’s approval rating at 13% in 2024.")
    assert "Yoon" in typed["Yoon Suk Yeol"]
    typed = _typed("Scott is a nationally recognized researcher at the National Archives in Washington since 1990.",
                   "The NGS offers a course on the Revolutionary War by author Craig Roberts Scott in 2015.")
    assert {"Craig Roberts Scott", "Craig Scott"} <= set(typed["Scott"])


def test_a_peoples_adjective_before_a_plural_noun_is_typed_only_with_its_country_accepted():
    typed = _typed("The border of the Baltic is a line drawn through the southern Danish islands in 1920.",
                   "The Baltic drains into the Kattegat by way of Denmark in 1920.",
                   "Danish ships sailed to Sweden in 1700.")
    assert "Danish" not in typed or "Denmark" in typed["Danish"]


@pytest.mark.parametrize("text", [
    "Stella Kim reported from Seoul, and Jennifer Jett from Hong Kong.",
    "Abigail Williams and Beomsu Jo contributed to this report.",
    "Scott is a nationally recognized lecturer and researcher with more than 30 years' experience.",
    "Forrest Jones runs the start-up Beechmont Hotels Corporation.",
    "Zeev Sharon and Michael Forrest Jones both run hotel start-ups in the US.",
])
def test_a_credit_a_bio_or_a_sources_job_is_not_asked(text):
    assert filler(text)


def test_the_story_itself_is_still_asked():
    assert not filler("Henry Ford founded the Ford Motor Company in Detroit in 1903.")
    assert not filler("Lawmakers voted unanimously to reject martial law after 30 years of democracy.")


def _candidates(*texts: str):
    sentences = [Sentence(0, len(t), t, t, i) for i, t in enumerate(texts)]
    facts = find_facts(sentences)
    return list(candidates("doc", sentences, facts, random.Random(1), Importance(sentences, facts)))


def test_a_prompt_stating_a_date_gives_away_the_true_statement_of_that_event():
    found = _candidates(
        "Prehistoric Scotland entered the Neolithic Era about 4000 BC, the Bronze Age about 2000 BC, and the Iron Age around 700 BC.",
        "The creation of cairns and Megalithic monuments continued into the Bronze Age, which began in Scotland about 2000 BC.",
        "The city of Ur in Mesopotamia was sacked by the Elamites about 2000 BC.")
    iron = next(c for c in found if c.sentence[1] == 0 and "Bronze Age about 2000 BC" in c.question["prompt"])
    bronze = [c for c in found if c.sentence[1] == 1 and c.question["type"] == "true_false" and c.question["answer"] is True]
    ur = [c for c in found if c.sentence[1] == 2 and c.question["type"] == "true_false" and c.question["answer"] is True]
    assert bronze and all(reveals(c, iron) for c in bronze)
    assert ur and not any(reveals(c, iron) for c in ur)  # another event of the same year


def test_a_shared_lead_in_is_no_sign_of_the_same_event():
    from game.generate.questions import Candidate

    def framed(prompt: str, quote: str, answer, states=()):
        return Candidate({"type": "true_false", "prompt": prompt, "answer": answer, "quote": {"source": "s", "text": quote}},
                         (), ("s", len(quote)), 1.0, states=states)

    kaffa = "It spread from China with the Mongols to a trading post in Crimea, called Kaffa, controlled by Genoa."
    galleys = "Galleys from Kaffa reached Genoa and Venice in January 1348."
    statement = framed("Black Death: " + kaffa, kaffa, True, states=("Kaffa",))
    assert not reveals(statement, framed("Black Death: " + galleys, galleys, True))
