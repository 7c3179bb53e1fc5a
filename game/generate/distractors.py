"""Wrong options of the same kind and shape as the answer.

Taken first from the same documents (another city the text names for a city, another
year for a year), preferring names the text mentions near the answer: a country named once
far away, in another story, is no rival. Then by plausible change: numbers in the same
written format, nearby years in the documents' span, other decades of the same century,
other centuries of the same era.
Numeric and date options put the answer at a rank drawn uniformly, and a question whose
answer cannot sit at every rank gets no options, so "pick the middle value" or "pick the
largest" is no better than a guess. The most plausible change comes first: a false
statement takes it.
"""

from __future__ import annotations

import bisect
import calendar
import math
import random
import re
from collections import defaultdict
from functools import lru_cache
from itertools import combinations

from game.generate.facts import (
    GENERIC_NAME_WORDS,
    NAME_KINDS,
    ORDINAL_WORDS,
    SUBJECT_MENTIONS,
    Fact,
    century_of,
    facts_of,
)
from game.textnorm import fold_answer, numbers_in

BLANK = "____"
_WORD_NUMBERS = ["two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve"]
_MONTH_NAMES = ["January", "February", "March", "April", "May", "June", "July", "August",
                "September", "October", "November", "December"]
_MONTH_ABBREVIATIONS = ["Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.", "Sept.", "Oct.", "Nov.", "Dec."]


# How many times as often as any other the main place of a document is named.
_AHEAD = 2


class Pool:
    """A document's facts, indexed once by kind and detail, where wrong options are sought.

    Every fact looks here for others like it; scanning all facts for each would make a
    long document's time grow with the square of its length.
    """

    def __init__(self, facts: list[Fact]):
        self._by: dict[tuple[str, str], list[Fact]] = defaultdict(list)
        # Dates by precision and shape: each one's text with the values it is written for.
        self._dates: dict[tuple[str, str], dict[str, set[tuple]]] = defaultdict(lambda: defaultdict(set))
        for f in facts:
            self._by[f.kind, f.detail].append(f)
            if f.kind == "date":
                self._dates[f.detail, _date_shape(f.text)][f.text].add(f.value)
        self._names: dict[tuple[str, str], list[str]] = {}
        # Where each name is mentioned, and the names it shares a sentence with.
        self.mentions: dict[str, list[int]] = defaultdict(list)
        by_sentence: dict[int, set[str]] = defaultdict(set)
        self.places = {f.text for f in facts if f.kind == "place"}
        for f in facts:
            if f.kind in NAME_KINDS:
                self.mentions[f.text].append(f.start)
                by_sentence[f.sentence].add(f.text)
        for at in self.mentions.values():
            at.sort()  # for distance's search
        self.subject_places = {name for name, at in self.mentions.items()
                               if len(at) >= SUBJECT_MENTIONS and name in self.places}
        # The place the document is about: named far more often than any other ("Scotland" in
        # its history), not one of a few a geography names alike ("Yichang", "Shanghai").
        counts = sorted(((len(self.mentions[name]), name) for name in self.subject_places), reverse=True)
        self.main_place = counts[0][1] if counts and (len(counts) == 1 or counts[0][0] >= _AHEAD * counts[1][0]) else None
        self.beside: dict[str, set[str]] = defaultdict(set)
        for names in by_sentence.values():
            for name in names:
                self.beside[name] |= names - {name}
        years = [f.value[0] for f in facts if _year_given(f)]
        self.earliest_year = min(years, default=None)
        self.latest_year = max(years, default=None)
        # Two days named in one month make a day-by-day account.
        self.days_in_month: dict[int, set[int]] = defaultdict(set)
        for f in facts:
            if f.kind == "date" and f.value[1] is not None and f.value[2] is not None:
                self.days_in_month[f.value[1]].add(f.value[2])
        # Where each year stands: a value given for a neighbouring fact is a trick rival
        # ("1191", the conquest, beside the Lusignan sale of 1192).
        self._years_at = _Places([(f.start, f.sentence, f.value[0]) for f in facts if _year_given(f)])
        self._values_at: dict[tuple[str, str], _Places] = {}

    def like(self, fact: Fact) -> list[Fact]:
        """Facts of the same kind and detail (numbers of people for people)."""
        return self._by.get((fact.kind, fact.detail), [])

    def names(self, fact: Fact) -> list[str]:
        """The distinct names of the fact's kind and detail, sorted."""
        key = fact.kind, fact.detail
        if key not in self._names:
            self._names[key] = sorted({f.text for f in self._by.get(key, [])})
        return self._names[key]

    def distance(self, name: str, fact: Fact) -> int:
        """How many characters lie between the fact and the nearest mention of `name`; 0
        when the two are named in one sentence anywhere ("Kenya" and "Ethiopia" on one trip)."""
        if fact.text in self.beside[name]:
            return 0
        at = self.mentions.get(name)
        if not at:
            return 1 << 30
        i = bisect.bisect_left(at, fact.start)
        return min(abs(at[j] - fact.start) for j in (i - 1, i) if 0 <= j < len(at))

    def near_values(self, fact: Fact) -> set:
        """The years (for a date) or numbers of its kind that the documents give for other
        facts of the fact's sentence or the next or last one (a few entries of a list)."""
        if fact.kind == "date":
            places = self._years_at
        else:
            key = fact.kind, fact.detail
            if key not in self._values_at:
                self._values_at[key] = _Places([(f.start, f.sentence, f.value) for f in self.like(fact)])
            places = self._values_at[key]
        return {value for start, sentence, value in places.near(fact) if start != fact.start and _neighbours(fact, start, sentence)}

    def dates(self, fact: Fact) -> dict[str, set[tuple]]:
        """Dates of the same precision, written in the same shape: text -> values."""
        return self._dates.get((fact.detail, _date_shape(fact.text)), {})


# Characters between two entries of a list told apart by place alone (no sentences).
_ADJACENT = 200


class _Places:
    """Values with where they stand, (start, sentence, value), found near a fact without
    scanning them all: a 1 MB document gives thousands of years, asked about for each date."""

    def __init__(self, entries: list[tuple[int, int, object]]):
        self.by_start = sorted(entries, key=lambda e: e[0])
        self.starts = [e[0] for e in self.by_start]
        self.by_sentence: dict[int, list[tuple[int, int, object]]] = defaultdict(list)
        for entry in entries:
            if entry[1] >= 0:
                self.by_sentence[entry[1]].append(entry)

    def near(self, fact: Fact) -> list[tuple[int, int, object]]:
        """Every entry _neighbours may accept: those of the sentences beside the fact's, and
        those within _ADJACENT characters of it (all that counts for a fact with no sentence)."""
        lo = bisect.bisect_left(self.starts, fact.start - _ADJACENT)
        hi = bisect.bisect_right(self.starts, fact.start + _ADJACENT)
        close = self.by_start[lo:hi]
        if fact.sentence < 0:
            return close
        return [e for e in close if e[1] < 0] + [e for s in (fact.sentence - 1, fact.sentence, fact.sentence + 1)
                                                  for e in self.by_sentence.get(s, ())]


def _neighbours(fact: Fact, start: int, sentence: int) -> bool:
    if fact.sentence >= 0 and sentence >= 0:
        return abs(sentence - fact.sentence) <= 1
    return abs(start - fact.start) <= _ADJACENT


def distractors(fact: Fact, pool: Pool, prompt: str, rng: random.Random, want: int = 3,
                articles: dict[str, bool] | None = None) -> tuple[list[str], int]:
    """Up to `want` wrong options for `fact`, and how many came from the documents.

    One option alone is a false statement's change: it must make the statement plainly
    false to a student who learned the fact, so it stands farther off than an option of
    four, and is no value the documents give nearby for another fact.
    articles: whether the documents write each name after "the"; a wrong name must be of
    the answer's class, so "the ____" or a bare "____" fits every option alike.
    """
    if fact.kind in NAME_KINDS:
        options = _names(fact, pool, prompt, rng, want, articles or {})
        return options, len(options)
    if converted(prompt):
        return [], 0  # arithmetic answers it: "minus 80 degrees Fahrenheit (minus ____ degrees Celsius)"
    if fact.detail in _PARTS_OF_A_WHOLE:
        return [], 0  # the noun fixes the count: "into five halves" is nonsense, not a fact
    rough = approximate(prompt[: prompt.find(BLANK)]) if BLANK in prompt else False
    if fact.kind == "date":
        return _dates(fact, pool, rng, want, rough, bounds_in(prompt.replace(BLANK, " ")))
    # A figure the prompt itself shows is wrong on sight: "up 2.1 percent ..., compared to ____".
    return _numbers(fact, pool, rng, want, rough, shown=set(numbers_in(prompt.replace(BLANK, " "))))


_PARTS_OF_A_WHOLE = {"halves", "thirds", "quarters"}
# A value in brackets right after another value, or a value with its conversion in brackets
# right after it: "17 miles (____ km)", "____ miles (27 km)", "nine miles (____)". Either one
# gives the other.
_VALUE = r"(?:\d|\b(?:" + "|".join(_WORD_NUMBERS) + r")\b)"
_CONVERSION_BEFORE = re.compile(_VALUE + r"[^()\d]{0,30}\([^()\d]{0,20}$")
_CONVERSION_AFTER = re.compile(r"^[^()\d]{0,30}\([^()\d]{0,20}" + _VALUE)


def converted(prompt: str) -> bool:
    """Whether the blank is one side of a unit conversion the prompt shows the other side of."""
    at = prompt.find(BLANK)
    return at >= 0 and bool(_CONVERSION_BEFORE.search(prompt[:at]) or _CONVERSION_AFTER.match(prompt[at + len(BLANK):]))


# Words that mark the value after them as approximate: "dating from around ____", "c. 1600".
_APPROXIMATE = re.compile(r"(?:\b(?:c|ca|approx)\.|\b(?:circa|about|around|approximately|some|roughly|nearly|almost"
                          r"|an estimated|estimated|or so)|~)\s*$", re.I)
# The reference year for how old a date is; a fixed one keeps the output the same every year.
_NOW = 2000
# An approximate date's rivals stand at least this share of its age away: "around 1250 BC"
# against 1230 BC is barely false; against 1050 BC, plainly.
_APPROXIMATE_AGE = 0.05
# ... and an approximate number's at least this ratio away ("about 10" against 12 is no rival).
APPROXIMATE_RATIO = 1.25


def approximate(before: str) -> bool:
    """Whether the words before a value mark it as approximate."""
    return bool(_APPROXIMATE.search(before))


def clear_margin(year: int) -> int:
    """How far a rival must stand from an approximate year: a round step near 5% of its age."""
    least = max(10, _APPROXIMATE_AGE * (_NOW - year))
    return next(step for step in (10, 20, 25, 50, 100, 200, 250, 500, 1000, 2000, 5000, 10_000, 1 << 30) if step >= least)


@lru_cache(maxsize=4096)  # the checks ask again for each wrong option of a prompt
def years_in(text: str) -> tuple[int, ...]:
    """The years of the dates a text names (BC ones below zero), a timeline entry's year
    lead-in too ("1879: A seismograph is developed in ____"), which alone reads as a number."""
    lead = _YEAR_LEAD_IN.match(text)
    return ((int(lead[1]),) if lead else ()) + tuple(f.value[0] for f in facts_of(text) if _year_given(f))


_YEAR_LEAD_IN = re.compile(r"(\d{3,4}): ")


def _year_given(fact: Fact) -> bool:
    """Whether a fact is a date with a year (a century's first year is not one the text gives)."""
    return fact.kind == "date" and fact.value[0] is not None and fact.detail != "century"


@lru_cache(maxsize=4096)
def bounds_in(text: str) -> tuple[int, ...]:
    """The years a text's dates hold a rival year between: a decade or century by both its
    ends ("In the 1330s ... famine, starting in 1331" rules out 1351)."""
    found = []
    for fact in facts_of(text):
        year = fact.value[0] if _year_given(fact) else None
        if year is None:
            continue
        found.append(year)
        if fact.detail == "decade" and year > 0:
            found.append(year + (100 if year % 100 == 0 and fact.text.endswith("00s") else 10))
    return tuple(found)


def keeps_order(year: int, rival: int, bounds: tuple[int, ...]) -> bool:
    """Whether a rival year stands on the answer's side of every other year of its sentence:
    "reached St. Helena at the end of ____, and Ascension by February, 1900" rules out 1903."""
    return all((rival - bound) * (year - bound) > 0 for bound in bounds if bound != year)


# Characters between the answer and a place offered beside it, at most (a long paragraph,
# or a few entries of a timeline): a place named farther off belongs to another story
# ("Iran" beside a trip to Kenya and Ethiopia), and reads as a make-weight.
_NEAR = 800


def _names(fact: Fact, pool: Pool, prompt: str, rng: random.Random, want: int, articles: dict[str, bool]) -> list[str]:
    if fact.kind == "place" and fact.detail == "place":
        return []  # a place of no known finer kind: a town could be offered against a region
    answer = fold_answer(fact.text)
    the = articles.get(fact.text, takes_the(fact.text))
    folded_prompt = f" {fold_answer(prompt)} "
    seen = {answer}
    options = []
    # A place the prompt names, even by its people ("Tunisians ... joined jihadists in
    # Tunisia"), or the one the documents are about, is a wrong option on sight.
    beside = [*pool.subject_places, *countries_named(prompt)] if fact.kind == "place" else []

    # "Madagascar and Socotra off Africa": a country of another continent than the one the
    # prompt places the answer in is wrong on sight.
    continents = continents_named(prompt) if fact.detail == "country" else set()
    if continent(fact.text) not in continents:
        continents = set()

    def absurd(name: str) -> bool:
        return any(same_country(name, other) for other in beside) or bool(continents) and continent(name) not in continents

    candidates = list(pool.names(fact))
    rng.shuffle(candidates)  # first: the other questions' draws stay the same whatever follows
    if want == 1 and fact.text == pool.main_place:
        # The place the document is about, swapped out of one of its own events, is false on
        # sight: "Dál Riata was founded on the west coast of England" in a history of Scotland.
        return []
    if fact.kind == "place":
        candidates.sort(key=lambda name: pool.distance(name, fact))
    for text in candidates:
        folded = fold_answer(text)
        # An option inside the answer, or the answer inside it, or one already in the prompt,
        # is either also right or plainly wrong.
        # "America" beside "the United States": another name for a country, never wrong enough.
        if fact.kind == "place" and pool.distance(text, fact) > _NEAR:
            break
        if (folded in seen or folded in _COUNTRY_SYNONYMS or folded in answer or answer in folded or f" {folded} " in folded_prompt
                or fact.kind != "person" and name_class(text) != name_class(fact.text)
                or any(same_country(text, other) for other in [fact.text, *options]) or absurd(text)
                or articles.get(text, takes_the(text)) != the or takes_the(text) not in (None, the)
                or want == 1 and _one_word_apart(text, fact.text)):
            continue
        seen.add(folded)
        options.append(text)
        if len(options) == want:
            break
    if fact.detail == "country" and 1 < want and len(options) < want and _todays_map(pool, prompt) \
            and not named_otherwise(prompt):
        # Too few countries in the documents: the answer's neighbours in the world, of the
        # same article class, none the documents name ("Canada" beside Libya is a
        # make-weight). Only for documents of modern times: "Iraq" beside Persia in 479 B.C.
        # is absurd; only for an answer asked as a country ("Canada" is no island beside
        # Greenland); and only among options, never as a false statement's one change.
        named = {fold_answer(text) for text in candidates}
        known = [c for c in neighbours(fact.text)
                 if takes_the(c) == the and fold_answer(c) not in seen | named and not absurd(c)
                 and not any(same_country(c, other) for other in [fact.text, *options])]
        rng.shuffle(known)
        options += known[: want - len(options)]
    # Fewer rivals than asked for is a weaker question of its kind: none is made.
    return options if len(options) == want else []


# Before this year the world's countries were not today's: "South Korea" in 1879, "Bosnia and
# Herzegovina" in 1894 are anachronisms.
_TODAYS_MAP = 1950


def _todays_map(pool: Pool, prompt: str) -> bool:
    """Whether today's countries may stand as options: the documents are of modern times (news
    that gives no year is of today), and so is any year of the prompt ("In 1894, ____ ...")."""
    return (pool.earliest_year or 1800) >= 1800 and all(year >= _TODAYS_MAP for year in years_in(prompt))


def _one_word_apart(a: str, b: str) -> bool:
    """Whether two names of three words or more differ in one word only ("Operation Allies
    Rescue", "Operation Allies Refuge"): one may be the other misspelt, or a twin a student
    mixes up; swapped into a false statement it is a gotcha. ("Apache Foundation" against
    "Mozilla Foundation" differ in all that names them.)"""
    x, y = fold_answer(a).split(), fold_answer(b).split()
    return len(x) == len(y) >= 3 and sum(p != q for p, q in zip(x, y)) == 1


# Words that say what kind of thing a name is, grouped where a teacher would offer one
# against another: a company against a corporation, a sea against an ocean.
_CLASS_GROUPS = [
    {"Company", "Corporation", "Corp.", "Inc.", "Ltd", "Group", "Airlines", "Bank"},
    {"University", "College", "School", "Academy", "Institute"},
    {"Department", "Ministry", "Office", "Agency", "Bureau", "Administration", "Commission", "Service", "Authority", "Board"},
    {"Army", "Navy", "Forces", "Force", "Command", "Guard"},
    {"Council", "Committee", "Congress", "Parliament", "Senate"},
    {"Association", "Society", "Foundation", "Federation", "League", "Trust", "Club", "Union"},
    {"Sea", "Ocean", "Gulf", "Bay", "Strait", "Channel", "Harbour", "Harbor"},
    {"Mountain", "Mountains", "Mount"},
    {"Lake", "Reservoir"},
]
_CLASS_OF = {word: min(group) for group in _CLASS_GROUPS for word in group}


def name_class(name: str) -> str | None:
    """The kind of thing a name's own words make it ("Islands", "Ocean" -> a water body,
    "University"), from its last word or a leading one ("Mount Kenya", "Bank of England");
    None for a bare name ("Greenland", "Google"). An island chain is no ocean, a university
    no company: options share their answer's class."""
    words = name.split()
    for word in (words[-1], words[0]) if len(words) > 1 else ():
        if word in GENERIC_NAME_WORDS:
            return _CLASS_OF.get(word, word)
    return None


# "____ is the world's largest island", "the island of ____": the prompt says what the answer
# is. Anything but a country, and the world's countries are no rivals for it.
_ASKED_AS = re.compile(rf"{BLANK},? (?:is|was|are|were) (?:the|an?) (?P<after>[^,.;:()]*)|\b(?P<before>[a-z]+) of {BLANK}")
_KIND_WORDS = {"island", "islands", "isle", "archipelago", "city", "town", "capital", "port", "village", "region",
               "province", "continent", "territory", "peninsula", "river", "lake", "mountain", "volcano", "colony"}


def named_otherwise(prompt: str) -> bool:
    """Whether the prompt names the blank as a kind of place other than a country."""
    for match in _ASKED_AS.finditer(prompt):
        words = (match["after"] or match["before"]).lower().split()
        if set(words[:5]) & _KIND_WORDS:
            return True
    return False


# Names written after "the": "the United States", "the Taliban", "the Kessel River".
_THE_LAST = {
    "States", "Kingdom", "Union", "Republic", "Emirates", "Islands", "Nations", "Netherlands",
    "Philippines", "Bahamas", "Maldives", "Gambia", "Taliban", "Department", "Ministry", "Office",
    "Agency", "Council", "Committee", "Commission", "Army", "Navy", "Senate", "Congress",
    "Parliament", "Pentagon", "Kremlin", "Vatican", "Sahara", "Alps", "Andes", "Himalayas", "Moon",
    "Sun", "Earth", "River", "Sea", "Ocean", "Gulf", "Bay", "Channel", "Strait", "Desert",
    "Cosmodrome", "Authority", "Organization", "Organisation", "Administration", "Project", "Treaty",
    "War", "Belts", "Programme", "Program", "Coast", "Peninsula", "Mountains", "Forces",
}
_THE_ACRONYMS = {"UN", "US", "UK", "EU", "USSR", "UNHCR"}


@lru_cache(maxsize=65536)
def takes_the(name: str) -> bool | None:
    """Whether a name is written after "the" (True), without it (False), or unknown (None)."""
    words = name.split()
    if not words:
        return None
    if words[0].lower() == "the":
        return True
    if words[-1] in _THE_LAST or name in _THE_ACRONYMS or (len(words) >= 3 and words[1] == "of" and words[0] not in ("Bank",)):
        return True
    from game.generate.facts import countries

    if name in countries() or len(words) == 1 and words[0][:1].isupper() and not words[0].isupper():
        return False
    return None


# -- countries: where they lie and what their people are called


# A country of fewer people is seldom in the news, and as a rival reads as a make-weight.
_WELL_KNOWN = 3_000_000
_NEIGHBOURS = 6  # the nearest well-known countries of the answer's continent, offered at random


@lru_cache(maxsize=1)
def _atlas() -> dict[str, dict]:
    """countryinfo's record of each current country (pycountry knows its code), by folded
    name: continent, position, population, demonym."""
    import pycountry
    from countryinfo import CountryInfo

    return {fold_answer(c["name"]): c for c in CountryInfo.all().values()
            if pycountry.countries.get(alpha_3=c.get("ISO", {}).get("alpha3", "")) is not None}


def _record(name: str) -> dict | None:
    folded = fold_answer(name)
    return _atlas().get(_COUNTRY_SYNONYMS.get(folded, folded))


@lru_cache(maxsize=1024)
def neighbours(name: str) -> tuple[str, ...]:
    """The well-known countries of the country's continent, nearest first."""
    home = _record(name)
    if home is None or not home.get("latlng"):
        return ()
    others = [c for c in _atlas().values() if c.get("region") == home.get("region") and c is not home
              and (c.get("population") or 0) >= _WELL_KNOWN and c.get("latlng")]
    others.sort(key=lambda c: _distance(home["latlng"], c["latlng"]))
    return tuple(c["name"] for c in others[:_NEIGHBOURS])


def _distance(a: list[float], b: list[float]) -> float:
    """The angle between two points of the globe (radians): nearness, not kilometres."""
    lat1, lon1 = map(math.radians, a)
    lat2, lon2 = map(math.radians, b)
    cosine = math.sin(lat1) * math.sin(lat2) + math.cos(lat1) * math.cos(lat2) * math.cos(lon1 - lon2)
    return math.acos(max(-1.0, min(1.0, cosine)))


@lru_cache(maxsize=1)
def _by_demonym() -> dict[str, str]:
    """Country names by the folded words for their people ("tunisian", "tunisians")."""
    found = {}
    for country in _atlas().values():
        for demonym in re.split(r"[,/]", country.get("demonym") or ""):
            if demonym.strip():
                found[fold_answer(demonym)] = found[fold_answer(demonym) + "s"] = country["name"]
    return found


@lru_cache(maxsize=4096)  # a prompt is asked about for each place it names
def countries_named(text: str) -> frozenset[str]:
    """Countries a text names, by name or by their people."""
    words = fold_answer(text).split(" ")
    atlas, (starts, longest) = _atlas(), _name_starts()
    # Each run of words a country's name could be, looked up: not each country sought.
    runs = {" ".join(words[i:j]) for i in range(len(words)) if words[i] in starts
            for j in range(i + 1, min(i + longest, len(words)) + 1)}
    return frozenset({atlas[run]["name"] for run in runs if run in atlas}
                     | {_by_demonym()[w] for w in words if w in _by_demonym()})


@lru_cache(maxsize=1)
def _name_starts() -> tuple[frozenset[str], int]:
    """The first words of the countries' folded names, and the most words in one."""
    return frozenset(key.split(" ")[0] for key in _atlas()), max(key.count(" ") + 1 for key in _atlas())


# countryinfo's regions by the continents a text names.
_CONTINENT_REGIONS = {"africa": "Africa", "asia": "Asia", "europe": "Europe", "oceania": "Oceania", "america": "Americas",
                      "americas": "Americas", "australasia": "Oceania"}


def continent(name: str) -> str | None:
    """The continent (countryinfo's region) of a country, if it is one."""
    record = _record(name)
    return record.get("region") if record else None


def continents_named(text: str) -> set[str]:
    """The continents a text names ("off Africa", "in South America")."""
    return {_CONTINENT_REGIONS[w] for w in fold_answer(text).split() if w in _CONTINENT_REGIONS}


_COUNTRY_SYNONYMS = {
    "america": "united states", "united states of america": "united states", "usa": "united states",
    "britain": "united kingdom", "great britain": "united kingdom", "uk": "united kingdom",
    "holland": "netherlands", "burma": "myanmar", "russian federation": "russia", "persia": "iran",
}


def same_country(a: str, b: str) -> bool:
    """Whether two names are one country ("America" and "United States")."""
    a, b = fold_answer(a), fold_answer(b)
    return _COUNTRY_SYNONYMS.get(a, a) == _COUNTRY_SYNONYMS.get(b, b)


# -- numbers


def _numbers(fact: Fact, pool: Pool, rng: random.Random, want: int, rough: bool = False,
             shown: set[float] = frozenset()) -> tuple[list[str], int]:
    value = fact.value
    if fact.written == "words":
        index = _WORD_NUMBERS.index(fact.text.lower()) if fact.text.lower() in _WORD_NUMBERS else None
        if index is None:
            return [], 0
        # Near the answer: "two decades" against three or five, not eleven; but not next to
        # it: "nine" against eight, seven, six is a run, not a choice.
        values = [float(i + 2) for i in range(len(_WORD_NUMBERS)) if i != index and value / 2.5 <= i + 2 <= value * 2.5]
        chosen = _around(value, values, rng, want, scale=math.log, gap=2)
        return [_recase(_WORD_NUMBERS[int(v) - 2], fact.text) for v in chosen], 0
    # A ladder of even ratios with the answer on one rung: made-up values neither bunch
    # on one side ("1,000, 1,100, 1,200" against 1,600) nor sit evenly apart from it.
    ratio = rng.choice((1.3, 1.4, 1.5))
    step = _step(fact.text, rough)
    ladder = {round(value * ratio ** k / step) * step for k in range(-want, want + 1) if k}
    low, high = value / ratio ** (want + 0.5), value * ratio ** (want + 0.5)
    from_documents = {f.value for f in pool.like(fact)
                      if f.written == "digits" and low <= f.value <= high and _same_format(f.text, fact.text)}
    # 15% apart at least (more from an approximate value): "about 10" must not pass for
    # "about 12"; no share above 100%. No four digits beside three: a bare "1120" beside
    # "500" reads as a year.
    apart = APPROXIMATE_RATIO if rough else 1.15
    if want == 1:
        # A false statement's change: clearly off, and no figure the documents give nearby.
        apart = max(apart, _CHANGE_RATIO)
        from_documents -= pool.near_values(fact)
    values = [v for v in ladder | from_documents if 0 < v and v not in shown and max(v, value) > apart * min(v, value)
              and (fact.kind != "percent" or v <= 100) and (v < 1000 or value >= 1000)]
    chosen = _around(value, sorted(values), rng, want, prefer=from_documents, apart=apart, scale=math.log)
    return [_number_like(v, fact.text) for v in chosen], sum(v in from_documents for v in chosen)


# How far a false statement's changed number stands from the true one, at least.
_CHANGE_RATIO = 1.3


def _around(value: float, values: list[float], rng: random.Random, want: int, prefer: set = frozenset(),
            apart: float = 1.0, scale=float, gap: float = 0) -> list[float]:
    """`want` values with the answer at a rank drawn uniformly, or none when some rank
    cannot be filled: an answer that can only be the largest would give itself away. One
    value alone (a false statement's change) may stand on either side.
    Preferred values first, the rest at random; `apart`: the least ratio between two
    options, `gap` the least difference (a one-year miss is no question). The options stand
    about evenly spaced (on `scale`), so none stands alone: three wrong years in a cluster
    and the answer apart would point at it. The value closest to the answer comes first."""
    below = [v for v in values if v < value and max(v, value) >= apart * min(v, value)]
    above = [v for v in values if v > value and max(v, value) >= apart * min(v, value)]
    rng.shuffle(below)
    rng.shuffle(above)
    below.sort(key=lambda v: v not in prefer)
    above.sort(key=lambda v: v not in prefer)
    by_rank = [_spaced_set(value, below, above, rank, want, apart, scale, gap) for rank in range(want + 1)]
    if want == 1:
        # A false statement's one change is seen alone, so which side of the answer it stands
        # tells nothing: the document's latest year still gets a false partner.
        by_rank = [chosen for chosen in by_rank if chosen]
        if not by_rank:
            return []
    elif not all(by_rank):
        return []  # the answer could sit only at some ranks: where it sits would tell
    chosen = list(rng.choice(by_rank))
    rng.shuffle(chosen)
    return sorted(chosen, key=lambda v: abs(v - value))


def _spaced_set(value: float, below: list[float], above: list[float], rank: int, want: int, apart: float,
                scale, gap: float) -> tuple[float, ...]:
    """The first set with `rank` values below the answer that stands evenly spaced, or ()."""
    for low in combinations(below[:_TRIED], rank):
        for high in combinations(above[:_TRIED], want - rank):
            values = sorted([value, *low, *high])
            if _spaced(values, apart, scale) and all(b - a >= gap for a, b in zip(values, values[1:])):
                return (*low, *high)
    return ()


_TRIED = 10  # candidates on each side: enough for an even set, few enough to try every set
# How far the widest gap between neighbouring options may exceed the narrowest.
_EVEN = 2


def _spaced(values: list[float], apart: float, scale) -> bool:
    """Whether sorted values stand `apart` and about evenly spaced on `scale`."""
    if any(b < apart * a for a, b in zip(values, values[1:])):
        return False
    gaps = [scale(b) - scale(a) for a, b in zip(values, values[1:])]
    return max(gaps) <= _EVEN * min(gaps)


def _step(text: str, rough: bool = False) -> float:
    """How finely a written number is rounded: 122,000 -> 1000; 58 -> 1; 3.5 -> 0.1. A round
    figure told as approximate stays about as round: "around 30 ships" against 45, not 42."""
    digits = re.search(r"\d[\d,]*(?:\.\d+)?", text).group().replace(",", "")
    if "." in digits:
        return 10.0 ** -len(digits.split(".")[1])
    zeros = len(digits) - len(digits.rstrip("0"))
    if not zeros:
        return 1.0
    step = 10.0 ** min(zeros, max(len(digits) - 2, 0))
    # Half its rounding, so that a rival may still stand below a small round figure (15, 20 for 30).
    return max(step, 10.0 ** zeros / 2) if rough else step


def _same_format(a: str, b: str) -> bool:
    return ("," in a) == ("," in b) and ("." in a) == ("." in b)


def _number_like(value: float, template: str) -> str:
    """`value` written as the template writes its number (commas, decimals, scale, sign)."""
    match = re.search(r"\d[\d,]*(?:\.\d+)?", template)
    digits = match.group()
    scale = re.search(r" (thousand|million|billion|trillion)", template)
    if scale:
        value /= {"thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12}[scale.group(1)]
    decimals = len(digits.split(".")[1]) if "." in digits else 0
    written = f"{value:,.{decimals}f}" if "," in digits or (scale is None and value >= 1000 and "," in digits) else f"{value:.{decimals}f}"
    return template[: match.start()] + written + template[match.end():]


def _recase(word: str, like: str) -> str:
    return word.capitalize() if like[:1].isupper() else word


# -- dates


def _dates(fact: Fact, pool: Pool, rng: random.Random, want: int, rough: bool = False,
           bounds: tuple[int, ...] = ()) -> tuple[list[str], int]:
    year, month, day = fact.value
    from_documents = {text for text, values in pool.dates(fact).items() if values != {fact.value}}
    if fact.detail == "century":
        options = _centuries(fact, pool, rng, want, bounds)
    elif fact.detail == "day" and len(pool.days_in_month[month]) >= 2:
        # A day-by-day account: which day is what a reader of it learns.
        days = [d for d in range(1, 29) if 3 <= abs(d - day) <= 12]
        chosen = _around(float(day), [float(d) for d in days], rng, want)
        options = [re.sub(rf"\b{day}\b", str(int(d)), fact.text, count=1) for d in chosen]
    else:
        # Elsewhere a reader remembers the year, or the month, seldom the day.
        options = _years(fact, pool, rng, want, rough, bounds) if year is not None else []
        if not options and fact.detail in ("day", "month"):
            months = [m for m in range(1, 13) if m != month and (day or 1) <= calendar.monthrange(2000, m)[1]]
            chosen = _around(float(month), [float(m) for m in months], rng, want)
            options = [_replace_month(fact.text, month, int(m)) for m in chosen]
    # Prefer dates the documents name themselves, when they fit the same rank pattern.
    return options, sum(option in from_documents for option in options)


def _years(fact: Fact, pool: Pool, rng: random.Random, want: int, rough: bool, bounds: tuple[int, ...]) -> list[str]:
    """Other years (decades, centuries) near the answer, none after the documents' latest:
    they tell of nothing after it; an approximate one's a clear margin away; each on the
    answer's side of the sentence's other years."""
    year = fact.value[0]
    century = fact.detail == "decade" and year % 100 == 0 and fact.text.endswith("00s")
    # "About the year 1000 B.C." is a round figure: its rivals are 900 and 1100 B.C., not 1002.
    round_bc = 10 ** min(len(str(-year)) - len(str(-year).rstrip("0")), 2) if year < 0 else 1
    span = 100 if century else 10 if fact.detail == "decade" else round_bc
    if rough:
        span = max(span, clear_margin(year))
    latest = max(year, pool.latest_year)
    # Never across the era's start: no year 0 exists, and "AD 200" for "400 BC" breaks the shape.
    # A single year is offered against years a few apart, a false statement's change farther:
    # 1192 against 1191 is a gotcha, and the near miss is the likeliest to be true of a
    # like event in the world (the Ionian revolt's 499 B.C. against the document's 502).
    gap = span if span > 1 else _CHANGE_YEARS if want == 1 else _YEAR_GAP
    reach = 6 * gap if span == 1 else 4  # room for every rank when neighbours' years are left out
    nearby = pool.near_values(fact)
    values = [year + k * span for k in range(-reach, reach + 1) if k and year + k * span <= latest
              and (year + k * span) * year > 0 and keeps_order(year, year + k * span, bounds)
              and year + k * span not in nearby]
    if fact.detail == "decade" and not century:
        values = [v for v in values if v // 100 == year // 100]  # the 1940s for the 1990s, not the 1730s
    known = {value[0] for written in pool.dates(fact).values() for value in written} & set(values)
    chosen = _around(float(year), [float(v) for v in values], rng, want, prefer={float(v) for v in known}, gap=gap)
    return [_replace_year(fact.text, year, int(v)) for v in chosen]


def _centuries(fact: Fact, pool: Pool, rng: random.Random, want: int, bounds: tuple[int, ...]) -> list[str]:
    """Other centuries of the same era, written alike ("12th century", "sixteenth century"),
    none after the documents' latest year nor beyond a year of the sentence ("In the 6th
    century B.C. ..., but in 526 B.C." rules out the 5th); a false statement's change two or more away."""
    century, in_words = century_of(fact.text)
    latest = pool.latest_year if pool.latest_year is not None and pool.latest_year > 0 else None
    last = max(century, (latest - 1) // 100 + 1) if latest else century + 4
    values = [c for c in range(century - 4, century + 5) if c != century and c * century > 0 and c <= last
              and abs(c) <= len(ORDINAL_WORDS) and keeps_order(fact.value[0], _first_year(c), bounds)]
    chosen = _around(float(century), [float(c) for c in values], rng, want, gap=2 if want == 1 else 0)
    return [_replace_century(fact.text, century, int(c), in_words) for c in chosen]


def _first_year(century: int) -> int:
    return century * 100 if century < 0 else (century - 1) * 100 + 1


def _replace_century(text: str, old: int, new: int, in_words: bool) -> str:
    if not in_words:
        suffix = "th" if 10 <= abs(new) % 100 < 20 else {1: "st", 2: "nd", 3: "rd"}.get(abs(new) % 10, "th")
        return re.sub(rf"\b{abs(old)}(?:st|nd|rd|th)\b", f"{abs(new)}{suffix}", text, count=1)
    words = {n: word for word, n in ORDINAL_WORDS.items()}
    old_word, new_word = words[abs(old)], words[abs(new)]
    return re.sub(rf"\b{old_word}\b", lambda m: new_word.capitalize() if m.group()[0].isupper() else new_word,
                  text, count=1, flags=re.I)


# Years between a single year and its options, at least; between it and a false statement's change.
_YEAR_GAP = 3
_CHANGE_YEARS = 5


def _date_shape(text: str) -> str:
    shape = re.sub(r"\d", "9", text)
    return re.sub(r"[A-Z][a-z]+\.?", "M", shape)


def _replace_year(text: str, old: int, new: int) -> str:
    return re.sub(rf"\b{abs(old)}", str(abs(new)), text, count=1)


def _replace_month(text: str, old: int, new: int) -> str:
    names = _MONTH_ABBREVIATIONS if re.search(r"[A-Z][a-z]{2,3}\.", text) else _MONTH_NAMES
    for table in (_MONTH_NAMES, _MONTH_ABBREVIATIONS):
        if table[old - 1] in text:
            return text.replace(table[old - 1], names[new - 1], 1)
    return text
