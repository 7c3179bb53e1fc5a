"""Candidate questions of the five types, each from one fact of one sentence.

Every prompt is its sentence with the fact's span blanked (or, for true_false, changed or
kept), so filling the blank rebuilds the quoted words exactly. Sentences that cannot stand
alone are not used: direct speech, hedged claims, and ones leaning on a sentence before.
"""

from __future__ import annotations

import os
import random
import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import NamedTuple

from game.generate.distractors import SUBJECT_MENTIONS, Pool, distractors
from game.generate.facts import (
    GENERIC_NAME_WORDS,
    NAME_KINDS,
    NUMERIC_KINDS,
    ORDINAL_WORDS,
    Fact,
    countries,
    demonym,
)
from game.generate.sentences import Sentence

BLANK = "____"

_SPEECH = re.compile(r"[“\"][^”\"]*\w+\W+\w+\W+\w+[^”\"]*[”\"]|^[“\"‘]|[”\"]$")
# A work's title in quotes is a name, not speech: Title Case after the kind of work, a naming verb or
# a possessive ('the 1968 film "Night of the Living Dead"', 'In 1985's "Return of the Living Dead,"').
# ('The mayor said "We Will Rebuild"' is still speech: no cue before it.)
_TITLE = re.compile(
    r"(\b(?:film|movie|novel|book|song|album|single|play|series|show|sitcom|poem|opera|musical|documentary"
    r"|episode|painting|essay|memoir|titled|entitled|called|named)\s+|[’']s\s+)"
    r"[“\"](?=[A-Z0-9])(?:(?:[A-Z0-9][\w’':-]*|of|the|a|an|and|or|in|on|at|to|for|with|by|from|as|but|nor|vs\.?)"
    r"(?:\s+|(?=[,.!?]?[”\"])))+([,.!?]?)[”\"]")
# A single word in quotes is a term, not speech: 'hungered for "braaaains."'
_TERM = re.compile(r"[“\"]\w[\w’'-]*[,.!?]?[”\"]")


def _untitled(text: str) -> str:
    """The text with each quoted title as one name: the "I" of "I Am Legend" is no first person."""
    return _TITLE.sub(r"\1Title\2", text)


# (The modal "may" is lower case, or opens the text before a verb; "in May", "May 2014" are the month.)
_HEDGE = re.compile(
    r"\b(?:(?-i:may|^May(?= [a-z]))|might|could|would|likely|unlikely|possibly|perhaps|probably|reportedly|allegedly"
    r"|apparently|presum(?:ably|ed)|supposedly|ostensibly|arguably|possible (?:reason|explanation|difference|cause|factor)s?"
    r"|seems?|seemed|appears?|appeared|suggests?|believed|rumou?red|estimated|expected|expects?|hopes?|should"
    r"|claim(?:s|ed)?|argue[sd]?|allege[sd]?)\b", re.I)
# Citation markers and editors' notes belong to the page, not to a question: "games[22]".
_PAGE_MARK = re.compile(r"\[(?:\d+|[a-z][a-z ]*)\]|\]$")
# Words pointing at something the player never saw, wherever they stand. ("There are 25 crews"
# points at nothing, "There are two examples" does; "such as" gives an example, "such a" points.)
_LEANS_BACK = re.compile(
    r"^(?:It|They|Such|Both|Then|There(?! (?:is|are|was|were|has|have|had|remains?|remained|exists?|existed)\b(?! (?:[\w-]+ ){0,2}(?:examples?|kinds?|types?|sorts?|ways?|reasons?|cases?|forms?|categories|others)\b))|Here|Thus|Therefore|Similarly|Likewise|Again|However|Currently|Also|Still"
    r"|Instead|Nevertheless|Moreover|Furthermore|Additionally|Besides|Otherwise|Consequently|Hence|Indeed"
    r"|In fact|Of course|Even so|First|Finally|Next|Afterwards|Meanwhile|Even(?! (?:as|though|if|when|while|after|before)\b)|Nonetheless|As a result|In addition"
    r"|For example|For instance|In particular|In other words|In short|Specifically|In turn|At the time|(?:By|In) (?:contrast|comparison)(?! (?:to|with)\b))\b"
    # the same leaning in the middle: "SpaceX, meanwhile, has ...", "before Parliament rises in a fortnight",
    # "The $1,000 Meta Quest Pro, by contrast, has ..." (in contrast to what?)
    r"|, (?:meanwhile|nonetheless|however|instead|therefore|as a result|for example|in turn|(?:by|in) (?:contrast|comparison)),"
    # what a sentence before told: "That’s where DNS comes into play", "In the third incident, ..."
    r"|^That(?:[’']s| is| was)\b|\bthe (?:first|second|third|fourth|fifth|sixth|latter|former|next|last|final|other|previous)"
    r" (?:incident|case|instance|attack|crash|event|episode|round|attempt|option|scenario|method|approach|group|category)\b(?! of\b)"
    r"|\b(?:at the time(?! of\b)|in addition to|in a (?:fortnight|week|month|year)|(?:last|next|that) (?:week|month|year|day))\b"
    # a speaker named in an earlier sentence: "..., he added."
    r"|\b(?:he|she|they) (?:said|added|says|noted|explained|told)\b"
    # a study no name says whose: "In one study, an average of 11 driver mutations ..."
    r"|(?:^|\b(?:in|from) )(?:one|another|an?|a recent|a new|an earlier|a separate) (?:study|survey|poll|analysis|experiment)\b(?! (?:by|published|conducted)\b)"
    # a definite noun the player never saw introduced: "the interview", "the agency"
    r"|\bthe (?:interview|boycott|controversy|trip|visit|report|study|incident"
    r"|meeting|announcement|speech|article|book|film|ones|man|woman)\b(?! of\b|(?-i: [A-Z]))"
    # ("Even as", "Even though" open a clause of the sentence itself; "the former Tharp Funeral Home" is what a place once was)
    r"|\b(?:this|these|those(?! \w+ (?:who|that|which|whom)\b)|the latter|the former(?! (?-i:[A-Z]))|the same|the move|the decision|the plan|the deal"
    r"|the event|the project|the call|the following|the above|such(?! as\b)|the (?:following|next|same|previous) (?:year|day|month|week)"
    # something said or done before: "also", "too", "again", "another", "then" (next), "further"
    # ("not just ... but also" pairs within the sentence)
    r"|(?<!but )also(?! known\b)|again|another(?<!one another)|further|then(?!-)|the other|the (?:two|three|four|both)(?! (?:decades?|years?|centuries|months|weeks|days)\b))\b"
    r"|\b(?:too|either)\b(?=\W*$|\s*[,.;:)])|, though,"
    # "that" as a determiner after a preposition: "in that year"
    r"|\b(?:in|of|at|on|by|for|from|to|with|during|after|before|since|until) that (?!(?:the|a|an|he|she|it|they|we|there|is|was|his|her|its|their)\b)[a-z]",
    re.I)
# "That number can expand": "that" opening a clause, before a noun.
_THAT_NOUN = re.compile(r"[Tt]hat (?!(?:the|a|an|he|she|it|they|we|there|his|her|its|their)\b)([a-z][\w-]*)")
# A pronoun needs something before it in the same clause to stand for: a name for "he"
# ("Mr Obama ... his"), a name or a noun for "it" ("the paper ... it"; "Published in 1963, it" has none).
_PRONOUN = re.compile(r"\b(?:(?P<person>he|she|him|his|her|hers|himself|herself)|it|its|itself|they|them|their|themselves)\b", re.I)
# (An era or a unit is no name: "In 68 B.C. it became" has nothing for "it" to stand for, and
# "The average temperature is 31 degrees Fahrenheit" no place.)
_NAME = re.compile(r"(?<=\s)(?!(?:I|January|February|March|April|May|June|July|August|September|October|November|December"
                   r"|B\.\s?C|A\.\s?D|BCE?|AD|CE|Fahrenheit|Celsius|Kelvin)\b)[A-Z][\w’'.-]*")
_OBJECT = re.compile(r"(?:him|them|it|her)\b(?=\W*$|\s*[,.;:)]|\s+(?:the|a|an|to|in|on|at|for|from|with|as|and|during)\b)", re.I)
_NOUN = re.compile(r"\b(?:the|a|an|this|that|each|every|some|many|several|most) ([a-z][\w’'-]*)", re.I)
_NON_NAME_START = {"the", "a", "an", "some", "many", "most", "all", "each", "every", "no", "several", "few",
                   "its", "their", "his", "her", "our", "this", "that", "these", "those", "there", "it", "they"}


# A subject that only names its kind or its place in a sequence, whose whole is in the sentence
# before: "Examples are Singapore and its causeway.", "Each list has ...", "The first step will
# be ...". ("Tristan da Cunha is an example of a hotspot volcano" says of what; "Each year" is a time.)
_GENERAL_SUBJECT = re.compile(
    r"^(?:(?:the|an?|one|another|other|some|more|further|only|main|notable|famous|typical|good|classic|recent)\s+)*examples?\b(?!\s+of\b)"
    r"|^(?:each|either|neither)\b(?!\s+(?:year|day|week|month|decade|century|time|of\s+(?:the\s+)?\d+)\b)"
    r"|^the (?:first|second|third|next|last|final) (?:step|stage|phase|part|one|two|kind|type|case)\b(?!\s+of\b)"
    # people only of something said before: "Most victims died two to seven days after infection" (of what?)
    r"|^(?:(?:most|many|some|all|few|several|half|the)\s+(?:of\s+the\s+)?)?(?:victims|survivors|casualties|patients"
    r"|participants|members|residents|inhabitants|passengers|delegates|attendees)\b(?!\s+(?:of|in|from|at|on)\b)"
    # a writer's aside to the reader: "Note: in previous versions ..."
    r"|^(?:note|n\.?b\.?|update|edit|editor[’']s note|correction|disclaimer|tip|hint|warning|aside|p\.s\.)\s*:", re.I)


def _dangles(text: str, places: tuple[str, ...] = (), about: Subject | None = None) -> bool:
    """Whether the text points back at something only an earlier sentence introduced.

    about: the document's subject, which the prompt names in a lead-in ("Cyprus: It lies
    between ..."): "it" and "the island" may stand for it, and a subject left implied is its."""
    if about:
        text = re.sub(r"^It(s?)(?= )", lambda m: about.name + ("’s" if m.group(1) else ""), text)
    if any(not _named_before(text, m) for m in _LEANS_BACK.finditer(text)) or _GENERAL_SUBJECT.match(text.lstrip("“\"‘'(")):
        return True
    if _RELATIVE_TIME.search(text) and not _DATED.search(text):
        return True
    if not about and _implied_subject(text):
        return True
    if _unintroduced(text, places, about):
        return True
    main = _subject_starts(text)[-1]
    for match in _PRONOUN.finditer(text):
        before = text[:match.start()]
        if _OBJECT.match(text, match.start()):
            # "The Dutch held it", "Alverson, a commissioner ..., described it": an object stands
            # for something other than its clause's subject, named before the subject or after its verb.
            before = _outside_subject(text, match.start())
        elif match.start() < main and match.group().lower() in ("its", "his", "her", "their"):
            # a possessive in an opening phrase may stand for the subject after it, one in number:
            # "Since its founding by Kidd Jordan in 1990, the Heritage School of Music has been housed ..."
            # (not "During their reign, ..., the capital city was moved six times")
            subject = _subject_of(text[main:])
            if (match.group().lower() == "their") == _plural(subject.split()[-1] if subject.split() else ""):
                before += " " + subject
        singular = match.group().lower() in ("it", "its", "itself")
        if about and singular:
            before = f"{about.name} {before}"
        # each candidate once: "The Dutch" is one name, not a name and a noun; "it" stands for
        # no plural ("the Australians searched for it": for what?)
        # (a capitalised first word before a plural and its verb is no one's name: "Independent
        # analysts estimate its cost")
        plural = re.match(r"\W*\S+\s+([a-z]+)\s+([a-z]+)\b", before)
        first = _first_word_is_name(before) and not (singular and plural and _plural(plural.group(1))
                                                     and _BASE_VERB.match(plural.group(2)))
        names = sum(not (singular and _plural(n) and demonym(n)) for n in _NAME.findall(before)) + first
        nouns = [m for m in _NOUN.finditer(before) if not _VERB.match(m.group(1)) and m.group(1).islower()
                 and not (singular and _plural(m.group(1)))]  # not "that are"
        if _opening_phrase_subject(text, match):
            # a clause's subject after an opening phrase stands for a name, not for a noun of that
            # phrase: "With a salinity of 342 g/kg, it is one of the world's saltiest bodies of water"
            nouns = []
        if not (names if match.group("person") else names + len(nouns)):
            return True
    for at in _subject_starts(text):
        that = _THAT_NOUN.match(text, at)
        if that and not _VERB.match(that.group(1)) or _vague_subject(text, at):
            return True
    # "Ellen Fetter had married John Gille": a past before the story's own time, which no
    # sentence here gives.
    return bool(_PAST_PERFECT.search(text)) and not _DATED.search(text)


def _opening_phrase_subject(text: str, pronoun: re.Match) -> bool:
    """Whether a subject pronoun follows the comma closing an opening phrase, before its verb."""
    rest = text[pronoun.start():]
    found = verbs(rest)
    return pronoun.group().lower() in ("it", "they", "he", "she") and text[:pronoun.start()].rstrip().endswith(",") \
        and bool(found) and found[0] <= 2


# "this"/"these" before a noun: the noun it stands for, and the one it is "of" ("matrices of this form").
_THIS_NOUN = re.compile(r"(?:([a-z][\w-]*) of )?(this|these) ([a-z][\w-]*)", re.I)


def _named_before(text: str, match: re.Match) -> bool:
    """Whether a "this"/"these" phrase points at a noun the sentence itself names before it:
    "Hermitian matrices are named after Charles Hermite, who showed that matrices of this form ..."."""
    phrase = next((p for p in _THIS_NOUN.finditer(text) if p.start(2) == match.start()), None)
    if not phrase or match.group().lower() not in ("this", "these"):
        return False
    nouns = {w.lower() for w in (phrase[1], phrase[3]) if w}
    before = {w.lower() for w in re.findall(r"[\w-]+", text[:phrase.start()])}
    return any(noun in before or noun + "s" in before or noun.removesuffix("s") in before for noun in nouns)


# Time told from the day of writing, which a prompt shown later cannot place: "in the past two
# years", "recently", "this year", "a year and a half ago". A date in the sentence places it.
# (A state "currently" or "today" is the fact as the document tells it: "Mars currently has no
# global magnetic field".)
_RELATIVE_TIME = re.compile(
    r"\b(?:(?:the|in) (?:past|last|previous|coming|next) (?:(?:\d+|few|several|two|three|four|five|six|seven|eight|nine|ten"
    r"|twelve|eighteen|twenty) )?(?:years?|months?|weeks?|days?|decades?)|recent(?:ly)?|(?:this|so far this) (?:year|month|week)"
    r"|(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|a few|several|\d{1,2}) (?:years?|months?|weeks?|days?|decades?)"
    r"(?: and a half)? ago|yesterday|tomorrow)\b", re.I)


def _plural(word: str) -> bool:
    return bool(re.search(r"[^su’'\W]s$", word))


# A share or a part of a group no name makes definite: "Some channels can be 60 miles wide" (on
# Mars?), "Pages contain more than fifty images", "14% of pages are loaded over HTTPS" (in which
# survey, when?). A nation's people are named: "Most Americans ...".
_STATISTIC = re.compile(r"\b(?:(?:more|fewer|less) than|an average of|on average|a (?:maximum|minimum) of|up to|at (?:least|most))"
                        r" (?:\d|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|[a-z]+teen|[a-z]+ty)", re.I)
_SHARE = re.compile(r"(?:(?:some|many|most|several|few|all|half)|[\d.,]+\s*(?:%|percent|per cent))\s+(?:of\s+(?:the\s+)?)?", re.I)


def _implied_subject(text: str) -> bool:
    """Whether the main clause states, in the present, what a bare plural or a share of one
    does: a claim true only of the group the document set up."""
    at = _subject_starts(text)[-1]
    clause = text[at:]
    share = _SHARE.match(clause)
    rest = clause[share.end() if share else 0:]  # "Some craters can be": "craters" is no verb here
    found = verbs(rest)
    if not found:
        return False
    verb = list(re.finditer(r"[\w’'-]+", rest))[found[0]]
    if _PAST.match(verb.group()):
        return False  # an event, not a general claim: "In 2011, voters had elected ..."
    words = rest[:verb.start()].split()
    if not 1 <= len(words) <= 3 or not _plural(words[-1]) or demonym(words[-1]) \
            or not all(w.islower() for w in words[1:]) or re.search(r"\d", " ".join(words)):
        return False  # a named or counted group: "Most Americans", "some 58,000 evacuees"
    if share:
        return True
    # A bare plural states a general truth ("Vaccines are tested in three phases of clinical
    # trials") unless it gives a figure of the group measured ("Pages contain more than fifty
    # images"). A capitalised first word may be a name ("Athens hosts ...", "Mars can be seen"):
    # a plural takes a verb only a plural takes ("Pages contain", "Resources are loaded").
    plural_verb = words[0].islower() or bool(_BASE_VERB.match(verb.group())) or verb.group() in ("are", "have", "do")
    return plural_verb and bool(_STATISTIC.search(clause))


def _first_word_is_name(text: str) -> bool:
    word = re.match(r"\W*([A-Z][\w’'.-]*)\s", text)
    return bool(word) and word.group(1).lower() not in _OPENERS | _NON_NAME_START \
        and not re.search(r"(?:ed|ing|ly)$", word.group(1))


# Where a new clause, with its own subject, starts: "Obama flew to Nairobi, and the city gave him ...".
_CLAUSE_JOIN = re.compile(r";\s+|,?\s(?:and|but|so)\s(?=(?:the|a|an|he|she|they|it|we|[A-Z])\b)")
# A comma part that belongs to the subject: an appositive or a relative clause ("Alverson, a
# commissioner on the Commission, which has managed catch limits since 1924, described it").
_SUBJECT_PART = re.compile(r"\W*(?:a|an|the|which|who|whom|whose|that|where|one|now|then|its|his|her|their)\b", re.I)


def _outside_subject(text: str, at: int) -> str:
    """The words before `at` that are not the subject of the clause `at` stands in: what an
    object pronoun there may stand for."""
    start = max([s for s in _subject_starts(text) if s <= at]
                + [m.end() for m in _CLAUSE_JOIN.finditer(text, 0, at) if m.end() <= at])
    offset = start
    for part in re.split(r"(,\s+)", text[start:at]):
        if offset > start and _SUBJECT_PART.match(part) or not verbs(part):
            offset += len(part)
            continue
        words = list(re.finditer(r"[\w’'-]+", part))
        return text[:start] + part[words[verbs(part)[0]].start():] + text[offset + len(part):at]
    return text[:start]


def _subject_of(clause: str) -> str:
    """The words of the clause before its first verb."""
    found = verbs(clause)
    return clause[:list(re.finditer(r"[\w’'-]+", clause))[found[0]].start()] if found else ""


def _subject_starts(text: str) -> list[int]:
    """Where the main clause's subject may stand: the start, or after an opening phrase."""
    starts = [0]
    first = re.match(r"\W*(\w+)", text)
    comma = re.search(r",[”\"’]?\s+", text)  # it may close a quote: 'In 1985's "Return of the Living Dead," the zombies'
    # (An "-ly" word opens a phrase only with its comma: "Originally, Mozilla ...", not "Early
    # European maps labelled ...".)
    adverb = first and first.group(1).endswith("ly") and text[first.end():].startswith(",")
    if first and (first.group(1).lower() in _OPENERS or adverb or _PARTICIPLE_OPENER.match(text)) and comma and comma.start() > 0:
        starts.append(comma.end())
    return starts


# "Based on genetic evidence derived from ..., Schuenemann et al.": a participle opening the
# text, before its preposition, opens a phrase; the main clause comes after its comma.
_PARTICIPLE_OPENER = re.compile(r"\W*[A-Z][a-z]+(?:ed|en|wn)\s+(?:on|in|at|by|from|to|with|for|as|near|under|into|upon)\b")


# -- finite verbs: a statement needs one ("The statute of Serapis at Alexandria broken up" has none).
# There is no tagger, so auxiliaries, common irregular past forms, "-ed" forms and "-s" forms
# after a name or pronoun stand in for one.
_AUX = ("is|are|was|were|am|has|have|had|do|does|did|will|would|can|could|shall|should|may|might|must"
        "|[a-z]+n[’']t")
_IRREGULAR = (
    "arose|ate|became|began|bit|blew|broke|brought|built|bought|caught|chose|came|cost|cut|dealt|did|drew|drank"
    "|drove|fell|fed|felt|fought|found|fled|flew|forbade|forgot|froze|got|gave|went|grew|hung|heard|hid|hit|held"
    "|hurt|kept|knew|laid|led|left|lent|let|lay|lit|lost|made|meant|met|paid|put|quit|read|rode|rang|rose|ran"
    "|said|saw|sought|sold|sent|set|shook|shone|shot|showed|shut|sang|sank|sat|slept|slid|spoke|spent|spread"
    "|sprang|stood|stole|stuck|struck|swore|swept|swam|swung|took|taught|tore|told|thought|threw|understood"
    "|woke|wore|won|wrote|overthrew|overcame|undertook|withdrew|upheld|foresaw|beat|bore|bid|burst|cast|split")
_PAST = re.compile(rf"(?:{_IRREGULAR}|[a-z]{{2,}}ed|was|were|had|did)$")
_NOT_VERBS = {"hundred", "sacred", "naked", "wicked", "kindred", "red", "bed", "shed", "seed", "speed", "creed", "steed"}
_VERB = re.compile(rf"(?:{_AUX}|{_IRREGULAR}|[a-z]{{2,}}ed)$")  # lower case: "May", "United" are names
_AUXILIARY = re.compile(rf"(?:{_AUX}|be|been|being|is|are|was|were)$", re.I)
_S_FORM = re.compile(r"[a-z]{2,}[^su’'s]s$")
# before an "-s" form: a subject ("Mozilla pledges", "which aims") or an adverb after one ("also poses")
_SUBJECT_WORD = re.compile(r"(?:[A-Z][\w’'.-]*|it|he|she|which|who|that|what|also|only|still|now|often|always|never|\w+ly)$")
# A present verb without "-s" after a plural subject, maybe past an adverb: "about 2 million people
# get sick", "surgeries all rely on antibiotics", "fillets routinely sell for $24". Common verbs only: without a tagger,
# "years of division" must not read as a verb.
_PLURAL_SUBJECT = re.compile(r"(?!(?:this|thus)$)(?:[a-z]{2,}[^s’'\W]s|people|men|women|children|they|we|you|all|both|who|which)$", re.I)
_ADVERB = re.compile(r"(?:[a-z]{3,}ly|often|always|never|also|still|now|usually|sometimes)$")
_BASE_VERB = re.compile(
    r"(?:get|take|make|give|go|come|become|use|need|rely|live|work|cause|include|contain|remain|lose|kill|die"
    r"|affect|carry|spread|form|occur|vary|lie|run|grow|eat|feed|move|produce|require|cover|reach|hold|keep|mean"
    r"|show|help|allow|lead|build|turn|tend|provide|receive|suffer|face|pay|spend|earn|cost|shake|travel|slip"
    r"|follow|happen|exist|belong|depend|differ|range|account|know|want|like|share|speak|own|call|consider|sell|buy|dominate"
    r"|indicate|say|estimate|believe|expect|argue|think|claim|warn|predict|fear|suggest|agree|hope|urge)$")


@lru_cache(maxsize=64)  # a clause's verbs are asked for by several of its checks
def verbs(text: str) -> tuple[int, ...]:
    """Word indexes of the finite verbs; a participle after its auxiliary ("was deposed") is
    part of the same verb."""
    spans = list(re.finditer(r"[\w’'-]+", text))
    words = [m.group() for m in spans]
    found = []
    for i, word in enumerate(words):
        before = words[i - 1] if i else ""
        s_form = _S_FORM.match(word) and not _AGE_RANGE.match(text, spans[i].end())
        verb = (_VERB.match(word) and word not in _NOT_VERBS and not _reduced_participle(text, spans, i)) \
            or (s_form and i and _SUBJECT_WORD.match(before) and before.lower() not in _DETERMINERS) \
            or (s_form and _BASE_VERB.match(_stem(word)) and before.islower()
                and before not in _NON_NAME_START | _PHRASE_END and words[i + 1:i + 2] != ["of"]) \
            or (s_form and _after_subject_phrase(text[:spans[i].start()])) \
            or (_BASE_VERB.match(word) and i and _PLURAL_SUBJECT.match(words[i - 2 if i > 1 and _ADVERB.match(before) else i - 1]))
        if verb and not any(_AUXILIARY.match(w) for w in words[max(0, i - 3):i]):
            found.append(i)
    return tuple(found)


# Before a noun, never a subject: "The ruins of ..." has no verb in "ruins".
_DETERMINERS = _NON_NAME_START - {"it", "they", "there", "that"}
# A plural before an age or size range is the group it measures: "Young adults 25 to 34 years old",
# "Adults 65 and older".
_AGE_RANGE = re.compile(r"\s+\d+\s*(?:-|–|to|and|or)\s*(?:\d|older|over|under|younger|above|below)")
# A clause opening with a determiner and one to three singular words: "The general public".
_SUBJECT_PHRASE = re.compile(r"(?:^|[,;]\s+)\W*(\w+)((?:\s+[a-z][\w-]*){1,3})\s+$")


def _after_subject_phrase(before: str) -> bool:
    """Whether the words before an "-s" word are its clause's subject, so it is the verb:
    "The general public disapproves of ...". ("The ruins", "the number of cars" have no verb.)"""
    phrase = _SUBJECT_PHRASE.search(before)
    return bool(phrase) and phrase.group(1).lower() in _DETERMINERS \
        and all(not _plural(w) and w not in _PHRASE_END and not _VERB.match(w) for w in phrase.group(2).split())


def _stem(word: str) -> str:
    """The base form of an "-s" verb: "exists" -> "exist", "carries" -> "carry", "reaches" -> "reach"."""
    if word.endswith("ies"):
        return word[:-3] + "y"
    return word[:-2] if re.search(r"(?:ch|sh|ss|x|o)es$", word) else word[:-1]


# A participle opening a phrase after a comma, before its preposition, says more of the noun
# before it: "The Constitution of Ireland, adopted in 1937" has no verb. (After a second comma it
# may be the main verb again: "Smith, a teacher, lived in Paris".)
_PARTICIPLE_PREPOSITION = re.compile(r"\s+(?:in|on|at|by|from|to|for|as|with|into|under|near|during|after|before|since|until)\b")


def _reduced_participle(text: str, spans: list[re.Match], i: int) -> bool:
    start, end = spans[i].span()
    return text[:start].endswith(", ") and text[:start].count(",") == 1 and bool(_PARTICIPLE_PREPOSITION.match(text, end))


# -- definite noun phrases: "the island", "the certification", "The Government" name something
# only an earlier sentence introduced, unless the phrase itself says which one.
# "the city" may stand for a place the clause named before it ("Kabul ... the capital"), and
# "the team" for a body it named ("staff across Mission Mexico ... the team"). The document's
# own subject does not count: the game shows the prompt alone.
_PLACE_NOUNS = {"city", "capital", "nation", "country", "island", "colony", "territory", "state", "town",
                "village", "region", "province", "port", "coast", "coastline", "continent", "republic", "kingdom",
                "planet", "ocean", "sea", "river", "lake", "volcano", "archipelago", "peninsula"}
_BODY_NOUNS = {"agency", "department", "company", "team", "group", "ministry", "government", "council",
               "commission", "committee", "firm", "party", "administration", "legislature", "parliament",
               "court", "board", "governor", "president", "king", "queen", "minister", "emperor", "crown"}
# One of a kind wherever it stands, or made one by its adjective: "the world", "the first", "the largest".
# ("The whole island", "the latest figures": which, as of when?)
_UNIQUE = {"world", "sun", "moon", "earth", "internet", "universe", "public", "atmosphere", "sky", "past",
           "future", "present", "first", "second", "third", "fourth", "fifth", "last", "most", "least",
           "various", "many", "numerous"}
# An average is of a named people, place or time: "In Elizabethan times, the average sentence was
# 50 words long", but "The average temperature is about minus 80 degrees" (of what?).
_AVERAGE = {"average", "median", "typical"}
_SUPERLATIVE = re.compile(r"[a-z]{3,}(?:est|most)$")  # "largest", "foremost"
_NOT_SUPERLATIVE = {"interest", "forest", "protest", "request", "harvest", "conquest", "contest", "inquest",
                    "manifest", "honest", "modest", "arrest", "southwest", "northwest", "midwest", "priest",
                    "latest", "newest"}  # and the two that count from the day of writing
# Capitalised words that are still no name: "The Government", "the Governor", "the Island".
_GENERIC_CAPS = {w.lower() for w in GENERIC_NAME_WORDS} | _PLACE_NOUNS | _BODY_NOUNS | {"treaty", "act", "bill", "war", "church"}
# The words of a definite noun phrase: adjectives and nouns, joined by "and"/"or" ("the bones or shells").
_DEFINITE = re.compile(r"\b[Tt]he (?=((?:(?:and |or )?[\w’'./-]+[,.;:]? ?){1,6}))")
_PHRASE_END = {"of", "in", "at", "on", "from", "to", "for", "by", "with", "as", "that", "which", "who", "whom",
               "whose", "where", "when", "than", "into", "over", "under", "after", "before", "since", "until",
               "during", "between", "among", "about", "against", "through", "but", "because", "while", "if", "is",
               "are", "was", "were", "has", "have", "had", "not", "also", "then", "now", "still", "it", "its",
               "they", "their", "he", "his", "she", "her", "a", "an", "the", "this", "these", "those", "there"}
# What the phrase goes on with: "of Libya", "of argon", "at Cape Canaveral", "found at Xiaochangliang",
# a thing it introduces ("the terms of an omnibus spending bill", "the search for an AirAsia plane"),
# "of 1899", "who work on water mains"; "of the ..." is judged as a phrase of its own. (A time
# says nothing of which: "the span at 9 a.m.", "the system in 2011".)
_SAYS_WHICH = re.compile(
    r"\s*(?:(?:of|in|at|on|from)\s+(?:the\s+)?[_*\"“]?[A-Z]|(?:of|for)\s+an?\s+[\w-]+\s+[\w-]|of\s+\d|of\s+(?!(?:a|an|this|that|these|those|his|her|its"
    r"|their|our|my|your|which|whom)\b)[_*\"“]?[a-z]"
    r"|(?:found|discovered|located|based|kept|buried|excavated|unearthed|housed|built|situated|stationed)"
    r"\s+(?:at|in|on|near)\s+(?:the\s+[a-z]|[A-Z])|(?:who|that)\s+[a-z])")

# A stretch of time dated by what follows: "the two decades after 2001".
_TIME_SPAN = re.compile(r"(?:years|decades|centuries|months|weeks|days|period|era)\s+(?:after|before|since|until)\s+\d")


def _unintroduced(text: str, places: tuple[str, ...] = (), about: Subject | None = None) -> bool:
    """Whether a "the ..." phrase anywhere in the text names something the text never introduced
    (or the lead-in names, by a word the document calls it: "Cyprus: The whole island ...")."""
    for match in _DEFINITE.finditer(text):
        phrase, end = [], match.start(1)
        for word in re.finditer(r"[^\s]+", match.group(1)):
            bare = word.group().strip(".,;:’'”\"").removesuffix("’s").removesuffix("'s")
            if not bare or bare.lower() in _PHRASE_END or _VERB.match(bare) and bare not in _NOT_VERBS \
                    or phrase and _plural(phrase[-1]) and _BASE_VERB.match(bare):  # "the latest figures indicate"
                break
            phrase.append(bare)
            end = match.start(1) + word.start() + word.group().index(bare) + len(bare)
            if word.group()[-1] in ".,;:" or re.search(r"[’']s$", word.group()):
                break  # punctuation ends the phrase, and a possessor is what "the" points at: "the country's government"
        if not phrase:
            continue
        lower = [w.lower() for w in phrase]
        # "the capital and largest city": a place is first or largest of some place the text must name
        ranked_place = lower[-1] in _PLACE_NOUNS and not about
        # a name among its modifiers ("the U.S. government", "the term Yin"; not "the Governor alone makes
        # Ordinances"), a date, a term in quotes, or one of a kind
        modifiers = phrase[:([i for i, w in enumerate(phrase) if w.islower()][1:2] or [len(phrase)])[0]]
        if any(w[:1].isupper() and w.lower() not in _GENERIC_CAPS for w in modifiers) or match.group(1)[:1] in "\"“‘" \
                or any(re.match(r"\d{3,4}s?$|\d+(?:st|nd|rd|th)$|\d+/\d+$|mid-", w) or w in _UNIQUE and not ranked_place
                       or w in _AVERAGE and bool(about or _NAME.search(text))
                       or _SUPERLATIVE.match(w) and w not in _NOT_SUPERLATIVE and not ranked_place for w in lower):
            continue
        after = text[end:].removeprefix("’s").removeprefix("'s")
        if _SAYS_WHICH.match(after) or _TIME_SPAN.match(" ".join(lower[-1:]) + after):
            continue
        before = text[:match.start()]
        if re.search(r"[A-Z][\w’'.-]*,\s*$", before) and match.start() not in _subject_starts(text)[1:]:
            continue  # an appositive says what a name is: "The Althing, the legislative assembly, ..."
        head = lower[-1]
        if about and head in about.kinds:
            continue  # "Mars: The planet ..." (not "Cyprus: the town ...")
        if head in _PLACE_NOUNS and (any(place in before for place in (*places, *countries()))
                                     or any(demonym(word) for word in re.findall(r"\b[A-Z][a-z]+", before))):
            continue  # "Mr Obama flew to Nairobi, and the city ..."
        if (head in _BODY_NOUNS or head == "site") and _NAME.search(before):
            continue  # "staff across Mission Mexico ... the team", "Sanxingdui ... the site"
        return True
    return False


# Verbs that report what someone said.
_SAYS = r"(?:said|says|told|added|noted|stressed|warned|explained|wrote)"
# "A group of teenagers", "Two heroes", "About 50 people": a subject counted, but not named.
# (A share is general: "about 95 percent of a population must be immune"; so is "Most
# vaccines" or "A phase three trial".)
_COUNTED_SUBJECT = re.compile(
    r"(?:an? (?:group|number|pair|couple|handful|band|dozen) of|(?:about |some |nearly |almost |at least |more than )?"
    r"(?:\d[\d,.]*|two|three|four|five|six|seven|eight|nine|ten|dozens|hundreds|thousands|millions)"
    r"(?! (?:percent|per cent)\b))\b", re.I)
# (Not in reported speech: "South Africa said Mr Mugabe had told President Zuma ...".)
_PAST_PERFECT = re.compile(rf"^(?:(?!\b{_SAYS}\b).)*?\bhad (?:\w+ly )?(?:been|[a-z]+ed|[a-z]+en|{_IRREGULAR})\b")
_DATED = re.compile(r"\b(?:1\d{3}|20\d{2})s?\b|\b(?:January|February|March|April|May|June|July|August|September"
                    r"|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b")


def _vague_subject(text: str, at: int) -> bool:
    """A subject with "other" in it ("About 36 other people were wounded") stands for a group
    met before; one only counted ("A group of teenagers are sent back to 1981") is met in a
    sentence without a single name to say whose story it is."""
    clause = text[at:]
    words = re.findall(r"[\w’'-]+", clause)
    found = verbs(clause)
    if not found:
        return False
    subject = [w.lower() for w in words[:found[0]]]
    if any(w in ("other", "others") and after != "than" for w, after in zip(subject, subject[1:] + [""])):
        return True
    return bool(_COUNTED_SUBJECT.match(" ".join(subject))) and not _NAME.search(text)


# A clause opened by one of these needs its own verb: "when a conference organizer, unable to
# check back about what Lorenz wanted to call a talk" has one verb for two clauses and the main one.
_SUBORDINATOR = re.compile(r"\b(?:when|while|because|although|though|whereas|unless|whether|who|whom|whose|which|where|what)\b", re.I)


def _unfinished(piece: str) -> bool:
    return len(verbs(piece)) < len(_SUBORDINATOR.findall(piece)) + 1


# Who said a thing is no fact to learn: "..., Mr. ____ said", "said Joe Carbone, who works for
# the ____", "according to ____", "____ said the Taliban would ...". No name there is asked.
# (A warning or an order given is an act, and who gave it a fact: "The Food Standards Agency
# warned people to stay away from slimming products that contained DNP.")
_ATTRIBUTION = re.compile(
    rf",\s+{_SAYS}\b.*$|\baccording to [^,.;]*|(?:^|,\s+)(?:[\w.’'-]+\s+){{1,6}}?{_SAYS}\b"
    r"(?!\s+(?:[a-z]+\s+){1,2}?(?:to\s+(?!(?:the|a|an|me|him|her|us|them|reporters)\b)[a-z]+|against)\b)")


def _attributed(sentence: Sentence, fact: Fact) -> bool:
    at, to = fact.start - sentence.start, fact.end - sentence.start
    return fact.kind in NAME_KINDS and any(start <= at and to <= end for start, end in _spans(_ATTRIBUTION, sentence.text))


# A modal inside a "who"/"how" clause hedges that clause, not the sentence's claim:
# "Afghans who ... might have qualified were left behind", "not sure how they could help".
_EMBEDDED_MODAL = re.compile(r"\b((?:who|how|whether)\b[^,.;]{0,40}?)\b(?:could|might|would|may)\b")
# The writer or the reader in person: "My favorite is simply Remain Co.", "We think ...", "you".
# ("US" is the country.)
_OPINION = re.compile(r"\b(?:[Ww]e|[Oo]urs?|[Oo]urselves|[Mm]y|[Mm]yself|[Mm]e|[Yy]ou|[Yy]ours?|[Ll]et[’']s|us|I)\b")
# A capitalised word, not opening the text, before "I" makes it a numeral: "World War I", "Edward I".
_NUMERAL_I = re.compile(r"(?<=\S)\s+[A-Z][\w.]*\s+$")


def _first_person(text: str) -> bool:
    return any(m.group() != "I" or not _NUMERAL_I.search(text[:m.start()]) for m in _OPINION.finditer(text))


# The writer's judgement, or a reputation, is no fact to learn: "started out from an
# interesting hypothesis", "still seen by many Africans as a liberation hero, is reviled in
# the West as a despot whose disastrous handling ...". (A lexicon such as TextBlob's rates
# "critical", "first" and the name "Lively" as subjective too, and costs nltk.)
_JUDGEMENT = re.compile(
    r"\b(?:interesting|fascinating|intriguing|remarkable|amazing|astonishing|incredible|striking|stunning"
    r"|wonderful|brilliant|excellent|terrible|awful|horrible|disastrous|catastrophic|shocking|promising"
    r"|impressive|beautiful|elegant|clever|ridiculous|absurd|notorious|infamous|heroic|despot\w*"
    r"|reviled|revered|(?:seen|regarded|viewed|hailed|branded|derided|denounced|praised) (?:by [^,.;]{1,40} )?as"
    # an evaluation: "makes a convincing case", "managed successfully", "has its troubles", "is flawed"
    r"|convincing\w*|compelling|persuasive\w*|(?:un)?successful\w*|(?:in)?effective\w*|flawed|admirabl\w+"
    r"|disappointing\w*|surprising\w*|troubles|(?:the )?bottom line|makes? an? (?:\w+ )?case"
    # a praise or rank as what the thing is: "Ireland's economy is advanced", "was already a well-known
    # jazz club owner", "played a pivotal role"; a vague cause: "policies that helped to boost economic growth"
    r"|(?:is|are|was|were|remains?|remained|becomes?|became)\s+(?:(?:very|highly|relatively|particularly|still|now"
    r"|already|widely|internationally|so|most|more)\s+)*(?:an?\s+)?(?:advanced|well[- ]known|famous|renowned|popular"
    r"|important|significant|influential|prominent|prosperous|wealthy|sophisticated|vibrant|thriving|robust|dynamic"
    r"|notable|celebrated|acclaimed|respected|beloved|iconic)"
    r"|(?:pivotal|key|crucial|vital|central|important|significant|major|leading|instrumental) role"
    r"|help(?:s|ed|ing)?\s+(?:to\s+)?(?:boost|improve|increase|spur|fuel|drive|promote|strengthen|foster|stimulate|shape)"
    # a finding told as news of a study, not as the fact: "Recent study shows that ..."
    r"|(?:recent )?(?:study|studies|research|survey|analysis) (?:shows?|showed|finds|found|suggests?|indicates?)"
    # a reporter's non-answer: "A spokeswoman declined to comment on pricing."
    r"|declined to (?:comment|say|elaborate)|(?:could not|couldn’t|couldn't) be reached"
    r"|did not (?:immediately )?(?:respond|reply|return)"
    # the writer's aside: "My favorite is ...", "Frankly, ...", "To be fair, ..."
    r"|favou?rites?|admittedly|frankly|honestly|to be (?:fair|honest)|needless to say)\b", re.I)
_AGO = re.compile(r"\s+(?:years?\s+)?ago\b")
# An example or an analogy is no fact: "a paid membership like at Costco or Sam’s Club",
# "noble gases such as neon". The name after it is not asked.
# (An abbreviation's full stop goes on: "such as Vasilyevsky Island in St. Petersburg, which ...".)
_EXAMPLE = re.compile(r"\b(?:such as|like|e\.g\.|for example|for instance)\b(?:[^.;:—–()]|(?<=\b(?-i:[A-Z][a-z]))\.)*$", re.I)
# One name of an open list, or of a long one, is no fair blank: any island fits "many tropical
# islands including Seychelles, ____, Mauritius", and "Maldives, Tonga, ____, Nauru" is trivia.
_OPEN_LIST = re.compile(r"\b(?:including|includes?|included|among (?:them|others))\b[^.;:—–()]*$", re.I)
# The name is one of several the sentence speaks of: "The Tuotuo is one of three main headstreams",
# "Hobart, one of the oldest cities, ...", "Lyon is among the largest cities".
_ONE_OF = re.compile(r"(?: [A-Z][\w’'-]*)*(?:,| (?:is|was|are|were|remains|remained|became|becomes)(?: also| still| now)?)"
                     r" (?:(?:one|two|three|four|five|some|several|many|each|any|either) of|among)\b")
_LIST_ITEM = r"(?:(?:the|certain|other|some|several|many|most)\s+)?[A-Z][\w’'.-]*(?:\s+(?:(?:of|de|da|du|la|del|the)\s+)*[A-Z][\w’'.-]*)*"
_LONG_LIST = re.compile(rf"{_LIST_ITEM}(?:(?:,\s+(?:and\s+|or\s+)?|\s+(?:and|or)\s+){_LIST_ITEM}){{2,}}")


def _listed(sentence: Sentence, fact: Fact) -> bool:
    """Whether the name is one item of an open list or of a list of three or more names."""
    at, to = fact.start - sentence.start, fact.end - sentence.start
    if fact.kind not in NAME_KINDS:
        return False
    return bool(_OPEN_LIST.search(sentence.text[:at])) \
        or any(start <= at and to <= end for start, end in _spans(_LONG_LIST, sentence.text))


# "The Nile has two major tributaries, the White Nile and Blue Nile": the sentence names what
# it counts, so the count gives itself away, and a changed count is false on sight.
_NAMED_AFTER = re.compile(rf"(?:\s+[\w’'-]+){{0,3}}?\s*[,:—–]\s*(?:namely,?\s+)?({_LIST_ITEM}"
                          rf"(?:(?:,\s+(?:and\s+|or\s+)?|\s+(?:and|or)\s+){_LIST_ITEM})+)\s*(?:[.;)]|$)")


def _counts_its_list(sentence: Sentence, fact: Fact) -> bool:
    named = fact.kind == "number" and _NAMED_AFTER.match(sentence.text, fact.end - sentence.start)
    return bool(named) and len(re.findall(_LIST_ITEM, named.group(1))) == fact.value


@lru_cache(maxsize=64)  # a sentence is searched again for each of its facts
def _spans(pattern: re.Pattern, text: str) -> tuple[tuple[int, int], ...]:
    return tuple(m.span() for m in pattern.finditer(text))


@dataclass
class Candidate:
    question: dict  # a question in pack format, without its id
    fact_keys: tuple  # the facts it asks about
    sentence: tuple[str, int]  # (source id, sentence index): where it came from
    importance: float
    from_documents: float = 0.0  # share of wrong options the documents themselves name
    answers: tuple[str, ...] = ()  # what it asks for: no other question may show these
    span: tuple[int, int] = (0, 0)  # the clause it shows, as offsets in its sentence
    states: tuple[str, ...] = ()  # a true statement's fact: another prompt of its event must not show it

    @property
    def kind(self) -> str:
        return self.question["type"]


def usable(sentence: Sentence, hedges_ok: bool = False) -> bool:
    """Whether a whole sentence can be put in front of a player on its own, as settled fact.

    hedges_ok: for order items, which keep only a sentence's opening clause.
    """
    return not sentence.truncated and sentence.quote is not None and 8 <= len(sentence.text.split()) <= 50 \
        and _stands_alone(sentence.text, hedges_ok)


@lru_cache(maxsize=64)  # a clause is judged again for each fact in it
def _stands_alone(text: str, hedges_ok: bool = False, places: tuple[str, ...] = (), about: Subject | None = None) -> bool:
    text = _untitled(_JOINER.sub("", text))  # what follows "But" is judged as the sentence's opening: "But in fact, ..."
    # In reported speech "would" is "will" told later: "Blinken said the Taliban would need to".
    told = text
    for pattern in (_REPORTED_WOULD, _PROPOSAL_WOULD, _WOULD_TOLD, _EMBEDDED_MODAL):
        told = pattern.sub(r"\1", told)
    hedged = _HEDGE.search(told)
    return (
        not _SPEECH.search(_TERM.sub("term", text))
        and not text.rstrip().endswith("?")  # a question asks, it states nothing: "How many vegans ...?"
        and not _PAGE_MARK.search(text)
        and (hedges_ok or not hedged)
        and not _dangles(text, places, about)
        and not _first_person(text)
        and not _JUDGEMENT.search(text)
        and bool(verbs(text[_subject_starts(text)[-1]:]))  # the main clause has a verb of its own
    )


def blanked(sentence: Sentence, fact: Fact) -> str:
    """The sentence with exactly the fact's span replaced by the blank."""
    at, to = fact.start - sentence.start, fact.end - sentence.start
    return _one_line(sentence.text[:at] + BLANK + sentence.text[to:])


def _one_line(text: str) -> str:
    return " ".join(text.split())


# -- clauses: the part of a sentence that states one fact

# Words that open a sentence with a subordinate or adverbial part: the main clause starts
# after the comma that closes it.
_OPENERS = {
    "in", "on", "at", "after", "before", "during", "following", "over", "with", "without", "when",
    "while", "as", "since", "until", "although", "though", "if", "because", "like", "unlike",
    "despite", "once", "unfortunately", "however", "meanwhile", "by", "from", "for", "under",
    "among", "between", "throughout", "amid", "within", "upon", "through", "across", "around",
    "instead", "later", "earlier", "today", "yesterday", "now", "then", "still", "yet", "also",
    "but", "and", "so", "according", "whereas", "to", "having", "being", "given", "once",
    "of", "about", "against", "into", "near", "beyond", "along", "behind", "beside", "besides",
    "toward", "towards", "outside", "inside", "via", "per",
}
# Words after a comma that start a trailing part a clause can stand without.
_TRAILING = {
    "where", "which", "who", "whose", "whom", "when", "while", "whereas", "but", "and", "or",
    "including", "hours", "days", "weeks", "months", "years", "after", "before", "because",
    "although", "though", "as", "according", "so", "that", "until", "since", "even", "with",
    "making", "leaving", "bringing", "causing", "precipitating", "killing", "ending", "giving",
    "spending", "adding", "saying", "the day", "a day",
    # an appositive about what came before: "Amazon bought Whole Foods in August 2017 for $13.7
    # billion, its largest acquisition and an aggressive move into the grocery business"
    "its", "their",
}
_SEPARATOR = re.compile(r",\s+|\s*;\s+|\s+[—–]\s+|—|\s+\(")
_SAID = re.compile(r"^(?:said|says|told|added|noted|stressed|warned|wrote|according)\b")
_PRONOUN_SAID = re.compile(r"^(?P<p>He|She) (?=(?:said|says|told|added|noted|stressed|warned)\b)")
_MIN_WORDS = 6
# A word that only adds the sentence to the one before, or gives the writer's feeling about
# it: the claim after it stands alone, and a prompt starts after it ("Moreover, the Neolithic
# ...", "Unfortunately, as American troops concluded ..."). A contrast ("However",
# "Nonetheless") or a time ("Meanwhile") set against the sentence before is no such word.
_JOINER = re.compile(r"^(?:(?:Moreover|Furthermore|Additionally|In addition|Indeed|In fact|Of course"
                     r"|Unfortunately|Fortunately|Sadly|Happily|Surprisingly|Interestingly"
                     r"|Notably|Importantly|Ironically|Tragically),\s+|(?:But|And|Yet) (?=[a-z]+ ))")
_REPORTED_WOULD = re.compile(r"^((?:[A-Z][\w.’'-]* ){1,3}said (?:that )?(?:the )?(?:[\w.’'-]+ ){1,4})would\b")
# The same told after the fact by those who run it: "Around 30 ships ... would search up to 10,000 square
# nautical miles on Tuesday, officials said." (Not a condition: "... would be 350,000 below the peak if ...,
# officials said"; not a forecast or a view: "The law would be a disaster, critics said".)
_WOULD_TOLD = re.compile(r"^(?!.*\b(?:if|unless|otherwise|without|excluding)\b)(.*?)\bwould\b(?=(?:[^,;]|,(?=\d))*,\s+"
                         r"(?:[\w.’'-]+\s+){0,4}(?:officials|authorities|police|investigators|prosecutors|spokes(?:man|woman|person)"
                         r"|company|agency|ministry|department|government|military|army|navy|coast guard)\s+(?:said|says|told reporters)\W*$)",
                         re.I)
# What a proposed law or deal would do is what it says, not a guess: "A new Bill would require telecommunications
# service providers to store so-called 'metadata' for two years." (Not what it would cost or bring about.)
_PROPOSAL_WOULD = re.compile(
    r"^(?!.*\b(?:if|unless|otherwise)\b)(.*?\b(?:bill|law|legislation|proposal|measure|amendment|regulations?|treaty"
    r"|agreement|deal)\b(?:\s+[\w’'-]+){0,3}?\s+)would(?=\s+(?:also\s+)?(?:require|allow|ban|bar|prohibit|grant|give|provide"
    r"|create|establish|extend|limit|raise|lower|exempt|permit|force|oblige|impose|protect|replace|end)\b)", re.I)
# Where a purpose or hope is added without a comma: the clause before it states the fact.
PURPOSE = re.compile(r" (?:with the hope that|in the hope that|in the hope of|hoping that|in an? (?:desperate |last-ditch )?(?:bid|attempt|effort) to|so that|in order to)\b")
# Where a relative clause only hedges what came before: "an AirAsia plane carrying 162 people that is
# presumed to have crashed ...". The clause before it states the fact; the guess is left out.
_HEDGED_RELATIVE = re.compile(r",? (?:that|which|who) (?:is|was|are|were|had been|has been|have been) (?:widely )?"
                              r"(?:presumed|believed|thought|feared|suspected|reported|rumou?red|alleged|said|expected) to\b")


@dataclass(frozen=True)
class Clause:
    """A stretch of a sentence that states a fact on its own: a prompt is built from it."""
    start: int  # offsets in the sentence's text
    end: int
    subject: str = ""  # stands for a leading "He" or "She" ("Blinken")
    pronoun: str = ""
    lead: str = ""  # the document's subject, named before the prompt when the clause does not name it

    def text(self, sentence: Sentence) -> str:
        return self.subject + sentence.text[self.start + len(self.pronoun): self.end]

    def shift(self) -> int:
        return len(self.subject) - len(self.pronoun)


@lru_cache(maxsize=64)  # the same for each fact of the sentence
def _cuts(sentence: Sentence, facts: tuple[Fact, ...]) -> tuple[list[int], list[int]]:
    """Where a clause may start and where it may end, as offsets in the sentence's text."""
    text = sentence.text
    inside = [(f.start - sentence.start, f.end - sentence.start) for f in facts]
    first_word = re.match(r"[\W]*(\w+)", text)
    opener = bool(first_word) and first_word.group(1).lower() in _OPENERS
    main = None if opener else 0  # where the main clause starts
    joiner = _JOINER.match(text)
    starts, ends = [joiner.end() if joiner else 0], []
    ends += [match.start() for pattern in (PURPOSE, _HEDGED_RELATIVE) for match in pattern.finditer(text)]
    for match in _SEPARATOR.finditer(text):
        at = match.start()
        if any(a <= at < b for a, b in inside):
            continue  # "Oct. 7, 2001" is one fact
        mark = match.group().strip()
        following = text[match.end():]
        word = re.match(r"\w+(?: day)?", following)
        next_word = word.group().lower() if word else ""
        if ":" in text[:at]:
            continue  # "two announcements: first, ...; second, ...": what the colon announces is one whole
        if mark == ";":
            starts.append(match.end())
            ends.append(at)
            main = match.end() if main is None else main
            continue
        if mark in ("—", "–") and len(re.findall(r"[—–]", text)) > 1:
            # Within a pair of dashes: the clause ends here only if it goes on after the second
            # with a new part ("— but likely closer to 100 — and wanted to leave"), not with
            # more of itself ("500 leaks — most of them nonemergencies — in a typical month").
            after = re.split(r"[—–]", text[at:].lstrip("—– "), maxsplit=1)
            word = re.match(r"\s*(\w+)", after[-1])
            if len(after) == 1 or not word or word.group(1).lower() not in _TRAILING | {"and", "or", "but"}:
                continue
        if mark == "(" and re.search(r"\)\W*\w", text[at:]):
            continue  # an aside with words after it
        if mark == ",":
            if main is None:
                # "In 1975, in a project sponsored by the U.S. Navy, the formula was ...": a second opener
                if next_word.split(" ")[0] not in _TRAILING | _OPENERS:
                    main = match.end()  # the opener ends here
                continue
            before = text[:at]
            if next_word in ("and", "or") and (len(re.split(r"[,;—(]", before)[-1].split()) <= 4
                                               or "," in before[main:].split(";")[-1]):
                continue  # "Americans, foreign nationals, and at-risk Afghans": a list
            trailing = (next_word in _TRAILING or next_word.split(" ")[0] in _TRAILING
                        or _SAID.match(following) or re.match(r"(?:[A-Z][\w.’'-]* ){1,5}(?:said|says)\b", following)
                        or (next_word in ("the", "a", "an") and re.search(r"(?:[A-Z][\w.’'-]*|\d)$", before))
                        or sentence.truncated)
            if not trailing:
                continue
        elif main is None:
            continue
        if at > (main or 0) and len(text[main or 0:at].split()) >= 3:
            ends.append(at)
    return starts, sorted(set(ends))


def clause_for(sentence: Sentence, fact: Fact, facts: list[Fact], subjects: dict[int, str],
               about: Subject | None = None) -> Clause | None:
    """The shortest clause of the sentence that holds the fact and stands on its own, with
    the document's subject `about` as its lead-in if it does not name it."""
    text = sentence.text
    at, to = fact.start - sentence.start, fact.end - sentence.start
    starts, ends = _cuts(sentence, tuple(facts))
    start = max(s for s in starts if s <= at)
    candidates = [e for e in ends if e >= to] + ([] if sentence.truncated else [len(text)])
    places = tuple(f.text for f in facts if f.kind == "place")
    for end in candidates:
        piece = text[start:end]
        if file_words(sentence, start, end) is None:
            continue  # the file's words differ from the plain view here ("continents,[6] or"): no cut
        if end != len(text) and _unfinished(piece):
            continue  # a cut inside a "when" clause
        if not (_MIN_WORDS <= len(piece.split()) <= 50):
            continue
        pronoun = _PRONOUN_SAID.match(piece) if start == 0 else None
        lead = about.name if about and not names_subject(piece, about.name) else ""
        clause = Clause(start, end, lead=lead)
        if pronoun:
            subject = subjects.get(id(sentence))
            if not subject:
                return None
            clause = Clause(start, end, subject, pronoun.group("p"), lead)
        if _stands_alone(clause.text(sentence), places=places, about=about if lead else None):
            return clause
    return None


def file_words(sentence: Sentence, start: int, end: int) -> str | None:
    """The file's own words for sentence.text[start:end], or None where they differ. A
    sentence a link cuts has no quote, but a clause inside one verbatim run of it has:
    "The first examples of neon in the United States debuted in Los Angeles, where the
    <a>Packard Motor Car Company</a> ..." still quotes its opening clause."""
    if sentence.quote is not None:
        whole = (start, end) == (0, len(sentence.text))
        return sentence.quote if whole else sentence.quote[start:end] if sentence.quote[start:end] == sentence.text[start:end] else None
    at = sentence.text.find(sentence.run) if sentence.run else -1
    return sentence.text[start:end] if 0 <= at <= start and end <= at + len(sentence.run) else None


def _subjects(sentences: list[Sentence], facts: list[list[Fact]]) -> dict[int, str]:
    """For a sentence opening "He said", the one person the sentence before names."""
    found = {}
    for index, sentence in enumerate(sentences):
        if index and _PRONOUN_SAID.match(sentence.text):
            people = {f.text for f in facts[index - 1] if f.kind == "person"}
            if len(people) == 1:
                found[id(sentence)] = people.pop()
    return found


def _prompt(sentence: Sentence, clause: Clause, at: int, to: int, middle: str) -> str:
    """The clause's words with sentence offsets [at, to) replaced by `middle`, as a sentence."""
    text = clause.text(sentence)
    shift = clause.shift() - clause.start
    out = text[: at + shift] + middle + text[to + shift:]
    out = _one_line(out)
    if clause.end != len(sentence.text):
        out = out.rstrip(",;:—– ") + "."
    return framed(clause.lead, out[:1].upper() + out[1:])


def framed(lead: str, prompt: str) -> str:
    """The prompt after its lead-in: "Mars: The average temperature is about ____ degrees"."""
    return f"{lead}: {prompt}" if lead else prompt


def _clause_quote(source: str, sentence: Sentence, clause: Clause) -> dict:
    return {"source": source, "text": _one_line(file_words(sentence, clause.start, clause.end))}


def _article_classes(sentences: list[Sentence], facts: list[list[Fact]]) -> dict[str, bool]:
    """Whether each name is written after "the" in its documents ("the United States")."""
    votes: dict[str, list[int]] = {}
    for sentence, sentence_facts in zip(sentences, facts):
        for fact in sentence_facts:
            if fact.kind in NAME_KINDS:
                before = sentence.text[: fact.start - sentence.start]
                votes.setdefault(fact.text, []).append(bool(re.search(r"\b[Tt]he $", before)))
    return {name: sum(v) * 2 > len(v) for name, v in votes.items()}


def candidates(source: str, sentences: list[Sentence], facts: list[list[Fact]],
               rng: random.Random, importance, title: str = "", years: dict[int, str] | None = None) -> Iterator[Candidate]:
    """choice, true_false, text and number candidates, each from the clause holding its fact.

    title: what the document calls itself, which may name its subject ("Cyprus").
    years: by sentence index, the year a dated list entry gives a sentence of it that does not
    name it: the prompt names it first, as a lead-in ("1879: A seismograph is developed in ____")."""
    subjects = _subjects(sentences, facts)
    pool = Pool([f for sentence_facts in facts for f in sentence_facts])
    full_names = _full_names(facts)
    alone = _alone_counts(sentences, facts)
    mentions = _mentions(facts)
    often = _often_named(sentences, facts)
    about = document_subject(sentences, facts, often, title)
    articles = _article_classes(sentences, facts)
    short = _short_names(sentences, facts)
    named_countries = {f.text for sentence_facts in facts for f in sentence_facts if f.text in countries()}
    for index, (sentence, sentence_facts) in enumerate(zip(sentences, facts)):
        if sentence.quote is None and sentence.run is None or len(sentence.text.split()) > 80:
            continue
        year = (years or {}).get(index, "")
        for fact in sentence_facts:
            if fact.kind == "date" and fact.value[0] is None and fact.detail != "day" or _attributed(sentence, fact) \
                    or _EXAMPLE.search(sentence.text[: fact.start - sentence.start]) or _listed(sentence, fact) \
                    or _counts_its_list(sentence, fact):
                continue
            clause = clause_for(sentence, fact, sentence_facts, subjects, about if about and not year and not (
                index and _rival(sentences[index - 1].text, about)) else None)
            if clause is None:
                continue
            clause = replace(clause, lead=year or clause.lead)
            # A short name alone as the subject is no one's, unless it is the blank: "____ had
            # almost given up his search for a moon of Mars" (Hall). A statement shows it.
            at, to = fact.start - sentence.start, fact.end - sentence.start
            named_alone = _short_name_subject(clause.text(sentence), short)
            if named_alone and _short_name_subject(clause.text(sentence).replace(fact.text, "someone", 1), short):
                continue
            weight = importance(sentence, fact, clause)
            where = (source, index)
            prompt = _prompt(sentence, clause, at, to, BLANK)
            # only the true statement, which names the answer, may come from a thin prompt
            others = [f for f in sentence_facts if f is not fact and clause.start <= f.start - sentence.start < clause.end]
            thin = _thin(prompt, clause, others)
            wrong, known = distractors(fact, pool, prompt, rng, articles=articles)
            quote = _clause_quote(source, sentence, clause)
            answers = (fact.text,)
            # The same name in another sentence is another fact; a true statement is about
            # its whole clause.
            keys = ((fact.key, source, index),)
            span = (clause.start, clause.end)
            # Naming what the document is about is no recall: only a false statement.
            asks_subject = importance.is_subject(fact) or fact.text.casefold() in often
            # "The ____ is one of three main headstreams": the others are as right, and may be
            # the options or the change. Only the statement as written is sure.
            one_of = bool(_ONE_OF.match(sentence.text, to))
            if len(wrong) >= 2 and not asks_subject and not one_of and not thin:
                yield Candidate({"type": "choice", "prompt": prompt, "answer": fact.text, "wrong": wrong, "quote": quote},
                                keys, where, weight, _named_share(fact, wrong, known), answers, span)
            # A false statement needs one good rival, not three: the nearest one.
            change, known = distractors(fact, pool, prompt, rng, want=1, articles=articles)
            # The document's subject has a hand in most of what it tells: "The Mozilla Foundation
            # provides project hosting for the Firefox developers" may well be true.
            changed = change and change[0].casefold() not in often and _prompt(sentence, clause, at, to, change[0])
            if changed and _short(changed) and not named_alone and not one_of and not thin:
                yield Candidate({"type": "true_false", "prompt": changed, "answer": False, "quote": quote},
                                keys, where, weight, _named_share(fact, change, known), answers, span)
            statement = _prompt(sentence, clause, at, to, sentence.text[at:to])
            # One whose only fact is the document's subject states nothing a player could get
            # wrong ("The Renaissance has a long and complex historiography") unless it ranks or
            # counts ("Mars is the fourth planet from the sun").
            if _short(statement) and not named_alone and (others or not asks_subject or _RANKS.search(statement)):
                yield Candidate({"type": "true_false", "prompt": statement, "answer": True, "quote": quote},
                                (("clause", source, index, clause.start, clause.end),), where, weight * 0.9, span=span,
                                states=answers)
            # "the ____ crown" -> Norwegian: "Norway" is as right; "The ____ threat" -> Hunnic: a
            # player who types "Huns" is right too, and no rule spells that.
            nouns = _countries_of(fact.text, named_countries) if _adjective(sentence, fact) else None
            if _typable(fact) and not asks_subject and not one_of and not thin and nouns != [] \
                    and _recallable(fact, sentence, sentence_facts, mentions):
                accept = accepted(fact, full_names, alone) + (nouns or [])
                question = {"type": "text", "prompt": prompt, "answer": fact.text, "quote": quote}
                if accept:
                    question["accept"] = accept
                yield Candidate(question, keys, where, weight * 0.95, 0.0, answers, span)
            # "dated 1.27 million years ago": an age to the decimal is no number to type from memory
            if fact.kind in NUMERIC_KINDS and fact.written == "digits" and not _AGO.match(sentence.text, to) and not thin:
                yield Candidate(_number_question(sentence, clause, fact, quote), keys, where, weight * 0.95, 0.0, answers, span)


def _short_names(sentences: list[Sentence], facts: list[list[Fact]]) -> set[str]:
    """One-word names the document also writes as the end of a person's longer name ("Wein"
    of "George Wein") or as the first word of a company's ("Taylor" of "Taylor International
    Corp."). Alone as a prompt's subject, such a name reads as anyone's: who is Wein, who is
    Taylor? (A place keeps its name, and a word the text also writes in lower case is no one's
    name: "Jazz" of "Newport Jazz".)"""
    kinds = {f.text: f.kind for sentence_facts in facts for f in sentence_facts if f.kind in NAME_KINDS}
    found = {_surname(name) for name, kind in kinds.items() if kind == "person" and " " in name}
    found |= {name.split()[0] for name, kind in kinds.items()
              if kind == "org" and " " in name and name.split()[0] not in kinds and re.fullmatch(r"[A-Z][a-z]+", name.split()[0])}
    for sentence in sentences:
        for chain in re.finditer(r"(?:(?<=[a-z,;] )|^)(?!(?:Mr|Mrs|Ms|Dr|Sir|Dame|Miss|Prof|St)\b)([A-Z][a-z]+)(?: [A-Z][\w.’'-]*)* ([A-Z][a-z]+)\b",
                                 sentence.text):
            if chain.start() or _first_word_is_name(chain.group() + " "):  # not "Today Washington"
                found.add(chain.group(2))
    lower = {w for sentence in sentences for w in re.findall(r"\b[a-z]+\b", sentence.text)}
    return {name for name in found if name.lower() not in lower and kinds.get(name) not in ("place", "org")
            and name not in GENERIC_NAME_WORDS} - set(countries())


def _short_name_subject(text: str, short: set[str]) -> bool:
    """Whether the clause's subject is one of the short names alone: "Wein was already ...",
    "In 2007, Taylor employed 500 people" (not "Wein's Festival Productions", nor a speaker:
    "Blinken said Washington had shifted ..." tells what Washington did)."""
    return any((m := re.match(rf"\W*([A-Z][\w.-]*) (?!{_SAYS}\b)(?=[a-z])", text[at:])) and m.group(1) in short
               for at in _subject_starts(text))


def _named_share(fact: Fact, wrong: list[str], known: int) -> float:
    """The share of rivals the documents name, which ranks a name's question higher. Not for
    numbers: rewarding them would favour answers at one end (the documents' other years
    mostly lie before the answer), and a blind "pick the largest" would win."""
    return known / len(wrong) if fact.kind in NAME_KINDS else 0.0


# A true or false statement is judged in one reading: a 40-word copy of a sentence, with its
# "the source ... told Reuters" tail, is a reading test, not a fact.
_STATEMENT_WORDS = 26


# A short prompt with no fact or name but its blank (nothing else named, dated or counted) says too little
# to tell what it is about: "The ____ is relatively shallow." (any sea is). A lead-in names the subject.
_THIN_WORDS = 8


def _thin(prompt: str, clause: Clause, others: list[Fact]) -> bool:
    return not others and not clause.lead and len(prompt.split()) <= _THIN_WORDS \
        and not _NAME.search(prompt) and not _first_word_is_name(prompt)


# A rank, a superlative or a count: what a false statement could change.
_RANKS = re.compile(rf"\d|\b(?:{'|'.join(ORDINAL_WORDS)}|last|only|most|least|one|two|three|four|five|six|seven|eight|nine|ten"
                    r"|hundreds?|thousands?|millions?|half|[a-z]+-(?:half|thirds?|quarters?|fifths?))\b"
                    r"|\b(?:the|world[’']s|its|their)\s+[a-z]+est\b", re.I)


def _short(statement: str) -> bool:
    return len(statement.split()) <= _STATEMENT_WORDS


# A people's or place's adjective before its noun: "The Hunnic threat", "the Roman province".
# A player who knows it types the people ("Huns") as often as the adjective: a choice is fair.
_ADJECTIVE_END = re.compile(r"(?:ic|ish|ese|ian|ean|an)$")
_FUNCTION_WORD = re.compile(r"(?:and|or|but|nor|of|in|on|at|to|for|with|by|from|as|than|that|which|who|whose|where|when"
                            r"|is|are|was|were|has|have|had|also|still|then|now|itself|alone)$")


# Endings no subject's name has: before a plural noun they are a people's adjective ("the
# southern Danish islands"), where "Taiwan says" is a subject and its verb.
_PEOPLE_END = re.compile(r"(?:ish|ese|ic)$")


def _adjective(sentence: Sentence, fact: Fact) -> bool:
    after = re.match(r" ([a-z][\w-]*)", sentence.text[fact.end - sentence.start:])
    word = fact.text
    plural_ok = bool(_PEOPLE_END.search(word))
    return " " not in word and bool(after) and (bool(_ADJECTIVE_END.search(word)) or demonym(word)) \
        and not (_VERB.match(after.group(1)) or not plural_ok and _S_FORM.match(after.group(1))
                 or _FUNCTION_WORD.match(after.group(1)))


def _countries_of(adjective: str, names: set[str]) -> list[str]:
    """The country the documents name that the adjective is made from, its name but for its last
    two letters at most: "Norwegian" -> "Norway", "Chinese" -> "China" (not "Roman" -> "Romania")."""
    return [name for name in names if len(os.path.commonprefix([name, adjective])) >= max(4, len(name) - 2)][:1]


def _typable(fact: Fact) -> bool:
    """Whether a player who knows the answer would type it as written: a person's name (its
    surname is accepted too), an operation (its own name too), or a name of one or two words.
    No one types "Egypt's Islamist Muslim Brotherhood" word for word."""
    words = len(fact.text.split())
    limit = {"person": 3, "operation": 4}.get(fact.kind, 2)
    return fact.kind in NAME_KINDS and words <= limit


def _mentions(facts: list[list[Fact]]) -> Counter:
    """How often the documents name each name (folded), a person's surname counted with them."""
    found: Counter = Counter()
    for fact in (f for sentence_facts in facts for f in sentence_facts if f.kind in NAME_KINDS):
        found[fact.text.casefold()] += 1
        if fact.kind == "person" and " " in fact.text:
            found[_surname(fact.text).casefold()] += 1
    return found


def _often_named(sentences: list[Sentence], facts: list[list[Fact]], also: tuple[str, ...] = ()) -> set[str]:
    """The names (folded) the document writes again and again, also inside longer names and
    possessives: its subject, author or publisher ("Google" in "Google’s SRE teams", "Google
    SRE", "at Google"), which a player names by guessing, not by recall. also: other names to
    count, such as the document's title."""
    text = " ".join(sentence.text for sentence in sentences)
    names = {f.text for sentence_facts in facts for f in sentence_facts if f.kind in NAME_KINDS} | set(also)
    # str.count is never below the whole-word count, and rules most names out at once.
    return {name.casefold() for name in names if text.count(name) >= SUBJECT_MENTIONS
            and len(re.findall(rf"(?<![\w-]){re.escape(name)}(?![\w-])", text)) >= SUBJECT_MENTIONS}


# -- the document's subject: what an encyclopedia article, gazetteer or explainer is about

# Such a document says early what its subject is, and what kind of thing: "Mars is the fourth
# planet from the sun", "The Island of Cyprus is situated in ...", "The ATLANTIC OCEAN is the
# second largest ...". A news story opens on an event; its most named person or place is no
# subject to frame a prompt with.
_OPENING = 8  # sentences


class Subject(NamedTuple):
    name: str
    kinds: frozenset[str]  # what the document calls it: "planet", "island", "ocean"


def document_subject(sentences: list[Sentence], facts: list[list[Fact]], often: set[str],
                     title: str = "") -> Subject | None:
    """The one thing, not a person, the document names again and again and defines at its
    opening, else its title when that is a short name the document writes again and again
    (an encyclopedia article, a gazetteer entry: "Cyprus"), or None."""
    persons = {f.text for sentence_facts in facts for f in sentence_facts if f.kind == "person"}
    titled = title if _TITLE_NAME.fullmatch(title) and title not in persons \
        and _often_named(sentences, [], (title,)) else ""
    names = sorted({f.text for sentence_facts in facts for f in sentence_facts
                    if f.kind in NAME_KINDS and f.kind != "person" and f.text.casefold() in often} | {titled} - {""},
                   key=len, reverse=True)
    for sentence in sentences[:_OPENING]:
        text = re.sub(r"\s*\([^()]*\)", "", sentence.text)  # "The Black Death (also known as ...) was a"
        # An encyclopedia writes its subject in capitals as it defines it: "The YANGTZE or YANGZI
        # is the longest river in Asia", and "Yangtze" in the rest of its text.
        capitals = re.match(r"(?:[Tt]he )?([A-Z]{2,}(?: [A-Z]{2,}){0,3})\b", text)
        if capitals and _often_named(sentences, [], (capitals[1].title(),)):
            names = [capitals[1].title(), *names]
        for name in names:
            defined = re.match(rf"(?:the )?(?:(?P<kind>[a-z]+) of )?{re.escape(name)}(?-i:(?: or [A-Z]{{2,}}(?: [A-Z]{{2,}})*)?)"
                               r" (?:is|are|was|were)"
                               r" (?:(?:a|an|the|one) (?P<what>[^,;:.]+)|situated|located)\b", text, re.I)
            if defined:
                # the noun the definition ends on: "the fourth planet from the sun" -> "planet"
                words = re.split(r"\s+", defined["what"] or "")
                ends = [i for i, w in enumerate(words) if w.lower() in _PHRASE_END or re.search(r"(?:ed|ing)$", w)]
                kinds = {w.lower() for w in (defined["kind"], *words[:ends[0] if ends else None][-1:]) if w}
                kinds |= {w.lower() for w in name.split() if w in GENERIC_NAME_WORDS}
                return Subject(name, frozenset(kinds))
    return Subject(titled, frozenset(w.lower() for w in titled.split() if w in GENERIC_NAME_WORDS)) if titled else None


def _rival(text: str, about: Subject) -> bool:
    """Whether the text brings in another thing of the subject's kind, which an "it" after it
    may stand for: "The name comes from a fabled river. In antiquity, it was called the Yak
    River" (a stretch of the Yangtze, not the Yangtze), "... joins the Dangqu River." Not what
    the subject is said to be: "The Yangtze is the longest river in Asia. It rises in ..."."""
    if not about.kinds:
        return False
    kinds = "|".join(map(re.escape, sorted(about.kinds)))
    own = re.sub(rf"(?<![\w-]){re.escape(about.name)}(?: (?:{kinds}))?(?![\w-])", "", text, flags=re.I)
    return bool(re.search(rf"(?<!\bis )(?<!\bwas )\b(?:[Aa]n?|[Aa]nother) (?:[\w-]+ ){{0,2}}(?i:{kinds})\b"
                          rf"|\b[A-Z][\w-]+ (?:{'|'.join(k.title() for k in sorted(about.kinds))})\b", own))


# A title that is a name of one to four words, each capitalised but for a joining word:
# "Cyprus", "St. Helena", "Isle of Man"; not a headline or "Physical characteristics".
_TITLE_NAME = re.compile(r"[A-Z][\w.’'-]*(?: (?:of|and|the|de|del|la)?(?: ?[A-Z][\w.’'-]*)){0,3}")


def names_subject(text: str, subject: str) -> bool:
    """Whether the text names the subject, by its whole name or its own words ("the North
    Atlantic" names the "Atlantic Ocean")."""
    own = " ".join(w for w in subject.split() if w not in GENERIC_NAME_WORDS) or subject
    return any(re.search(rf"(?<![\w-]){re.escape(name)}(?![\w-])", text, re.I) for name in {subject, own})


def _recallable(fact: Fact, sentence: Sentence, sentence_facts: list[Fact], mentions: Counter) -> bool:
    """Whether a player who read the document could type the answer and be the only one right:
    a name it gives twice or a country ("Xinzheng", named once, is for a choice question), and,
    for a place, no other place beside it that would be as true ("broke up over ____" in a
    sentence naming a Russian craft over the Tuva region; "in Italy, Poland, Germany and ____")."""
    names = [fact.text] + ([_surname(fact.text)] if fact.kind == "person" else [])
    if max(mentions[name.casefold()] for name in names) < 2 and fact.text not in countries():
        return False
    if fact.kind != "place":
        return True
    others = [f for f in sentence_facts if f.kind == "place" and f.text != fact.text]
    words = re.findall(r"\b[A-Z][a-z]{3,}\b", sentence.text)
    return not others and not any(demonym(w) and len(os.path.commonprefix([w, fact.text])) < 4 for w in words)


def _surname(name: str) -> str:
    """The last word with the particles before it: "Harry D. Kitson" -> "Kitson",
    "Osama bin Laden" -> "bin Laden"."""
    match = re.search(r"(?:\b(?:bin|ibn|al|van|von|der|de|del|da|di|du|la|le) )*\S+$", name)
    return match.group()


def _full_names(facts: list[list[Fact]]) -> dict[str, set[str]]:
    """The full names the documents give each surname ("Michael Shadlen" for "Shadlen") and each
    name they also write with its kind ("Tongtian River" for "Tongtian")."""
    found: dict[str, set[str]] = {}
    for fact in (f for sentence_facts in facts for f in sentence_facts):
        words = fact.text.split()
        if fact.kind == "person" and len(words) > 1:
            found.setdefault(_surname(fact.text), set()).add(fact.text)
        elif fact.kind in NAME_KINDS and len(words) > 1 and words[-1] in GENERIC_NAME_WORDS:
            found.setdefault(" ".join(words[:-1]), set()).add(fact.text)
    return found


def _alone_counts(sentences: list[Sentence], facts: list[list[Fact]]) -> Counter:
    """How often the documents write each word outside the people's full names: "Yoon" alone
    26 times beside "Yoon Suk Yeol", "Scott" once beside "Craig Roberts Scott"."""
    people = sorted({f.text for sentence_facts in facts for f in sentence_facts if f.kind == "person" and " " in f.text},
                    key=len, reverse=True)
    found: Counter = Counter()
    for sentence in sentences:
        text = sentence.text
        for name in people:
            text = text.replace(name, " ")
        found.update(re.findall(r"[A-Za-z][\w-]*", text))
    return found


def _first_and_surname(name: str) -> list[str]:
    """"Craig Roberts Scott" -> "Craig Scott": how a player who knows him types him."""
    surname = _surname(name)
    first = name.split()[0]
    return [f"{first} {surname}"] if len(name.split()) > len(surname.split()) + 1 and not first.endswith(".") else []


def accepted(fact: Fact, full_names: dict[str, set[str]], alone: Counter | None = None) -> list[str]:
    """Other typed answers that name the same thing: each part of a person's name the documents
    write alone for them (`alone`: word counts outside full names; "Yoon" of "Yoon Suk Yeol",
    whose family name comes first), else the surname; the one full name the documents give a
    surname or a bare name ("Tongtian River"), an operation's own name."""
    words = fact.text.split()
    if fact.kind == "person" and len(words) > 1:
        surname = _surname(fact.text)
        parts = [w for w in words[: len(words) - len(surname.split())] if not w.endswith(".")] + [surname]
        # not a word the text also writes in lower case: "Will" of "Will Smith" starting a sentence
        used = [p for p in parts if alone and alone[p.split()[-1]] and not alone[p.split()[-1].lower()]]
        return (used or [surname]) + (_first_and_surname(fact.text) if surname in used or not used else [])
    names = full_names.get(fact.text, set())
    if fact.kind == "person" or len(words) == 1 and len(names) == 1:  # not "Yangtze River" -> "... Delta"
        return sorted(names) + [n for name in names for n in _first_and_surname(name)] if len(names) == 1 else []
    if fact.kind == "operation":
        return [" ".join(words[1:])]
    ordinal = re.fullmatch(r"(\d+)(?:st|nd|rd|th)", fact.text)
    if ordinal and int(ordinal.group(1)) < 100:
        return [_ordinal_word(int(ordinal.group(1)))]  # "20th" -> "twentieth"
    if fact.detail == "site" and len(words) > 1:
        # "Suez Canal" -> "Suez", "Aleutian Islands" -> "Aleutian", "Aleutians"
        core = " ".join(words[:-1])
        return [core] + ([core + "s"] if words[-1].endswith("s") and not core.endswith("s") else [])
    return []


_ORDINALS = list(ORDINAL_WORDS)  # "first" ... in order: _ORDINALS[n - 1] is the word for n
_TENS = ("", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety")


def _ordinal_word(n: int) -> str:
    tens, unit = divmod(n, 10)
    if n < 20:
        return _ORDINALS[n - 1]
    return f"{_TENS[tens]}-{_ORDINALS[unit - 1]}" if unit else _TENS[tens][:-1] + "ieth"


def _number_question(sentence: Sentence, clause: Clause, fact: Fact, quote: dict) -> dict:
    """A typed number: the blank covers the digits only; the unit is shown beside the box."""
    digits = re.search(r"\d[\d,]*(?:\.\d+)?", fact.text)
    at = fact.start - sentence.start + digits.start()
    prompt = _prompt(sentence, clause, at, at + len(digits.group()), BLANK)
    value = float(digits.group().replace(",", ""))
    question = {"type": "number", "prompt": prompt, "answer": int(value) if value.is_integer() else value, "quote": quote}
    if value >= 1000:
        question["tolerance"] = int(value // 100)  # one per cent: a reader who recalls "about 122,000" knows it
    # The unit is what the digits are in: the scale and unit written after them ("million km",
    # "billion" after "$1.5") and what a number counts ("million jobs": "1.1 jobs" would be wrong).
    written = fact.text[digits.end():].strip()
    unit = "%" if fact.kind == "percent" else f"{written} {fact.detail}".strip() if fact.kind == "number" else written
    if unit:
        question["unit"] = unit
    return question
