"""Facts: typed spans of a sentence, with offsets, normalised only where recognised.

Kinds: number (with what it counts), percent, money, quantity, date (at the precision the
text gives: year, month or day, a decade, a century, BC), person, place, org, operation. A date
without a day has no day here; nothing is ever filled in from today or from context.
Names come from capitalisation, cue words and a country gazetteer (pycountry), and are
classified once per document, so "Blinken" is a person because "Secretary of State Antony
Blinken" is, and "Doha" a place because the text says "to Doha".
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from dataclasses import dataclass
from functools import lru_cache

from game.generate.sentences import Sentence

NUMERIC_KINDS = ("number", "percent", "money", "quantity")
NAME_KINDS = ("person", "place", "org", "operation")


@dataclass(frozen=True)
class Fact:
    kind: str  # date, a NUMERIC_KIND or a NAME_KIND
    start: int  # offsets in the document's plain view
    end: int
    text: str
    # number kinds: float; date: (year, month, day) with None where the text gives none
    # (year < 0 is BC; a century's first year, "14th century" 1301, "6th century BC" -600);
    # names: the name itself
    value: object
    # number: what it counts ("people"); quantity: its unit; money: its currency sign;
    # date: year | month | day | decade | century; place: country | continent | region | city | site,
    # or place when its words and the text tell no finer kind
    detail: str = ""
    sentence: int = -1  # index of its sentence
    written: str = "digits"  # numbers: digits or words

    @property
    def key(self) -> tuple:
        """Two facts with one key are the same fact, wherever they are written."""
        value = self.value.casefold() if isinstance(self.value, str) else self.value
        return self.kind, value, self.detail


# -- dates

_MONTHS = {
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
    "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
    "jan.": 1, "feb.": 2, "mar.": 3, "apr.": 4, "jun.": 6, "jul.": 7, "aug.": 8,
    "sep.": 9, "sept.": 9, "oct.": 10, "nov.": 11, "dec.": 12,
}
_MONTH = r"(?P<m>(?:January|February|March|April|May|June|July|August|September|October|November|December|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.))"
_DAY = r"(?P<d>[1-9]|[12]\d|3[01])(?:st|nd|rd|th)?"
_RANGE = r"(?:[-–](?:[1-9]|[12]\d|3[01]))?"
_YEAR = r"(?P<y>1\d{3}|20\d{2})"
# Words ending in s that count nothing: "in 2007 thanks to donations" is a year.
_S_NOT_PLURAL = r"(?:thanks|was|has|does|this|thus|plus|perhaps|always|unless|whereas|besides|towards|across)"
# Plurals without an s: after a number they make it a count ("2000 people"), not a year.
_IRREGULAR_PLURALS = r"people|men|women|children"
_DATED_NOUNS = ("article|study|report|paper|survey|census|book|novel|film|movie|album|song|play|law|act|treaty"
                "|series|election|war|season|championship|tournament|earthquake|eruption|hurricane|storm|flood|famine")
ORDINAL_WORDS = {word: n for n, word in enumerate((
    "first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth thirteenth fourteenth"
    " fifteenth sixteenth seventeenth eighteenth nineteenth twentieth twenty-first").split(), start=1)}
# "the 14th century", "the early 15th century", "the sixth century B.C.": the part of the
# century stays in the text, the value is the century ("the 14th-century church" is no date).
_CENTURY = re.compile(
    r"\b(?:(?i:early|mid|late)[- ])?(?:(?P<n>[1-9]|1\d|2[01])(?:st|nd|rd|th)|(?P<w>(?i:"
    + "|".join(sorted(ORDINAL_WORDS, key=len, reverse=True)) + r"))) century\b"
    r"(?: ?(?:(?P<era>BC|BCE|B\.C\.(?:E\.)?)|AD|CE|A\.D\.)(?:\B|\b))?"
)
_DATE_PATTERNS = [
    (re.compile(rf"\b{_MONTH} {_DAY}{_RANGE},? {_YEAR}\b"), "day"),
    (re.compile(rf"\b{_DAY}{_RANGE} {_MONTH},? {_YEAR}\b"), "day"),
    (re.compile(rf"\b{_MONTH} {_DAY}{_RANGE}\b(?!,? ?\d)"), "day"),
    (re.compile(rf"\b{_DAY}{_RANGE} {_MONTH}(?!,? ?\d)"), "day"),
    (re.compile(rf"\b{_MONTH},? {_YEAR}\b"), "month"),
    (re.compile(r"\b(?P<y>1\d{2}0|20\d0)s\b"), "decade"),
    # (Not the end of a longer number: "4,900 BC" is no year 900.)
    (re.compile(r"(?<!\d[,.])\b(?P<y>\d{1,4}) ?(?P<era>BC|BCE|B\.C\.(?:E\.)?)(?:\B|\b)"), "year"),
    (re.compile(r"\b(?:AD|CE|A\.D\.) ?(?P<y>\d{1,4})\b|\b(?P<y2>\d{1,4}) ?(?:AD|CE|A\.D\.)(?:\B|\b)"), "year"),
    # A year that dates a work or an event it stands before: "a 1997 article", "the 1968 film".
    (re.compile(rf"(?:(?<=\b[Aa] )|(?<=[Tt]he )|(?<=\b[Aa]n )){_YEAR}(?= (?:[a-z-]+ )?(?:{_DATED_NOUNS})\b)"), "year"),
    # A bare year only after a word that introduces one, or before a comma or the end.
    # (The year's first digit is looked for first: the cue words are looked behind only where one starts.)
    (re.compile(rf"(?=[12])(?:(?<=\b[Ii]n )|(?<=\bsince )|(?<=\b[Bb]y )|(?<=\buntil )|(?<=\bfrom )|(?<=\bto )"
                rf"|(?<=\bof )|(?<=\bduring )|(?<=\bbefore )|(?<=\bafter )|(?<=\bbetween )|(?<=\band )"
                rf"|(?<=\bearly )|(?<=\blate )|(?<=\bmid-)|(?<=\bsummer of )|(?<=\bwinter of )|(?<=\bspring of )"
                rf"|(?<=\bautumn of )|(?<=\bthe year ))\b{_YEAR}\b(?![-–%]|,\d| (?:(?!{_S_NOT_PLURAL}\b)[a-z]{{2,}}s|{_IRREGULAR_PLURALS})\b)"), "year"),
    (re.compile(rf"\b{_YEAR}(?=[,.;)]|$)"), "year"),
]


# A bare year after a name is part of the name, no date to ask: "the Investment Company Act of
# 1940", "the Class of 1999", "Windows 2000". (Not "In 1999", "the Summer of 1969", "Battle of Marathon 490 BC".)
_NAME_BEFORE = re.compile(r"\b([A-Z][a-z]+) (?:of )?$")
_NOT_NAMING = {"Summer", "Winter", "Spring", "Autumn", "Fall", "End", "Beginning", "Start", "Christmas", "Easter"}


def _named_by_year(match: re.Match, text: str) -> bool:
    name = _NAME_BEFORE.search(text[:match.start()])
    return match.group() == match.groupdict().get("y") and bool(name) \
        and name.group(1) not in _COMMON_CAPS | _MONTH_NAMES | _NOT_NAMING


def century_of(text: str) -> tuple[int, bool] | None:
    """The century a date's text names (BC ones below zero), and whether in words."""
    match = _CENTURY.search(text)
    if not match:
        return None
    number = int(match["n"]) if match["n"] else ORDINAL_WORDS[match["w"].lower()]
    return (-number if match["era"] else number), not match["n"]


def _centuries(text: str, base: int, taken: list[tuple[int, int]]) -> list[Fact]:
    found = []
    for match in _CENTURY.finditer(text):
        century, _ = century_of(match.group())
        first = century * 100 if century < 0 else (century - 1) * 100 + 1
        taken.append(match.span())
        found.append(Fact("date", base + match.start(), base + match.end(), match.group(), (first, None, None), "century"))
    return found


def _dates(text: str, base: int, taken: list[tuple[int, int]]) -> list[Fact]:
    found = _centuries(text, base, taken)
    for pattern, precision in _DATE_PATTERNS:
        for match in pattern.finditer(text):
            start, end = match.span()
            if _overlaps(start, end, taken) or _named_by_year(match, text):
                continue
            groups = match.groupdict()
            year = groups.get("y") or groups.get("y2")
            year = int(year) if year else None
            if groups.get("era") and year is not None:
                year = -year
            month = _MONTHS[groups["m"].lower()] if groups.get("m") else None
            day = int(groups["d"]) if groups.get("d") else None
            taken.append((start, end))
            found.append(Fact("date", base + start, base + end, match.group(), (year, month, day), precision))
    return found


# -- numbers

_NUMBER_WORDS = {
    "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
    "ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15, "twenty": 20, "thirty": 30,
    "forty": 40, "fifty": 50, "hundred": 100,
}
_SCALES = {"thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12}
# (Two-word units first: "2.5 metric tons" is in metric tons, not a count of "metric".)
_UNITS = (
    "metric tons|metric tonnes|short tons|long tons|nautical miles|light-years|light years|cubic metres"
    "|cubic meters|cubic feet|km|kilometres|kilometers|miles|metres|meters|feet|ft|kg|kilograms|tonnes|tons|pounds"
    "|acres|hectares|square kilometres|square kilometers|square miles|litres|liters|gallons"
    "|degrees|°C|°F|mph|km/h|cm|mm|inches|MW|GW|kW|kWh|km²|mi²|m²|m"
)
# A line break inside a sentence (HTML source lines) is a space: "four of the five\n participants".
_NUMBER = re.compile(
    r"(?<![\w.,/$£€-])(?P<cur>(?:US)?[$£€])?(?P<n>\d{1,3}(?:,\d{3})+|\d+)(?P<dec>\.\d+)?"
    r"(?P<scale>\s(?:thousand|million|billion|trillion))?(?![\w/]|[.,]\d|-\w)"
    r"(?:(?P<pct> ?%|\spercent|\sper cent)|(?P<unit>\s(?:" + _UNITS + r"))\b)?"
)
_NUMBER_WORD = re.compile(r"\b(?P<w>" + "|".join(_NUMBER_WORDS) + r")(?=\s+[a-z])")
# What a number counts: the head noun of the phrase after it, its first plural noun past up to
# three modifiers ("34,185 automotive manufacturing jobs" counts jobs, and "jobs" is what reads
# beside the answer box and is compared with the document's other counts), or the whole it is
# part of ("four of the five participants"). A function word, a participle, an adverb or
# punctuation ends the phrase first: "a population of over 8 million fell by 30%" and "page 47
# showing the interval" count nothing named. A singular noun is counted after 1 alone ("1 person").
_PHRASE_WORD = re.compile(r"\s+(?P<word>(?:[A-Z]\.[A-Z]\. )?[A-Za-z][\w-]*)")
_WHOLE_NUMBER = r"(?:\d[\d,]*|" + "|".join(_NUMBER_WORDS) + ")"
_WHOLE_OF = re.compile(rf"\s+of\s+(?:(?:the|its|their)(?:\s+{_WHOLE_NUMBER})?|{_WHOLE_NUMBER})(?=\s)")  # "29 of 50 states"
_MODIFIERS = 3
_COUNT_NOUN = re.compile(rf"(?:[A-Z]\.[A-Z]\. )?[A-Za-z-]+s|{_IRREGULAR_PLURALS}")
# A number that names a kind rather than counting: "any new 365 stores, a smaller, lower-priced
# version of the main brand" (the appositive says what "365 stores" are).
_NAMED_KIND = re.compile(r"\s+[\w-]+,\s+(?:an?|the)\s+(?:[\w,-]+\s+){0,4}?(?:version|kind|type|brand|line|format|model"
                         r"|series|edition|variant|chain)\s+of\b")
# An age between commas after a person's name: "Eloise Parry, 21, was taken to hospital".
_AGE = re.compile(r",\s")
_NAMED_BEFORE_AGE = re.compile(r"\b[A-Z][a-z’'-]+ (?P<surname>[A-Z][a-z’'-]+),\s$")
# Mentions that make a name one of the document's subjects ("Afghanistan", "Blinken"). A private
# person's age in a news story is trivia; the age of the person the document is about, whom it
# names again and again or in its opening sentences (a news story's lede), is not.
SUBJECT_MENTIONS = 5
_LEDE = 5  # sentences
# "By 56% to 35%, Hispanics said", "30% to 60% of Europe's population": one half of a poll's
# split or of a range says nothing alone, and the other half in the prompt gives it away.
_PERCENT_PAIRED = re.compile(r"\s+to\s+\d[\d.]*\s?%")
_PAIRED_PERCENT = re.compile(r"(?<!\bfrom )\b\d[\d.]*\s?%\s+to\s+$")
_NOT_COUNTED = {
    "and", "or", "the", "a", "an", "for", "was", "were", "are", "is", "be", "been", "had", "has", "have",
    "with", "from", "into", "that", "this", "these", "those", "who", "which", "when", "than", "per", "out",
    "but", "not", "more", "less", "of", "in", "on", "at", "to", "by", "under", "over", "about", "after",
    "before", "since", "during", "between", "among", "as", "so", "would", "could", "will", "can", "may",
    "might", "should", "must", "did", "do", "does", "its", "their", "his", "her", "it", "they", "he", "she",
    "dozen", *_NUMBER_WORDS, *_SCALES,  # "four hundred years" are not four years
}
# "page 47 showing", "mostly", "the 93 year-old finishes": no modifier of a counted noun ("family" is one).
_NOT_MODIFIER = re.compile(r"[\w-]*(?:ing|[^i]ly|-old)")


def _numbers(text: str, base: int, taken: list[tuple[int, int]], document: str, lede: bool) -> list[Fact]:
    found = []
    for match in _NUMBER.finditer(text):
        start, end = match.span()
        named = re.search(r"([A-Z][\w-]*) $", text[:start])
        if _overlaps(start, end, taken) or named and named.group(1) not in _COMMON_CAPS:
            continue  # "Apollo 11" and "Vostok 1" are names, not counts; "After 20 years" is a count
        value = float(match["n"].replace(",", "") + (match["dec"] or ""))
        if match["scale"]:
            value *= _SCALES[match["scale"].strip()]
        if match["pct"]:
            if _PERCENT_PAIRED.match(text, end) and not re.search(r"\bfrom $", text[:start]) \
                    or _PAIRED_PERCENT.search(text, 0, start):
                continue
            kind, detail = "percent", "%"
        elif match["cur"]:
            kind, detail = "money", match["cur"]
        elif match["unit"]:
            kind, detail = "quantity", match["unit"].strip()
        else:
            kind, detail = "number", _counted(text, end, one=match["n"] == "1" and not match["dec"] and not match["scale"])
            end = start + len(match.group().rstrip())
            named = _NAMED_BEFORE_AGE.search(text, 0, start)
            if not detail and _AGE.match(text, end) and named and value < 120 \
                    and (lede or document.count(named["surname"]) >= SUBJECT_MENTIONS):
                detail = "years old"  # the age of a story's subject after their name: "Eloise Parry, 21, was taken to"
            if not detail and not match["scale"] or _NAMED_KIND.match(text, end):
                continue  # a bare number says too little to ask about ("8 million" does); "365 stores, a smaller version of the brand" names a kind
            if re.fullmatch(_YEAR, match["n"]) and not match["dec"] and not re.match(rf"\s+{re.escape(detail)}\b", text[end:]):
                continue  # "released in 1998 along with", "the 1257 sulfate spikes": a year no date rule took, not a count
        taken.append((start, end))
        found.append(Fact(kind, base + start, base + end, text[start:end], value, detail))
    for match in _NUMBER_WORD.finditer(text):
        start, end = match.span()
        detail = _counted(text, end)
        multiplied = match["w"] == "hundred" and re.search(rf"\b(?:{'|'.join(_NUMBER_WORDS)})\s+$", text[:start])
        if detail and not _overlaps(start, end, taken) and detail.endswith("s") and not multiplied:
            taken.append((start, end))
            found.append(Fact("number", base + start, base + end, match.group(), float(_NUMBER_WORDS[match["w"]]), detail, written="words"))
    return found


def _counted(text: str, end: int, one: bool = False) -> str:
    """The head noun of what the number ending at `end` counts, or "" (one: the number is 1)."""
    whole = _WHOLE_OF.match(text, end)
    end = whole.end() if whole else end
    for _ in range(_MODIFIERS + 1):
        match = _PHRASE_WORD.match(text, end)
        if not match:
            return ""
        word = match["word"]
        if word.lower() in _NOT_COUNTED or word in _MONTH_NAMES or _NOT_MODIFIER.fullmatch(word):
            return ""
        if _COUNT_NOUN.fullmatch(word) and not word.endswith(("ss", "us", "is")):
            return word
        if one:  # "1 person, ...": the next word ends the phrase
            after = _PHRASE_WORD.match(text, match.end())
            return word if not after or after["word"].lower() in _NOT_COUNTED else ""
        end = match.end()
    return ""


_MONTH_NAMES = {m.capitalize() for m in _MONTHS if not m.endswith(".")}


# -- names

_CAPITALISED = re.compile(
    r"(?:[A-Z][\w’'.&-]*|\d+(?:st|nd|rd|th))(?:(?: (?:of|the|de|del|da|van|von|bin|al|la|le|du|for))* (?:[A-Z][\w’'.&-]*|\d+))*"
)
_TITLES = re.compile(
    r"(?:President|Secretary(?: of State)?|Minister|Prime Minister|Officer|General|Gen\.|Mr\.|Mrs\.|Ms\.|Dr\."
    r"|Miss|Sir|Dame|King|Queen|Prince|Princess|Senator|Sen\.|Governor|Gov\.|Ambassador|Pope|Chancellor|Colonel|Col\."
    r"|Captain|Capt\.|Lieutenant|Lt\.|Sergeant|Sgt\.|Professor|Prof\.|Judge|Justice|Mayor|Emperor|Empress"
    r"|spokesman|spokeswoman|spokesperson|chief|founder|director|inventor|physicist|chemist|biologist"
    r"|engineer|author|writer|poet|painter|composer|explorer|astronomer|architect|historian|scientist"
    r"|mathematician|economist|philosopher|captain|commander|leader|journalist|reporter|astronaut) $"
)
_TITLE_WORDS = {
    "President", "Secretary", "Minister", "Officer", "General", "Gen", "Mr", "Mrs", "Ms", "Dr",
    "Miss", "Sir", "Dame", "King", "Queen", "Prince", "Princess", "Senator", "Sen", "Governor", "Gov",
    "Ambassador", "Pope", "Chancellor", "Colonel", "Col", "Captain", "Capt", "Lieutenant", "Lt",
    "Sergeant", "Sgt", "Professor", "Prof", "Judge", "Justice", "Mayor", "Emperor", "Empress",
    "Director", "Commander", "Chief", "Spokesman", "Spokeswoman",
}
_SPEECH_AFTER = re.compile(r"^,? (?:said|says|told|wrote|writes|added|argued|recalled|noted|was born|died)\b")
_ORG_WORDS = {
    "Department", "Ministry", "Embassy", "Consulate", "Mission", "University", "College", "School",
    "Council", "Agency", "Office", "Committee", "Commission", "Party", "Company", "Corporation",
    "Corp.", "Inc.", "Ltd", "Bank", "Army", "Navy", "Forces", "Force", "Command", "Organization",
    "Organisation", "Union", "Association", "Institute", "Nations", "Court", "Congress",
    "Parliament", "Senate", "Museum", "Foundation", "Society", "Service", "Bureau", "Authority",
    "Board", "Group", "Airlines", "Academy", "Laboratory", "Observatory", "Club", "Federation",
    "League", "Trust", "Guard", "Police", "Fund", "Programme", "Program", "Administration",
}
_SITE_WORDS = {
    "Airport", "Base", "River", "Lake", "Mountain", "Mountains", "Mount", "Island", "Islands",
    "Street", "Square", "Valley", "Sea", "Ocean", "Bay", "Desert",
    "Peninsula", "Canal", "Bridge", "Park", "Harbour", "Harbor", "Strait", "Gulf", "Coast",
    "Dam", "Station", "Palace", "Castle", "Cathedral", "Forest", "Glacier", "Falls", "Reservoir",
}
# A place's finer kind from its own words: "North India" and "Asia Minor" are regions,
# "Helmand Province" a region, "Kansas City" a city.
_REGION_WORDS = {"North", "South", "East", "West", "Northern", "Southern", "Eastern", "Western",
                 "Central", "Upper", "Lower", "Inner", "Outer", "Minor", "Major", "Province", "County", "Region"}
_CONTINENTS = {"Africa", "Asia", "Europe", "North America", "South America", "Antarctica", "Oceania", "Australasia"}
# ... or from the words around it: "the province of Helmand", "the town of Bamiyan", "at Arles"
# (one is "at" a town or a site, "in" a region or a country).
_REGION_CUE = re.compile(r"\b(?:province|region|state|county|district|kingdom) of$", re.I)
_CITY_CUE = re.compile(r"\b(?:city|town|village|capital|port|suburb|neighbou?rhood) of$|\b(?:embassy|consulate) in$|\bat$", re.I)
# "from Columbus to ourselves": a span of time from a person, not a journey from a place.
_FROM_TO_NOW = re.compile(r"^ to (?:ourselves|us|our own|our day|today|the present|now|modern times)\b")
# "at Kabul airport", "at Gulf allies": the name only qualifies what follows it.
_QUALIFIES = re.compile(r"^ (?:airport|air base|base|station|port|harbou?r|gate|camp|embassy|compound|[a-z]+s)\b")
_PLACE_CUE = re.compile(
    r"\b(?:in|from|to|at|near|into|across|toward|towards|outside|via|through|around|capital of)$"
)
_LANGUAGES = {
    "English", "French", "Spanish", "German", "Arabic", "Russian", "Italian", "Persian", "Latin",
    "Greek", "Hindi", "Urdu", "Pashto", "Dari", "Chinese", "Japanese", "Portuguese", "Dutch",
}
_COMMON_CAPS = {
    "The", "A", "An", "In", "On", "At", "After", "Before", "Over", "Under", "With", "Without",
    "As", "By", "For", "From", "To", "Of", "And", "But", "Or", "If", "When", "While", "Since",
    "Although", "Though", "During", "Following", "Meanwhile", "However", "Unfortunately", "Most",
    "Many", "Some", "All", "Every", "Any", "This", "That", "These", "Those", "Its", "His", "Her",
    "Their", "Our", "Your", "My", "He", "She", "It", "They", "We", "I", "You", "There", "Here",
    "Today", "Yesterday", "Tomorrow", "Like", "Until", "Once", "Later", "Earlier", "Then",
    "Now", "Despite", "According", "Between", "Among", "About", "Around", "Into", "Through",
    "Within", "Why", "How", "What", "Who", "Where", "Which", "Each", "Both", "Several", "Other",
    "Going", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
    "Mission", "Department", "Stateside", "Read", "Leave", "Yes", "No", "Not", "Also", "Such",
}
_COUNTRY_ALIASES = {
    "Russia", "Britain", "Great Britain", "England", "Scotland", "Wales", "Soviet Union", "USSR",
    "Burma", "Holland", "Czech Republic", "Ivory Coast", "Macedonia", "Swaziland", "Persia",
    "Prussia", "Yugoslavia", "Czechoslovakia", "East Germany", "West Germany", "America",
}


# Words a name is made of that are no name alone: "the Governor", "the Council", "the Island".
GENERIC_NAME_WORDS = frozenset(_TITLE_WORDS | _ORG_WORDS | _SITE_WORDS)
_BODY_OR_SITE = frozenset(_ORG_WORDS | _SITE_WORDS)


@lru_cache(maxsize=1)
def countries() -> frozenset[str]:
    """Country names from pycountry (short and common forms) and a few historical ones."""
    import pycountry

    names = set(_COUNTRY_ALIASES)
    for country in pycountry.countries:
        for attribute in ("name", "common_name"):
            name = getattr(country, attribute, None)
            if name and "," not in name:
                names.add(name)
    return frozenset(names)


# "Egypt’s Islamist Muslim Brotherhood": a possessive ends one name, and what it owns is another.
_POSSESSIVE = re.compile(r"(?<=[’']s) (?=[A-Z])")
# "the Lively–Pressey study", "anti-Taliban": a name joined to a word is part of a compound,
# and a blank over it would cut the compound in half.
_JOINED_BEFORE = re.compile(r"[^\W\d_][-–]$")
_JOINED_AFTER = re.compile(r"^[-–][^\W\d_]")


# "Lyman Bryson of Teachers College": a person of an institution is two names; "University
# of Chicago" and "United States of America" are one.
_AFFILIATION = re.compile(r"^((?:[A-Z][\w’'.-]* ){1,3}?[A-Z][\w’'.-]*) of (?:the )?((?:[A-Z][\w’'.&-]* )*(\w+))$")


def _capitalised(text: str) -> list[tuple[int, int, str]]:
    """Runs of capitalised words, cut after a possessive and between a person and their institution."""
    runs = []
    for match in _CAPITALISED.finditer(text):
        at = match.start()
        for piece in _POSSESSIVE.split(match.group()):
            parts = [piece]
            affiliation = _AFFILIATION.match(piece)
            if affiliation and affiliation.group(3) in _BODY_OR_SITE and " " in affiliation.group(1) \
                    and not set(affiliation.group(1).replace(".", "").split()) & GENERIC_NAME_WORDS:
                parts = [affiliation.group(1), affiliation.group(2)]
            for part in parts:
                start = at + piece.index(part)
                runs.append((start, start + len(part), part))
            at += len(piece) + 1
    return runs


def _name_spans(text: str, base: int, taken: list[tuple[int, int]]) -> list[tuple[int, int, str]]:
    spans = []
    for start, end, name in _capitalised(text):
        if _JOINED_BEFORE.search(text[:start]) or _JOINED_AFTER.match(text[end:]):
            continue
        # A possessive or a trailing full stop is not part of the name ("Kabul’s", "Kabul.").
        for suffix in ("’s", "'s", "’", "'"):
            if name.endswith(suffix):
                name, end = name[: -len(suffix)], end - len(suffix)
        if name.endswith(".") and not re.search(r"(?:\b[A-Z]|Jr|Sr|St|Inc|Corp)\.$", name):
            name, end = name[:-1], end - 1
        words = name.split()
        while words and (words[0] in _COMMON_CAPS or words[0].lower() in ("of", "the", "and")):
            start += len(words[0]) + 1
            words = words[1:]
        # "Secretary of State Antony Blinken": the name is what follows the last title.
        cut = max((i for i, w in enumerate(words[:-1]) if w.rstrip(".") in _TITLE_WORDS
                   or w == "State" and i >= 2 and words[i - 2] == "Secretary"), default=-1)
        if cut >= 0:
            start += len(" ".join(words[: cut + 1])) + 1
            words = words[cut + 1:]
        while words and words[-1].lower() in ("of", "the", "and", "for"):
            end -= len(words[-1]) + 1
            words = words[:-1]
        name = " ".join(words)
        if not words or not re.search(r"[a-z]", name) or name in _MONTH_NAMES or _overlaps(start, end, taken):
            continue
        spans.append((start, end, name))
    return spans


def find_facts(sentences: list[Sentence]) -> list[list[Fact]]:
    """The facts of each sentence, in the order of the sentences."""
    per_sentence: list[list[Fact]] = []
    mentions: list[list[tuple[int, int, str, str, str]]] = []  # start, end, name, before, after
    votes: dict[str, Counter] = defaultdict(Counter)
    document = " ".join(sentence.text for sentence in sentences)
    for index, sentence in enumerate(sentences):
        text, base = sentence.text, sentence.start
        taken: list[tuple[int, int]] = []
        facts = _dates(text, base - 0, taken)
        facts += _numbers(text, base, taken, document, lede=index < _LEDE)
        names = []
        for start, end, name in _name_spans(text, 0, taken):
            before, after = text[:start].rstrip(" “\"‘"), text[end:]
            names.append((start, end, name, before, after))
            for kind in _local_kinds(name, before, after, at_start=start == 0):
                votes[name][kind] += 1
            if re.fullmatch(r"Embassy [A-Z][a-z]+", name):
                votes[name.split()[1]]["city"] += 1  # embassies are named after their city
        per_sentence.append(facts)
        mentions.append(names)
    kinds = _classify(votes)
    result = []
    for index, (sentence, facts, names) in enumerate(zip(sentences, per_sentence, mentions)):
        for start, end, name, _, _ in names:
            kind = kinds.get(name)
            if kind:
                facts.append(Fact(kind[0], sentence.start + start, sentence.start + end, name, name, kind[1]))
        facts.sort(key=lambda f: f.start)
        result.append([_in_sentence(f, index) for f in facts])
    return result


def facts_of(text: str) -> list[Fact]:
    """The facts of a text read as one sentence (a prompt, a quote, a table line)."""
    return find_facts([Sentence(0, len(text), text, text, 0)])[0]


def _in_sentence(fact: Fact, index: int) -> Fact:
    return Fact(fact.kind, fact.start, fact.end, fact.text, fact.value, fact.detail, index, fact.written)


def _local_kinds(name: str, before: str, after: str, at_start: bool) -> list[str]:
    """What one mention's own words say the name is (several votes possible)."""
    words = name.split()
    if words[0] == "Operation" and len(words) > 1:
        return ["operation"]
    if name in countries():
        return ["country"]
    # A lone "Office" or "Police" opening a sentence is a common word ("Office worker Barry Thomas").
    if words[-1] in _ORG_WORDS and not (at_start and len(words) == 1) or words[0] in _ORG_WORDS and len(words) > 1 or (len(words) > 2 and "of" in words and words[0] in _ORG_WORDS):
        return ["org"]
    if words[-1] in _SITE_WORDS and len(words) > 1:
        return ["site"]
    if words[-1] == "City" and len(words) > 1:
        return ["place", "city"]
    if name in _CONTINENTS:
        return ["place", "continent"]
    found = []
    if 1 < len(words) <= 3 and (words[0] in _REGION_WORDS or words[-1] in _REGION_WORDS):
        found.append("region")  # of what kind, if a cue says it is a place at all
    if re.match(r"^,? and (?:his|her) ", after):
        found.append("person")  # "Osama bin Laden and his associates"
    if re.match(r"^,? and other (?:[a-z]+ )?(?:groups|organi[sz]ations|parties|companies|militias|movements)\b", after) \
            or re.search(r"\bknown as(?: the)?$", before):
        found.append("group")  # "Al Qaida and other terrorist groups", "known as the Taliban"
    if before.endswith(" the") or before == "The":
        found.append("after-the")
    if _TITLES.search(before + " ") or re.match(r"^[A-Z][a-z]+ (?:[A-Z]\. )+[A-Z][a-z]+$", name) \
            or _BY_PEOPLE.search(before) and _given_and_surname(words):
        found.append("person")
    if _SPEECH_AFTER.match(after) and not at_start:
        found.append("speaker")
    # "in Gleick's book": the preposition governs the book, not the name
    if _PLACE_CUE.search(before) and name not in _LANGUAGES and not re.match(r"^[’']", after):
        if before.endswith("from") and _FROM_TO_NOW.match(after):
            found.append("not-place")
        else:
            found.append("place")
    if _REGION_CUE.search(before):
        found += ["place", "region"]
    elif _CITY_CUE.search(before) and not _QUALIFIES.match(after):
        found += ["city"] if "place" in found else ["place", "city"]
    if " " not in name and (re.match(r" [a-z]", after) and re.search(r"(?:an|ese|ish|i)$", name) or before.endswith(" the")):
        found.append("not-place")  # "American history", "Taliban fighters", "the Taliban"
    if at_start:
        found.append("sentence-start")
    return found or ["other"]


# "named after Charles Hermite", "created by Werner Heisenberg, Max Born, and Pascual Jordan":
# after "by" or "after", and further along a list of names begun there, a given name and a
# surname are a person.
_BY_PEOPLE = re.compile(r"\b(?:by|after)(?: [A-Z][\w’'.-]*(?: [A-Z][\w’'.-]*){1,2},)*(?: and)?$")
# Given names from Faker's person data for the languages of most names in English texts.
_GIVEN_NAME_LOCALES = ("en_US", "en_GB", "en_IE", "de_DE", "fr_FR", "es_ES", "it_IT", "nl_NL",
                       "pt_PT", "pt_BR", "pl_PL", "cs_CZ", "sv_SE", "da_DK", "no_NO", "fi_FI")


def _given_and_surname(words: list[str]) -> bool:
    """Whether the words are a given name and a surname: "Max Born", not "Victoria Falls",
    "Georgia Tech", "May Day" or "Viking 1" (a country's or a month's name, a site's or an
    office's word, a number)."""
    return 2 <= len(words) <= 3 and words[-1][:1].isalpha() and words[0] in _given_names() and words[0] not in _MONTH_NAMES \
        and words[0] not in countries() and words[-1] not in GENERIC_NAME_WORDS | _REGION_WORDS


@lru_cache(maxsize=1)
def _given_names() -> frozenset[str]:
    import importlib  # here: Faker's data loads only for a text that names people this way

    names: set[str] = set()
    for locale in _GIVEN_NAME_LOCALES:
        provider = importlib.import_module(f"faker.providers.person.{locale}").Provider
        for field in ("first_names", "first_names_male", "first_names_female"):
            names.update(getattr(provider, field, ()))
    return frozenset(name for name in names if name.isalpha() and name[:1].isupper())


def _classify(votes: dict[str, Counter]) -> dict[str, tuple[str, str]]:
    """One (kind, detail) per name for the whole document; unclear names are left out."""
    kinds: dict[str, tuple[str, str]] = {}
    people = {name for name, v in votes.items() if v["person"]}
    surnames = {name.split()[-1]: name for name in people if len(name.split()) > 1}
    for name, v in votes.items():
        if v["operation"]:
            kinds[name] = ("operation", "")
        elif v["country"]:
            kinds[name] = ("place", "country")
        elif v["org"]:
            kinds[name] = ("org", "")
        elif v["site"]:
            kinds[name] = ("place", "site")
        elif name in people or name in surnames or (v["speaker"] and len(name.split()) in (2, 3)):
            kinds[name] = ("person", "surname" if " " not in name else "")
        elif v["place"] > v["not-place"] and not v["speaker"]:
            kinds[name] = ("place", _finer_place(v))
        elif v["group"] or (v["after-the"] >= 2 and " " not in name and not v["place"] and not demonym(name)):
            kinds[name] = ("org", "group")  # "the Taliban", mentioned as a group again and again
    return kinds


def _finer_place(votes: Counter) -> str:
    """The one finer kind a place's mentions agree on, else the bare "place"."""
    finer = {kind for kind in ("continent", "region", "city") if votes[kind]}
    return finer.pop() if len(finer) == 1 else "place"


def demonym(name: str) -> bool:
    """"Afghan", "American", "Soviet": a word made from a country's name (sharing its first
    max(4, len - 3) letters)."""
    shared = max(4, len(name) - 3)
    return len(name) >= shared and name[:shared] in _country_prefixes(shared)


@lru_cache(maxsize=None)
def _country_prefixes(length: int) -> frozenset[str]:
    """The first `length` letters of each country name at least that long."""
    return frozenset(country[:length] for country in countries() if len(country) >= length)


def _overlaps(start: int, end: int, taken: list[tuple[int, int]]) -> bool:
    return any(start < t_end and t_start < end for t_start, t_end in taken)
