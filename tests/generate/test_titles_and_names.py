"""Names and titles that look like the marks of a sentence that cannot stand alone.

A quoted title is no speech, the month "May" no hedge, "Even as" no pointing back. Each rule
has sentences in the style of a headline fact a teacher would have asked, and a near miss that
must still be refused."""

import pytest

from game.generate.questions import usable
from game.generate.sentences import Sentence


def _sentence(text: str) -> Sentence:
    return Sentence(0, len(text), text, text, 0)


@pytest.mark.parametrize("text", [
    # a quoted title after the kind of work, or after a possessive, is a name
    'The zombies of George Romero\'s 1968 film "Night of the Living Dead" were filmed in Pittsburgh for $114,000.',
    'In 1985\'s "Return of the Living Dead," Dan O\'Bannon\'s zombies hungered not just for human flesh, '
    'but also for "braaaains."',
    # the "I" of a title is no first person
    'Richard Matheson wrote the 1954 post-apocalyptic novel "I Am Legend."',
])
def test_a_quoted_title_is_no_speech(text):
    assert usable(_sentence(text))


@pytest.mark.parametrize("text", [
    'The mayor told reporters "we will rebuild every school in the city" after the flood of 2010.',
    # Title Case with no work named before it is still what someone said
    'Romero told the Pittsburgh Press "I Will Never Make Another Zombie Film" in 1970.',
])
def test_a_real_quotation_is_still_speech(text):
    assert not usable(_sentence(text))


@pytest.mark.parametrize("text", [
    "A Progress cargo ship plunged into the Pacific Ocean in May 2015.",
    "The Government Mill opened in 1907, but was closed down in May, 1910, on exhaustion of millable leaf.",
])
def test_the_month_may_is_no_hedge(text):
    assert usable(_sentence(text))


@pytest.mark.parametrize("text", [
    "Carriers may raise fares by 20 percent on routes to Europe in 2015.",
    "One possible difference is that the data Pew Research uses only includes parents who live with their children.",
])
def test_a_hedge_is_still_refused(text):
    assert not usable(_sentence(text))


@pytest.mark.parametrize("text", [
    # "Even as", "Even though" open a clause of the sentence itself
    "Even though Texas added 1.1 million jobs after 2008, Nevada was 5.9 percent below its peak employment in 2014.",
    # "the former NAME" says what a place once was
    "In 2008, the New Orleans Jazz and Heritage Foundation bought the former Tharp-Sontheimer-Laudumiey Funeral Home.",
    # a possessive in an opening phrase stands for the subject right after it
    "Since its founding by saxophonist and educator Kidd Jordan in 1990, the Heritage School of Music "
    "has been housed on university campuses.",
])
def test_a_sentence_that_only_looks_like_it_points_back_is_asked(text):
    assert usable(_sentence(text))


@pytest.mark.parametrize("text", [
    "Even the largest dam in Brazil produced only 14,000 megawatts of power in 2016.",
    "Even so, Nevada was 5.9 percent below its peak employment in 2014.",
    "Of the two buildings, the former was bought by the New Orleans Jazz and Heritage Foundation in 2008.",
    # no name after the opening phrase for "its" to stand for
    "Since its founding in 1990, more than 4,000 students have studied music on university campuses.",
    # "their" does not stand for a singular subject
    "During their reign, according to the Records of the Grand Historian, the capital city was moved six times.",
])
def test_a_sentence_that_points_back_is_still_refused(text):
    assert not usable(_sentence(text))


def test_a_verb_after_its_subject_phrase_makes_a_statement():
    text = ("The general public disapproves of Obama taking executive action on immigration, "
            "by a margin of 48% to 38%.")
    assert usable(_sentence(text))


@pytest.mark.parametrize("text", [
    # a group measured by age, with no verb
    "Young adults 25 to 34 years old and their parents in 2013.",
    "The number of casino hotel jobs in New Jersey in 2014.",
])
def test_a_plural_noun_is_no_verb(text):
    assert not usable(_sentence(text))
