"""Wrong options of the same kind and shape as the answer.

Taken first from the same documents (another place the text names for a place, another
year for a year), then by plausible change: numbers of the same magnitude and written
format, nearby years and days. Numeric options put the answer at a random rank among
them, so "pick the middle value" is no better than a guess.
"""

from __future__ import annotations

import random
import re
from collections import defaultdict
from functools import lru_cache

from game.generate.facts import NAME_KINDS, Fact
from game.textnorm import fold_answer

_WORD_NUMBERS = ["two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve"]
_MONTH_NAMES = ["January", "February", "March", "April", "May", "June", "July", "August",
                "September", "October", "November", "December"]
_MONTH_ABBREVIATIONS = ["Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.", "Sept.", "Oct.", "Nov.", "Dec."]

class Pool:
    """A document's facts, indexed once by kind and detail, where wrong options are sought.

    Every fact looks here for others like it; scanning all facts for each would make a
    long document's time grow with the square of its length.
    """

    def __init__(self, facts: list[Fact]):
        self._by: dict[tuple[str, str], list[Fact]] = defaultdict(list)
        self._dates: dict[tuple[str, str], list[Fact]] = defaultdict(list)
        for f in facts:
            self._by[f.kind, f.detail].append(f)
            if f.kind == "date":
                self._dates[f.detail, _date_shape(f.text)].append(f)
        self._names: dict[tuple[str, str], list[str]] = {}
        years = [f.value[0] for f in facts if f.kind == "date" and f.value[0] is not None]
        self.latest_year = max(years, default=None)
        self.empty = not facts

    def like(self, fact: Fact) -> list[Fact]:
        """Facts of the same kind and detail (numbers of people for people)."""
        return self._by.get((fact.kind, fact.detail), [])

    def names(self, fact: Fact) -> list[str]:
        """The distinct names of the fact's kind and detail, sorted."""
        key = fact.kind, fact.detail
        if key not in self._names:
            self._names[key] = sorted({f.text for f in self._by.get(key, [])})
        return self._names[key]

    def dates(self, fact: Fact) -> list[Fact]:
        """Dates of the same precision, written in the same shape."""
        return self._dates.get((fact.detail, _date_shape(fact.text)), [])


def distractors(fact: Fact, pool: Pool, prompt: str, rng: random.Random, want: int = 3,
                articles: dict[str, bool] | None = None) -> tuple[list[str], int]:
    """Up to `want` wrong options for `fact`, and how many came from the documents.

    articles: whether the documents write each name after "the"; a wrong name must be of
    the answer's class, so "the ____" or a bare "____" fits every option alike.
    """
    if fact.kind in NAME_KINDS:
        options = _names(fact, pool, prompt, rng, want, articles or {})
        return options, len(options)
    if fact.kind == "date":
        return _dates(fact, pool, rng, want)
    return _numbers(fact, pool, rng, want)


def _names(fact: Fact, pool: Pool, prompt: str, rng: random.Random, want: int, articles: dict[str, bool]) -> list[str]:
    answer = fold_answer(fact.text)
    the = articles.get(fact.text, takes_the(fact.text))
    folded_prompt = f" {fold_answer(prompt)} "
    seen = {answer}
    options = []
    candidates = list(pool.names(fact))
    rng.shuffle(candidates)
    for text in candidates:
        folded = fold_answer(text)
        # An option inside the answer, or the answer inside it, or one already in the prompt,
        # is either also right or plainly wrong.
        # "America" beside "the United States": another name for a country, never wrong enough.
        if (folded in seen or folded in _COUNTRY_SYNONYMS or folded in answer or answer in folded or f" {folded} " in folded_prompt
                or any(same_country(text, other) for other in [fact.text, *options])
                or articles.get(text, takes_the(text)) != the or takes_the(text) not in (None, the)):
            continue
        seen.add(folded)
        options.append(text)
        if len(options) == want:
            break
    if fact.detail == "country" and len(options) < want:
        # Too few countries in the documents: well-known ones of the same article class.
        named = {fold_answer(text) for text in candidates}
        known = [c for c in (_THE_COUNTRIES if the else _BARE_COUNTRIES)
                 if fold_answer(c) not in seen and f" {fold_answer(c)} " not in folded_prompt
                 and not any(same_country(c, other) for other in [fact.text, *options])
                 and fold_answer(c) not in named]
        rng.shuffle(known)
        options += known[: want - len(options)]
    return options


_THE_COUNTRIES = ["United Kingdom", "Netherlands", "Philippines", "United Arab Emirates", "Czech Republic"]
_BARE_COUNTRIES = ["France", "Pakistan", "Iran", "Canada", "Italy", "Japan", "Turkey", "Egypt", "Spain", "Poland"]


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


def _numbers(fact: Fact, pool: Pool, rng: random.Random, want: int) -> tuple[list[str], int]:
    value = fact.value
    if fact.written == "words":
        index = _WORD_NUMBERS.index(fact.text.lower()) if fact.text.lower() in _WORD_NUMBERS else None
        if index is None:
            return [], 0
        # Near the answer: "two decades" against three or five, not eleven.
        values = [float(i + 2) for i in range(len(_WORD_NUMBERS)) if i != index and value / 2.5 <= i + 2 <= value * 2.5]
        chosen = _around(value, values, rng, want)
        return [_recase(_WORD_NUMBERS[int(v) - 2], fact.text) for v in chosen], 0
    from_documents = sorted({f.value for f in pool.like(fact)
                             if f.written == "digits" and _same_magnitude(f.value, value)
                             and abs(f.value - value) > 0.15 * value and _same_format(f.text, fact.text)})
    step = _step(fact.text)
    made = []
    for factor in (0.4, 0.5, 0.6, 0.7, 0.75, 0.8, 1.25, 1.3, 1.4, 1.5, 1.6, 1.75, 2.0, 2.5):
        candidate = round(value * factor / step) * step
        if candidate > 0 and _same_magnitude(candidate, value) and abs(candidate - value) > 0.2 * value:
            # 20% apart at least: "about 10" must not pass for "about 12"
            made.append(candidate)
    chosen = _around(value, sorted(set(made) | set(from_documents)), rng, want, prefer=set(from_documents))
    return [_number_like(v, fact.text) for v in chosen], sum(v in from_documents for v in chosen)


def _around(value: float, values: list[float], rng: random.Random, want: int, prefer: set = frozenset()) -> list[float]:
    """`want` values with the answer at a random rank among them; preferred ones first,
    the rest drawn at random so the options spread rather than bunch by the answer."""
    below = [v for v in values if v < value]
    above = [v for v in values if v > value]
    rng.shuffle(below)
    rng.shuffle(above)
    below.sort(key=lambda v: v not in prefer)
    above.sort(key=lambda v: v not in prefer)
    ranks = [r for r in range(want + 1) if r <= len(below) and want - r <= len(above)]
    if not ranks:
        return sorted((below + above)[:want])
    rank = rng.choice(ranks)
    return sorted(below[:rank] + above[: want - rank])


def _step(text: str) -> float:
    """How finely a written number is rounded: 122,000 -> 1000; 58 -> 1; 3.5 -> 0.1."""
    digits = re.search(r"\d[\d,]*(?:\.\d+)?", text).group().replace(",", "")
    if "." in digits:
        return 10.0 ** -len(digits.split(".")[1])
    zeros = len(digits) - len(digits.rstrip("0"))
    return 10.0 ** min(zeros, max(len(digits) - 2, 0)) if zeros else 1.0


def _same_magnitude(a: float, b: float) -> bool:
    return a > 0 and b > 0 and len(str(int(a))) == len(str(int(b)))


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


def _dates(fact: Fact, pool: Pool, rng: random.Random, want: int) -> tuple[list[str], int]:
    year, month, day = fact.value
    from_documents = sorted({f.text for f in pool.dates(fact) if f.value != fact.value and _near(f.value, fact.value)})
    if fact.detail in ("year", "decade") and year is not None:
        span = 10 if fact.detail == "decade" else 1
        # No year later than the documents' latest: they do not tell of years after it.
        latest = max(year, pool.latest_year)
        values = [year + k * span for k in range(-8, 9) if k and (year + k * span > 0) == (year > 0) and year + k * span <= latest]
        known = {_date_value(t)[0] for t in from_documents}
        chosen = _around(float(year), [float(v) for v in sorted(set(values) | known)], rng, want, prefer={float(v) for v in known})
        options = [_replace_year(fact.text, year, int(v)) for v in chosen]
    elif fact.detail == "month" and year is not None:
        months = [m for m in range(1, 13) if m != month]
        chosen = _around(float(month), [float(m) for m in months], rng, want)
        options = [_replace_month(fact.text, month, int(m)) for m in chosen]
    elif fact.detail == "day":
        # A few days apart at least: one day off is trivia, not recall.
        days = [d for d in range(1, 29) if 3 <= abs(d - day) <= 12]
        chosen = _around(float(day), [float(d) for d in days], rng, want)
        options = [re.sub(rf"\b{day}\b", str(int(d)), fact.text, count=1) for d in chosen]
    else:
        return [], 0
    # Prefer dates the documents name themselves, when they fit the same rank pattern.
    return options, sum(option in from_documents for option in options)


def _near(a: tuple, b: tuple) -> bool:
    return a[0] is not None and b[0] is not None and abs(a[0] - b[0]) <= 30


def _date_value(text: str) -> tuple:
    years = re.findall(r"\d{3,4}", text)
    return (int(years[0]) if years else None,)


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
