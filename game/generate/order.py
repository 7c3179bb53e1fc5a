"""Order questions: 3 to 6 dated events, dates removed from the items, one quote each.

An event is a usable sentence with exactly one date that has a year, where that date
plainly dates the sentence's main event: it opens the sentence ("In 1961, Lorenz ran ...")
or closes the main clause ("Tereshkova became the first woman in space in June 1963.").
A date anywhere else may belong to something else ("found a wedding announcement from
1959", "remembered that she had studied there in the 1990s"), so the sentence is left out:
an order question must never have a wrong key. A chronological table gives events too: an
entry under a line that holds only its date ("753." under a "B.C." line, "August 4, 1914").

Dates are compared as the intervals they name ("2021" is the whole year), so "August 2021"
and "2021" are never both in one question: their order is not known.
"""

from __future__ import annotations

import random
import re
from dataclasses import dataclass, replace

from game.generate.facts import Fact
from game.generate.questions import PURPOSE, Candidate, usable
from game.generate.records import (
    ENTRY_SENTENCE,
    MAX_ITEM_WORDS,
    Record,
    event_item,
    interval,
    names_its_year,
)
from game.generate.sentences import Sentence
from game.textnorm import fold_answer

_QUALIFIER = r"(?:(?:the\s+)?(?:early|late|mid-|summer of|winter of|spring of|autumn of|fall of|end of|start of|beginning of)\s*)?"
# Words that put a date on the event itself; "by 2010" is a deadline, "since 1998" a start,
# "from 1959" may describe a thing ("a wedding announcement from 1959").
_AT = rf"(?:[Ii]n|[Oo]n|[Dd]uring)\s+(?:the\s+)?{_QUALIFIER}"
_OPENING = re.compile(rf"^{_AT}$")
_CLOSING = re.compile(rf"\s+{_AT}$")
# "In the wake of the Soviet invasion of Afghanistan in 1979, ...": the date dates what the
# opening part names, an event.
# "The imminent arrival of Taliban fighters in August 2021 prompted ...": the date dates the
# subject when the subject names an event.
_EVENT_SUBJECT = re.compile(rf"^(?:The|An?)\s+(?:[a-z-]+\s+){{0,2}}(?P<head>[a-z]+)\s+of\s+[^,;:()—–]+?\s+{_AT}$")
_EVENT_NOUNS = {
    "arrival", "invasion", "fall", "death", "birth", "rise", "siege", "sack", "battle", "end", "start", "beginning",
    "launch", "attack", "collapse", "visit", "return", "landing", "opening", "founding", "signing", "building",
    "construction", "election", "coronation", "declaration", "liberation", "occupation", "annexation", "evacuation",
    "withdrawal", "departure", "assassination", "execution", "defeat", "capture", "destruction", "discovery",
    "publication", "outbreak", "eruption", "explosion", "bombing", "surrender", "abolition", "creation", "formation",
    "dissolution", "merger", "acquisition", "murder", "conquest", "partition", "unification", "reunification",
    "invention", "release", "completion", "reign",
}
_AFTER_EVENT = re.compile(rf"^(?:[Ii]n the wake of|Following|After|Before)\s+(?P<event>[^,;:()—–]+?)\s+{_AT}$")
# A date after one of these belongs to a clause inside the sentence, not to its main event.
_REPORTED = re.compile(r"\b(?:that|who|whom|whose|which|where|when|while|because|although|though|if|whether"
                       r"|since|after|before|until|once|as)\b", re.I)
_REPORTING_VERB = re.compile(
    r"\b(?:said|says|told|remembered|recalled|wrote|noted|learned|learnt|realized|realised|found|discovered"
    r"|knew|thought|believed|reported|announced|claimed|showed|revealed|read)\b", re.I)
_NO_CLAUSE = {"who", "whom", "whose", "which", "where", "if", "whether"}
# A verb whose plan, not its act, a closing date may belong to.
_INTENT = re.compile(r"\bplan(?:s|ned)?\b|\b(?:agree|decide|hope|promise|pledge|vow|expect|intend|aim|want|prepare|schedule|threaten"
                     r"|vote|propose|seek|try|fail|ask|order|call|urge)(?:s|ed|d)?\b|\b(?:sought|tried|tries)\b|\bto be\b", re.I)
_BREAK = re.compile(r",\s+|\s*;\s+|\s*:\s+|\s+[—–]\s+|—|\s+\(")
# After a break, words that start a part the clause before can stand without.
_TRAILING = {"which", "who", "whom", "whose", "where", "when", "while", "and", "but", "or", "after", "before",
             "because", "although", "as", "so", "including", "until", "since", "then", "though", "whereas"}
# Without a comma, only these surely end the main clause ("was deposed when a conference ...").
_SUBORDINATE = re.compile(r"\s+(?:when|while|because|although|whereas)\b")

# An item ending in one of these lost the words its date was part of.
_NO_END = {"the", "a", "an", "of", "in", "on", "at", "to", "by", "for", "from", "with", "and", "or", "but", "since",
           "until", "that", "which", "who", "whom", "whose", "when", "where", "while", "as", "than", "along",
           "his", "her", "its", "their", "our", "my", "your", "is", "was", "were", "be", "been", "had", "has"}
# An item opening with one of these leans on words the player never saw, or has no subject:
# "Created by members of Netscape", "Having programmed ...", "which was released ...".
_NO_START = re.compile(
    r"(?:he|she|it|they|him|her|his|its|their|them|this|these|those|there|such|so|many|another|which|who|whom|whose|that"
    r"|where|when|and|but|or|as|if|because|although|though|after|before|once|until|since|while"
    r"|is|are|was|were|has|have|had|be|been|in|on|at|of|for|from|with|to)\b", re.I)
_PARTICIPLE = re.compile(r"[A-Za-z]+(?:ed|en|ing)\s+(?:by|in|on|at|as|to|from|with|into|a|an|the|[a-z]+ed)\b")
_PRONOUN = re.compile(r"\b(?:he|she|him|his|her|it|its|they|them|their|this|these|those|there)\b", re.I)
# A list entry that points at the one above: "1077: Henry IV recognized this claim by ...".
_POINTER = re.compile(r"\b(?:this|these|those|such|the same|the latter|the former)\b(?! as\b)", re.I)
_PAST = re.compile(
    r"\b(?:[a-z]{2,}ed|was|were|had|became|began|begun|took|taken|made|won|led|left|fell|ran|built|came|went|gave"
    r"|got|held|sent|set|met|wrote|rose|saw|kept|brought|bought|taught|told|sold|struck|grew|drew|broke|chose"
    r"|flew|fought|froze|knew|lost|paid|put|quit|sank|sat|shook|shot|spoke|stood|stole|swore|threw|tore|wore"
    r"|withdrew|overthrew|undertook|sought|spread|dug|cast|cut|bore|beat|fled|fed|felt|forgave|hung|let|lit"
    r"|meant|overcame|overtook|rebuilt|retook|shed|slew|spent|split|sprang|stuck|swept|upheld|found|died|born)\b")
# "had taken", "was already old": a state at the date, or an event before it, not an event at it.
_STATE = re.compile(r"\b(?:had|already|still|yet|no longer)\b", re.I)
_NOT_PAST = {"hundred", "indeed", "need", "speed", "seed", "feed", "red", "bed", "sacred", "naked", "wicked"}


@dataclass(frozen=True)
class Event:
    interval: tuple[tuple, tuple]  # first and last day the date can mean
    item: str
    quote: dict
    key: tuple  # the fact it asks about
    date: str  # the date as a reader should see it
    # What the items are, when not events: a table's rows ("films"). Only events of one
    # group share a question.
    group: str = ""


def events(source: str, sentences: list[Sentence], facts: list[list[Fact]], found_records: list[Record] = ()) -> list[Event]:
    """The document's dated events: from its prose and its records (lists, tables, chronologies)."""
    found = []
    for sentence, sentence_facts in zip(sentences, facts):
        # The first date only: "The Government Mill opened in 1907, but was closed down in May,
        # 1910" dates its main clause by it, and an item holding another date is refused.
        dates = [f for f in sentence_facts if f.kind == "date"]
        quote = sentence.quote or sentence.run
        # A century is no interval the order checks know: its events are not ordered.
        if not dates or dates[0].detail == "century" or not quote or not usable(replace(sentence, quote=quote), hedges_ok=True):
            continue
        span = interval(dates[0].value, dates[0].detail)
        item = _main_event(sentence.text, dates[0].start - sentence.start, dates[0].end - sentence.start)
        # A quote cut short by markup must still show the item and its date.
        shown = sentence.quote is not None or all(fold_answer(part) in fold_answer(quote) for part in (item or "", dates[0].text))
        if span and item and shown:
            found.append(Event(span, item, {"source": source, "text": " ".join(quote.split())},
                               dates[0].key, dates[0].text))
    for record in found_records:
        item = record_item(record)
        if item and record.quote and not names_its_year(item, record):
            found.append(Event(record.interval, item, {"source": source, "text": " ".join(record.quote.split())},
                               record.key + (source,), record.shown, record.group))
    return found


def _main_event(text: str, at: int, to: int) -> str | None:
    """The item for a sentence whose date at text[at:to] dates its main event, else None."""
    before, after = text[:at], text[to:]
    if _OPENING.match(before) or not before and after.startswith(","):
        # "In 1961, Lorenz ran ...": the main clause follows the date.
        return _item(after.lstrip(" ,"), table=False, shared_date=True)
    event = _AFTER_EVENT.match(before)
    if event and after.startswith(","):
        return _item(event["event"], table=True)
    subject = _EVENT_SUBJECT.match(before)
    if subject and subject["head"] in _EVENT_NOUNS and re.match(r" [a-z]", after) and not _REPORTED.search(before):
        return _item(before[:_CLOSING.search(before).start()], table=True)
    closing = _CLOSING.search(before)
    if not closing or not re.match(r"\s*(?:[.!?]?$|" + _BREAK.pattern + ")", after):
        return None
    # "Yuri Gagarin became the first human in space on April 12, 1961, when ...": the clause
    # before the date, after any opening part ("Following the 9/11 attacks, the United States ...").
    start = max((m.end() for m in _BREAK.finditer(before, 0, closing.start())), default=0)
    inner = [m for m in _REPORTED.finditer(before, start, closing.start())]
    if inner:
        # "The world watched as 120,000 people were airlifted in August 2021": the date dates
        # the clause it closes; a relative or conditional one has no subject of its own.
        if inner[-1].group().lower() in _NO_CLAUSE:
            return None
        start = inner[-1].end()
    clause = before[start:closing.start()]
    if _REPORTING_VERB.search(clause) or _INTENT.search(clause):
        return None  # "X remembered Y ... in 1990", "planned to open a plant in 2030": the date may be Y's
    return _item(clause, table=False)


def _item(text: str, table: bool, shared_date: bool = False) -> str | None:
    """The clause at the start of text, cut where a part it can stand without begins; None
    if it is not a whole, short statement that reads on its own.

    table: an entry of a chronological table, where a noun phrase is an event ("First
    Olympiad") and any pronoun points at an entry above.
    shared_date: the date stands before the clause, so it dates each of its verbs: "In 221
    BC, Qin Shi Huang conquered the warring states and created the title ..." may end before
    "and created". (A closing date dates only the verb it follows.)
    """
    text = text.strip().rstrip(".!?").strip()
    text = re.sub(r"^(?:Unfortunately|However|Meanwhile|Then|Later|Also|But|And|Eventually|Finally),\s*", "", text)
    cuts = [(m.start(), True) for m in _SUBORDINATE.finditer(text)] + [(m.start(), True) for m in PURPOSE.finditer(text)]
    if shared_date:
        cuts += [(m.start(), True) for m in re.finditer(r" and (?=\w+ )", text)
                 if _PAST.match(text, m.end()) and text[m.end():].split()[0] not in _NOT_PAST]
    for m in _BREAK.finditer(text):
        word = re.match(r"\w+", text[m.end():])
        cuts.append((m.start(), bool(word) and (word.group().lower() in _TRAILING or word.group().endswith("ing"))))
    if cuts:
        end, clean = min(cuts)
        if not clean:
            return None  # "Daniel Rothman, co-director of ..., was preparing": the clause goes on past the break
        text = text[:end]
    words = text.split()
    if not (2 if table else 3) <= len(words) <= MAX_ITEM_WORDS:
        return None
    if words[-1].lower().strip(",;:") in _NO_END or _NO_START.match(text) or _PARTICIPLE.match(text):
        return None
    if text.count("(") != text.count(")") or text.count("\"") % 2 or re.search(r"(?<![\d,.])\d{3,4}\b(?![,.]\d)", text):
        return None  # a number that may be another date
    if table and _PRONOUN.search(text) or _STATE.search(text):
        return None
    if not table and not any(w not in _NOT_PAST for w in _PAST.findall(" ".join(words[1:]))):
        return None  # no verb after the subject: not an event
    return text[0].upper() + text[1:]


def record_item(record: Record) -> str | None:
    """What a list entry or table row says happened, as an order item, or None."""
    if record.group:
        return record.entry
    if record.cell:
        return cell_item(record.entry)
    if record.under:
        # An entry of a chronological table names its event ("First Olympiad"); a pronoun
        # points at the entry above.
        return _item(_ASIDE.sub("", record.entry), table=True) if not record.entry.startswith(("(", "[")) else None
    item = event_item(record.entry)
    return None if item and _POINTER.search(item) else item


def cell_item(entry: str) -> str | None:
    """A timeline table's item as an order item: its first sentence, asides dropped, if that is
    a whole statement. "A series of poems in English about a group of people going to
    Canterbury" has no verb of its own: it describes, it states nothing."""
    first = _ASIDE.sub("", ENTRY_SENTENCE.split(entry)[0]).lstrip(" :;,-")
    if re.search(r"[^\w\s,.;:'’‘“”\"&()-]", first) or _PRONOUN.search(first) or _FICTION.search(first):
        return None  # a note's shorthand ("flees to England → imprisoned"), or "after this", "his son"
    # A timeline tells its events in the present ("Julius Caesar crosses the Rubicon") or
    # names them ("fall of the Western Roman Empire").
    event = _HISTORIC_PRESENT.match(first) or _EVENT_PHRASE.match(first)
    if event and (event.groupdict().get("named") or event["head"]).lower() in _EVENT_NOUNS | {""}:
        return _item(first, table=True, shared_date=True)
    return _item(first, table=False, shared_date=True)


# A story's date is no history: "setting of Back to the Future III", "Star Trek: Irish
# reunification", "Fiction: ...": a label before a colon says whose world the entry is in.
_ASIDE = re.compile(r"\s*(?:\([^()]*\)|\[[^\[\]]*\])")
_FICTION = re.compile(r"(?:setting of|fictional|fiction)|^[A-Z][\w'’ ]{0,30}:\s", re.I)
_HISTORIC_PRESENT = re.compile(r"(?:[Tt]he )?(?:[A-Z][\w.'’&-]*\s+){1,4}(?P<head>)(?!is\b|has\b|was\b)[a-z]{2,}(?<![su]s)s\b")
_EVENT_PHRASE = re.compile(r"(?:[Tt]he )?(?:first |final )?(?P<head>[a-z]+) of "
                           # or a label naming one: "Battle of Naseby", "Execution of Charles I"
                           r"|(?:The )?(?P<named>[A-Z][a-z]+) of (?:the )?[A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*)*$")


# -- questions


def order_candidates(found: list[Event], rng: random.Random, tries: int = 20) -> list[Candidate]:
    """Sets of 4 (or at least 3) events of one group whose dates do not overlap, in date order."""
    results: list[Candidate] = []
    for group in sorted({e.group for e in found}):
        results += _order_candidates([e for e in found if e.group == group], group, rng, tries, len(results))
    return results


def _order_candidates(found: list[Event], group: str, rng: random.Random, tries: int, made: int) -> list[Candidate]:
    found = sorted(found, key=lambda e: (e.interval, e.item))
    prompt = f"Put these {group} in order by year, earliest first." if group else \
        "Put these events in the order they happened, earliest first."
    results, seen = [], set()
    for _ in range(tries):
        pool = found[:]
        rng.shuffle(pool)
        chosen: list[Event] = []
        for event in pool:
            if all(_apart(event, other) and not _alike(event.item, other.item) for other in chosen):
                chosen.append(event)
            if len(chosen) == 4:
                break
        if len(chosen) < 3:
            break
        chosen.sort(key=lambda e: e.interval)
        key = tuple(e.item for e in chosen)
        if key in seen:
            continue
        seen.add(key)
        question = {"type": "order", "prompt": prompt, "items": [e.item for e in chosen], "quote": [e.quote for e in chosen]}
        if any(not _shows_date(e) for e in chosen):
            # A table's quote shows "753." but not the era set lines above it; a film's quote
            # is its title, the year stands in another cell.
            question["explanation"] = "Dates: " + "; ".join(e.date for e in chosen) + "."
        results.append(Candidate(question, tuple(e.key for e in chosen), ("order", made + len(results)),
                                 1.0 + 0.05 * len(chosen)))
    return results


def _shows_date(event: Event) -> bool:
    """Whether the quote shows the item's date and no other year a player could take for it."""
    text = event.quote["text"]
    return event.date.split("'")[0] in text and len(re.findall(r"(?<![\d,.])\d{3,4}(?![\d,.])", text)) == 1


def _apart(a: Event, b: Event) -> bool:
    return a.interval[1] < b.interval[0] or b.interval[1] < a.interval[0]


def _alike(a: str, b: str) -> bool:
    """Items naming mostly the same things ("First Punic War", "End of First Punic War")."""
    words_a, words_b = (set(re.findall(r"\w{3,}", x.lower())) for x in (a, b))
    return len(words_a & words_b) >= 0.5 * min(len(words_a), len(words_b))
