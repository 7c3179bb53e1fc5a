"""Records: the dated entries of a list or a table, and the questions they give.

A timeline's line ("- 1958 ᴘʟ `Lisp` by John McCarthy") or a table's row (a film's title,
its year, its synopsis) is no sentence: a date and what it dates stand side by side. A
record gives order questions, a year question when its entry reads as an event, and a
"who" question when it names who made a thing ("Lisp by John McCarthy").

A list whose dates do not run in order is no chronology (a heap of notes, a list of
references): it gives nothing, since no one should be asked to trust its order.
"""

from __future__ import annotations

import bisect
import calendar
import random
import re
from dataclasses import dataclass
from typing import Iterator

from game.generate.distractors import Pool, distractors, years_in
from game.generate.facts import Fact, facts_of
from game.generate.questions import Candidate, accepted
from game.generate.sentences import DATED, Sentence
from game.generate.text import FRONT_MATTER, Document, with_marks
from game.textnorm import fold_quote

_MIN_RECORDS = 3  # fewer dated lines make no list: a heading that is a year
_IN_ORDER = 0.8  # the share of a list's neighbours whose dates run forwards
_MAX_ENTRY_WORDS = 30  # a longer line is a paragraph that opens with a year
MAX_ITEM_WORDS = 14  # an order item, or a row's name, longer than this reads as a passage
_DATE_ONLY = re.compile(r"(?:[-*+•]\s+)?(?P<y>1\d{3}|20\d{2})\s*[.:]?")
_BULLET = re.compile(r"[ \t]*(?:[-*+•]|\d{1,3}[.)])[ \t]+")
# Words that only join names: "Curry and Feys" and "Backus, Naur et al." name no event.
_JOINING = {"and", "et", "al", "by", "of", "the", "de", "van", "von", "der", "with", "at", "in", "on", "for", "&"}
_BY = re.compile(
    r"(?P<thing>[A-Z0-9][\w'’+#.-]*(?: (?:[A-Z0-9][\w'’+#.-]*|of|the|for))*) by "
    r"(?P<who>[A-Z][\w.'’-]*(?: (?:[A-Z][\w.'’-]*|van|von|de|der))*)(?=$|,| at [A-Z])")
_SUBJECT = re.compile(r"(?:[A-Z0-9][\w'’+#.-]*)(?: [A-Z0-9][\w'’+#.-]*)*")
_GENERIC_HEADERS = {"name", "title", "item", "entry", "event", "description", "what"}


@dataclass(frozen=True)
class Record:
    start: int  # where the entry starts in the plain view: it keys the fact
    value: tuple  # the date: (year, month, day), None where not given
    shown: str  # the date as a reader should see it
    entry: str  # the entry's plain words, its date and tag left out
    quote: str | None  # the file's own words showing the record, or None if markup is inside
    dated_quote: bool  # whether the quote shows the date too
    group: str = ""  # what a table's rows are ("films"); "" for a list of events
    span: tuple[tuple, tuple] | None = None  # the days a table's date cell can mean ("16th century")
    cell: bool = False  # a timeline's own item (a table's cell, a data timeline's label): a statement, not a list's note
    under: bool = False  # a sentence of a chronological table's entry, under a line holding its date

    @property
    def key(self) -> tuple:
        return ("record", self.start)

    @property
    def interval(self) -> tuple[tuple, tuple]:
        return self.span or interval(self.value, "decade" if self.shown.rstrip("'s") != self.shown else "year")


def interval(value: tuple, precision: str) -> tuple[tuple, tuple] | None:
    """The first and last (year, month, day) a date can mean; None without a year."""
    year, month, day = value
    if year is None:
        return None
    if precision == "decade":
        return (year, 1, 1), (year + 9, 12, 31)
    if day is not None and month is not None:
        return (year, month, day), (year, month, day)
    if month is not None:
        return (year, month, 1), (year, month, calendar.monthrange(max(year, 1), month)[1])
    return (year, 1, 1), (year, 12, 31)


def records(document: Document) -> list[Record]:
    """The document's records: from its dated lists, then from its tables."""
    after = _after_records(document)
    # A list whose shape puts each year after its item is not read the other way too: its
    # year lines would each date the item below them.
    after += [r for r in _chronology(document) if not any(r.start <= a.start < r.start + len(r.entry) for a in after)]
    claimed = {r.start for r in after}
    return [r for r in _list_records(document) if r.start not in claimed] + after + _table_records(document) \
        + [label for label, _ in _data_timeline(document)]


def dated_passages(document: Document) -> list[Record]:
    """The passages a date dates without being a record: a data timeline's long texts, and the
    paragraphs under a year-by-year account's year headings. They give untold_years its
    lead-ins, never an item or a question of their own."""
    return [text for _, text in _data_timeline(document) if text] + _year_sections(document)


# A section heading that is one year: "1642", "## 1642", "1642 - The Civil War begins"; not
# a span ("1500 - 1799"), a decade ("1800's") or an era ("1642 BC").
_YEAR_HEADING = re.compile(r"(?P<y>1\d{3}|20\d{2})\s*(?:[.:]|[-–—:]\s+(?P<title>[^\d\s].*))?")
_HEADING_WORDS = 8  # a longer line is a paragraph's


def _year_sections(document: Document) -> list[Record]:
    """The paragraphs under each year heading, up to the next heading, where the headings make a
    chronology: at least three, running forwards. One "2019" heading may head a study's
    methods, a year-by-year account's run of them dates what each section tells. A heading
    with its text right under it is a chronological table's date line, read there."""
    sections: list[Record] = []
    year, start, end, blank = None, None, None, False
    for read in [*_lines(document), ("", 0, 0, 0, None)]:  # the empty line added closes the last section
        if read is None:
            blank = True
            continue
        line, at, text_at, _, bullet = read
        # A table's cell ("1993" beside a film's synopsis) heads nothing, and ends a section.
        table = document.in_table(at)
        heading = table or not bullet and _heading(document, line, text_at)
        if heading and year and start is not None:
            sections.append(Record(start, (int(year), None, None), year, document.plain[start:end], None, False))
        if heading:
            found = not table and _YEAR_HEADING.fullmatch(line)
            year, start, blank = found and found["y"], None, False
        elif year and start is None and (not blank or bullet):
            # "1642" / "The war began." is a chronological table's date line; a year over a list
            # item may be the year of the item above it ("- Explosion of Krakatoa" / "1883"):
            # the list readers date those.
            year = None
        elif year:
            start = at if start is None else start
            end = at + len(line)
    return _in_order([sections])


_MARKDOWN_HEADING = re.compile(r"[ \t]{0,3}#{1,6}[ \t]")


def _heading(document: Document, line: str, text_at: int) -> bool:
    """Whether a plain line heads a section: a Markdown "#" line, or a short line that ends no sentence."""
    if _MARKDOWN_HEADING.match(document.text, document.text.rfind("\n", 0, text_at) + 1):
        return True
    return len(line.split()) <= _HEADING_WORDS and not re.search(r"[.!?:;,\"”)]$", line)


def _lines(document: Document) -> Iterator[tuple[str, int, int, int, re.Match | None] | None]:
    """Each line of the plain view as (its words, where they start in the plain view, where they
    start and end in the file's text, its list bullet), or None for a blank line."""
    text = document.text
    for match in re.finditer(r"^.*$", document.plain, re.M):
        line = match.group().strip()
        if not line:
            yield None
            continue
        start = match.start() + len(match.group()) - len(match.group().lstrip())
        at = document.to_text(start)
        end = document.to_text(start + len(line) - 1) + 1
        yield line, start, at, end, _BULLET.fullmatch(text, text.rfind("\n", 0, at) + 1, at)


def _list_records(document: Document) -> list[Record]:
    runs: list[list[Record]] = [[]]
    date = None  # (value, shown) of a line holding only a year, for the list items under it
    for read in _lines(document):
        if read is None:
            date = None  # an undated item belongs to the date right above it
            continue
        line, start, at, end, bullet = read
        own = document.text[at:end]
        quote = own if "<" not in own and "](" not in own else None
        only = _DATE_ONLY.fullmatch(line)
        dated = DATED.match(line)
        marked = bullet and _marked(line, own)
        if bullet and bullet.group().startswith(("  ", "\t")):
            # A nested item ("Intersection Types" / "  - 1978 Coppo, Dezani") is about its
            # parent item: alone it names no event.
            runs.append([])
            date = None
        elif only:
            date = ((int(only["y"]), None, None), only["y"])
        elif marked:
            (value, span, shown), entry, entry_at, quote_end = marked
            runs[-1].append(Record(start + entry_at, value, shown, entry, quote and quote[:quote_end], True, span=span))
        elif dated and len(dated["entry"].split()) <= _MAX_ENTRY_WORDS and (span := _years_span(dated["date"])):
            runs[-1].append(Record(start + dated.start("entry"), span[0], dated["date"],
                                   dated["entry"], quote, True, span=span[1]))
        elif date and bullet:
            entry = _untagged(line)
            runs[-1].append(Record(start + len(line) - len(entry), *date, entry, quote, False))
        else:
            runs.append([])
            date = None
    return _in_order(runs)


def _in_order(runs: list[list[Record]]) -> list[Record]:
    """The records of the runs that make a chronology, each in order with its neighbours."""
    found = []
    for run in runs:
        spans = [r.interval for r in run]
        forwards = sum(a <= b for a, b in zip(spans, spans[1:]))
        if len(run) >= _MIN_RECORDS and forwards >= _IN_ORDER * (len(run) - 1):
            found += [r for i, r in enumerate(run) if in_sequence(spans, i)]
    return found


def _after_records(document: Document) -> list[Record]:
    """The records of a list whose years follow their items, each on a line of its own:
    "- First seismoscope in Chang Hêng, China." / "132 A.D.". The list's shape decides the
    direction: a run that opens with an item and gives each item a year line right after
    it. A year line after another one, an era ("B.C.") or a span of years ("1500 - 1799")
    is a section's heading, no item's date."""
    runs: list[list[tuple]] = [[]]  # ("item", start, line, end) and ("year", date, end) per run
    for read in _lines(document):
        if read is None:
            continue  # the lines of such a list stand apart
        line, start, at, end, bullet = read
        cell = date_cell(line)
        # A line holding only a year, of any era: "373 B.C.", "132 A.D.", "1556" (not a bare "12").
        if cell and _ONE_YEAR.fullmatch(line) and re.search(rf"\d{{3}}|{_ERA}", line):
            runs[-1].append(("year", cell, end))
        elif re.fullmatch(_ERA, line) or cell and cell[1][0][0] < cell[1][1][0] and not bullet:
            continue  # a heading: "B.C.", "1500 - 1799"
        elif bullet and not bullet.group().startswith((" ", "\t")) and not DATED.match(line):
            runs[-1].append(("item", start, line, at))
        else:
            runs.append([])
    dated = []
    for run in runs:
        pairs = [(a, b) for a, b in zip(run, run[1:]) if a[0] == "item"]
        # Each item has its year line after it, and the run ends with a year, not an item.
        if not run or run[0][0] != "item" or run[-1][0] != "year" or any(b[0] != "year" for _, b in pairs):
            continue
        found = []
        for (_, start, line, at), (_, (value, span, shown), end) in pairs:
            entry = _untagged(line[marker.end():] if (marker := _BULLET.match(line)) else line)
            quote = document.text[at:end]
            found.append(Record(start + len(line) - len(entry), value, shown, entry,
                                quote if "<" not in quote and "](" not in quote else None, True, span=span))
        dated.append(found)
    return _in_order(dated)


# -- data timelines: a Jekyll or Hugo page's front matter lists its events, each a mapping
# ("- date: 1645" / "short_desc: Battle of Naseby" / "long_desc: |" and paragraphs).

_TIMELINE_DATES = ("date", "year", "when", "start_date", "start")
_TIMELINE_LABELS = ("short_desc", "title", "event", "headline", "name", "label")
_TIMELINE_TEXTS = ("long_desc", "description", "desc", "text", "body", "details", "content", "summary")


def _data_timeline(document: Document) -> list[tuple[Record, Record | None]]:
    """Each dated entry of the front matter's lists as (its label's record, its long text's
    record or None), the lists' entries in order as a list's lines are. A block that is no
    valid YAML lists nothing."""
    import yaml  # here: only Markdown files with front matter need PyYAML

    block = FRONT_MATTER.match(document.text)
    try:
        root = yaml.compose(block.group(1) or "") if block else None
    except yaml.YAMLError:
        return []
    if not isinstance(root, yaml.MappingNode):
        return []
    base = block.start(1)
    runs = []
    for _, listed in root.value:
        if isinstance(listed, yaml.SequenceNode):
            runs.append([e for node in listed.value if isinstance(node, yaml.MappingNode)
                         and (e := _timeline_entry(document, node, base))])
    kept = {id(r) for r in _in_order([[label for label, _ in run] for run in runs])}
    return [entry for run in runs for entry in run if id(entry[0]) in kept]


def _timeline_entry(document: Document, node, base: int) -> tuple[Record, Record | None] | None:
    """(label record, long text record or None) of one entry, or None without a one-year date
    and a one-line label. The label's quote is the file's own lines from the date's key to the
    label ("date: 1645" / "short_desc: Battle of Naseby") where the two keys stand together."""
    import yaml

    keys = [k.value for k, _ in node.value]
    found = {k.value: (i, k, v) for i, (k, v) in enumerate(node.value) if isinstance(v, yaml.ScalarNode)}
    date = next((found[k] for k in _TIMELINE_DATES if k in found), None)
    label = next((found[k] for k in _TIMELINE_LABELS if k in found), None)
    cell = date and _ONE_YEAR.fullmatch(date[2].value.strip()) and date_cell(date[2].value)
    if not cell or not label or keys.count(label[1].value) != 1 or "\n" in label[2].value.strip():
        return None
    value, span, shown = cell
    text = document.text
    at, to = base + label[2].start_mark.index, base + label[2].end_mark.index
    own = text[at:to].strip().strip("'\"" if label[2].style in ("'", '"') else "")
    if own != label[2].value.strip():
        return None  # an escape or a folded line: the file does not show the words as read
    at = text.index(own, at)
    pair = sorted((date, label))
    together = pair[1][0] == pair[0][0] + 1
    quote = text[base + pair[0][1].start_mark.index:base + pair[1][2].end_mark.index] if together else own
    record = Record(document.to_plain(at), value, shown, own, quote, together, span=span, cell=True)
    long = next((found[k][2] for k in _TIMELINE_TEXTS if k in found and found[k][2].value.strip()), None)
    passage = None
    if long is not None:
        words = text[base + long.start_mark.index:base + long.end_mark.index].rstrip()
        start = document.to_plain(base + long.start_mark.index)
        end = document.to_plain(base + long.start_mark.index + len(words) - 1) + 1
        passage = Record(start, value, shown, document.plain[start:end], None, False)
    return record, passage


# -- chronological tables: a line with only a date, then the entry for that date below it
# ("B.C." / "800." / "    The building of Carthage."), the era carried down from its line.

# Wider than a list date's _ERA: an old chronology's era line may space its letters ("B. C.").
_ERA_MARK = r"B\.\s?C\.(?:\s?E\.)?|BCE?|A\.\s?D\.|AD|C\.\s?E\.|CE"
_ERA_LINE = re.compile(rf"(?P<era>{_ERA_MARK})\s*$")
_YEAR_LINE = re.compile(rf"(?:(?P<pre>{_ERA_MARK})\s*)?(?P<y>\d{{1,4}})(?:\s*(?P<post>{_ERA_MARK}))?\s*[.:]?(?:\s*[–—-])?\s*$")
# Sentences of an entry: "Herodotus born. Aeschylus won ...", but "the death of M. Aurelius".
ENTRY_SENTENCE = re.compile(r"(?<=[a-z0-9)\]]{2}[.!?])\s+(?=[A-Z(\[])|(?<=[.!?][)\]])\s+")
_LONGEST_DATE = 40  # characters: "September 30th–31, 2024" is among the longest dates facts.py reads


def _chronology(document: Document) -> list[Record]:
    """The sentences of the entries under date lines, each dated by its line in the era last
    set ("B.C." until "A.D."). An entry is the lines right under its date, up to a blank line."""
    plain = document.plain
    entries: list[tuple] = []  # (value, shown, date line start), entry start, end
    era, date, entry = "", None, None
    for line_match in re.finditer(r"^.*$", plain + "\n", re.M):  # the blank line added ends the last entry
        start, line = line_match.start(), line_match.group().strip()
        parsed = _date_line(line, era) if line else None
        if entry is not None and (not line or parsed is not None):
            entries.append((date, *entry))
            entry = None
        if parsed is not None:
            era, value, shown = parsed
            date = (value, shown, start) if value else None
        elif not line:
            date = None
        elif date is not None:
            first = start + line_match.group().index(line[0])
            entry = (entry[0] if entry else first, start + len(line_match.group().rstrip()))
    found = []
    for (value, shown, date_start), entry_start, entry_end in entries:
        at = entry_start
        for piece in ENTRY_SENTENCE.split(plain[entry_start:entry_end]):
            at = plain.index(piece, at)
            found.append(Record(at, value, shown, piece, document.quotable(date_start, at + len(piece)), True, under=True))
            at += len(piece)
    return _in_order([found])


def _date_line(line: str, era: str) -> tuple[str, tuple | None, str] | None:
    """(era now in force, date value or None, the date as shown) for a line holding only a
    date or an era ("B.C.", "800.", "B.C. 753", "August 4, 1914", "1914 –"); None otherwise."""
    marker = _ERA_LINE.fullmatch(line)
    if marker:
        return _era_of(marker["era"]), None, ""
    match = _YEAR_LINE.fullmatch(line)
    if match:
        era = _era_of(match["pre"] or match["post"]) if match["pre"] or match["post"] else era
        year = int(match["y"])
        if not era and year < 100:
            return None  # "2." is a numbered step, unless an era line said these are years
        return era, (-year if era == "BC" else year, None, None), {"BC": f"{year} B.C.", "AD": f"A.D. {year}"}.get(era, str(year))
    if len(line.rstrip(" .:–—-")) > _LONGEST_DATE or not re.search(r"\d", line):
        return None  # a paragraph, or no year in figures: no need to look for its facts
    dates = [f for f in facts_of(line) if f.kind == "date"]
    if len(dates) == 1 and dates[0].start == 0 and dates[0].value[0] is not None and dates[0].detail != "century" and not line[dates[0].end:].strip(" .:–—-"):
        return era, dates[0].value, dates[0].text
    return None


def _era_of(marker: str) -> str:
    return "BC" if marker.replace(".", "").replace(" ", "").startswith("B") else "AD"


def untold_years(sentences: list[Sentence], found: list[Record]) -> dict[int, str]:
    """By sentence index, the year of the dated list entry a sentence belongs to, where its own
    words give no year: "A seismograph is developed in Japan by Alfre Ewing" under 1879.
    Both sentences of an entry that tells two events have its year."""
    events = sorted(((r.start, r.start + len(r.entry), r) for r in found if not r.group), key=lambda e: e[:2])
    starts = [e[0] for e in events]
    years = {}
    for index, sentence in enumerate(sentences):
        at = bisect.bisect_right(starts, sentence.start) - 1
        if at < 0 or sentence.start >= events[at][1]:
            continue
        record = events[at][2]
        # A sentence that names a year of its own is dated by it: "1914: In 1916 the ...".
        if not re.search(rf"(?<!\d){abs(record.value[0])}(?!\d)", sentence.text) and not years_in(sentence.text):
            years[index] = record.shown
    return years


def _marked(line: str, own: str) -> tuple[tuple, str, int, int] | None:
    """(date, entry, where the entry starts in line, where the quote ends in own) for a list
    item that opens with a date an era or a bold subject marks as a year: "63 BC **Augustus
    Caesar** Born Gaius Octavius in Rome #birth #rulers [family]", "c. 30 AD ...". The bold
    subject heads the entry ("Augustus Caesar: Born ..."); trailing #tags and [labels] are
    the list's filing marks, no part of it."""
    head = _DATE_HEAD.match(line)
    if not head or len(head["entry"].split()) > _MAX_ENTRY_WORDS:
        return None
    subject = _BOLD_SUBJECT.match(own, len(head["date"]))
    date = date_cell(head["date"])
    # A bare small number before a bold word is a count ("- 2 **eggs**, beaten"), no year.
    if date is None or not (subject and re.search(r"\d{3}", head["date"]) or re.search(rf"{_ERA}|{_CIRCA}", head["date"])):
        return None
    entry = _FILING_MARKS.sub("", head["entry"])
    quote_end = len(_FILING_MARKS.sub("", own))
    if subject and entry.startswith(subject["s"]) and entry != subject["s"]:
        entry = f"{subject['s']}: {entry[len(subject['s']):].lstrip()}"
    return date, entry, head.start("entry"), quote_end


def _years_span(date: str) -> tuple[tuple, tuple[tuple, tuple] | None] | None:
    """(value, the days a list line's date can mean, None for one year or a decade) for "1853",
    "1870s" or a span of years, "1876-77" or "1914–1918"; None for a span that runs backwards."""
    year, span = int(date[:4]), re.fullmatch(r"\d{4}[–—-](\d{2}|\d{4})", date)
    if span is None:
        return (year, None, None), None
    end = int(span[1]) if len(span[1]) == 4 else year // 100 * 100 + int(span[1])
    return ((year, None, None), ((year, 1, 1), (end, 12, 31))) if end > year else None


def _untagged(line: str) -> str:
    """An undated list item without its category tag: "ᴘʟ Haskell Report" -> "Haskell Report"."""
    tagged = DATED.match(f"1000 {line}")
    return tagged["entry"] if tagged else line


def in_sequence(spans: list[tuple], i: int) -> bool:
    """Whether a date is in order with its neighbours: "1952, 1955, 1951" has a slip no one
    should be asked to trust. A date inside a wider one ("1509" then "16th century") is in order."""
    return (i == 0 or spans[i - 1][0] <= spans[i][1]) and (i + 1 == len(spans) or spans[i][0] <= spans[i + 1][1])


_MONTHS = {m.lower(): i for i, m in enumerate(calendar.month_name) if m}
_ERA = r"(?:BCE?|B\.C\.|AD|A\.D\.|CE)"
# A year, or a count of years in thousands, millions or billions ("14B BCE", "450M BCE").
_YEAR = rf"(?:{_ERA} )?(?:\d{{1,3}}(?:\.\d{{1,3}})?[KMB]|\d{{1,3}}(?:,\d{{3}})?|\d{{1,4}})"
_SCALE = {"K": 10**3, "M": 10**6, "B": 10**9}
_CIRCA = r"(?:~|c\.|ca\.|circa|approx\.) ?"
_CIRCA_YEARS = 25  # how far either way a year "c. 1400" may lie, for ordering
_DATE_CELL = re.compile(
    rf"(?P<circa>{_CIRCA})?(?:(?P<y>{_YEAR})(?P<s>s)?(?: ?(?P<era>{_ERA}))?"
    rf"(?:,? (?:(?P<d>\d{{1,2}})(?:st|nd|rd|th)? )?(?P<m>[A-Z][a-z]+))?"
    rf"(?: ?[-–—] ?(?P<to>{_YEAR})(?: ?(?P<era2>{_ERA}))?)?"
    rf"|(?P<c>\d{{1,2}})(?:st|nd|rd|th) century(?: (?P<cera>{_ERA}))?"
    rf"|(?P<ago>[\d,.]+) (?P<mult>thousand|million|billion) years ago)")
# A list item's leading date, of any era: "63 BC", "27 BC-14 AD", "AD 33", "c. 30 AD", "742".
_DATE_HEAD = re.compile(rf"(?P<date>(?:{_CIRCA})?(?:{_ERA} )?\d{{1,4}}(?: ?{_ERA})?(?: ?[-–] ?\d{{1,4}}(?: ?{_ERA})?)?)\s+(?P<entry>\S.*)")
_BOLD_SUBJECT = re.compile(r"\s+(?:\*\*|__)(?P<s>[^*_]+?)(?:\*\*|__)\s")
_FILING_MARKS = re.compile(r"(?:\s+(?:#[\w-]+|\[[^\[\]()]*\]))+\s*$")
# A bound or a vague time is no date to order by: "By 1200", "Late 1700s", "During the reign of".
_DATE_HEADERS = {"time", "date", "year", "when", "period", "dates", "years"}


def date_cell(cell: str) -> tuple[tuple, tuple[tuple, tuple], str] | None:
    """(value, the days it can mean, as shown) for a table cell holding only a date: "1066",
    "55 BC", "1450s", "1509, 21 April", "1066 - 1485", "500 BCE - 300 CE", "c. 3000 BCE",
    "16th century", "14B BCE", "50 million years ago"."""
    match = _DATE_CELL.fullmatch(cell.strip())
    if not match:
        return None
    shown = " ".join(cell.split())
    if match["ago"]:
        scale = {"thousand": 10**3, "million": 10**6, "billion": 10**9}[match["mult"]]
        year = 1950 - round(float(match["ago"].replace(",", "")) * scale)
        return (year, None, None), ((year, 1, 1), (year, 12, 31)), shown
    if match["c"]:
        century = int(match["c"])
        last = -100 * (century - 1) if match["cera"] and match["cera"].startswith("B") else 100 * century
        return (last - 99, None, None), ((last - 99, 1, 1), (last, 12, 31)), shown
    # Each end of a range has its own era ("500 BCE - 300 CE"); one era after both ends is
    # theirs ("5000-3300 BCE").
    era1 = _era(match["y"], match["era"])
    era2 = _era(match["to"] or "", match["era2"])
    if "," in match["y"] + (match["to"] or "") and not (era1 or era2):
        return None  # "16,808" with no era is a count (a census column), not a year; "8,000 BC" is one
    first, low, high = _years(match["y"], era1 or era2)
    month = _MONTHS.get((match["m"] or "").lower())
    if match["m"] and not month or match["s"] and (match["m"] or match["to"]) \
            or (match["m"] or match["s"]) and first != low:
        return None
    value = (first, month, int(match["d"]) if match["d"] else None)
    span = interval(value, "decade" if match["s"] else "year")
    if low != first:  # a rounded count of years
        span = ((low, 1, 1), (high, 12, 31))
    if match["to"]:
        last, _, high = _years(match["to"], era2 or era1)
        if last <= first:
            return None
        span = (span[0], (high, 12, 31))
    if match["circa"]:
        span = ((span[0][0] - _CIRCA_YEARS, 1, 1), (span[1][0] + _CIRCA_YEARS, 12, 31))
    return value, span, shown


def _era(year: str, era: str | None) -> str:
    """The era written before a year ("AD 43") or after it, "" if none."""
    before = re.match(_ERA, year)
    return (before.group() if before else era or "")


def _years(text: str, era: str) -> tuple[int, int, int]:
    """(year, earliest, latest) a year or a rounded count of years can mean: "14B" BCE is
    14 billion years back, give or take half a billion; "13.61B" only 5 million."""
    number = re.sub(rf"^{_ERA} ", "", text).replace(",", "")
    bc = era.startswith("B")
    scale = _SCALE.get(number[-1], 1)
    if scale == 1:
        year = -int(number) if bc else int(number)
        return year, year, year
    digits = number[:-1]
    half = scale * 10 ** -len(digits.partition(".")[2]) / 2
    year = round(float(digits) * scale) * (-1 if bc else 1)
    return year, round(year - half), round(year + half)


def _table_records(document: Document) -> list[Record]:
    """A table's rows as records. A table dated in its first column is a timeline: each item
    its other cells list is an event of that date. Otherwise a column of dates dates the thing
    the row's first cell names (a film, its year, its synopsis)."""
    folded = fold_quote(document.text)
    found = []
    for table in document.tables:
        cells = [[document.cell_text(c) for c in row] for row in table]
        width = max(map(len, cells), default=0)
        dated = [[len(r) > j and date_cell(r[j]) for r in cells] for j in range(width)]
        columns = [j for j in range(width) if sum(map(bool, dated[j])) >= max(_MIN_RECORDS, 0.6 * (len(cells) - 1))
                   and (j or cells[0][0].lower() in _DATE_HEADERS or sum(bool(d) and d[2].isdigit() for d in dated[j]) > 0.6 * len(cells))]
        if not columns:
            continue
        j = columns[0]
        if j == 0:
            found += _timeline_rows(document, table, dated[0])
            continue
        header = cells[0][0] if not dated[j][0] else ""
        group = header.lower() if header.lower() not in _GENERIC_HEADERS and header.isalpha() else "entries"
        group = group if group.endswith("s") else group + "s"
        names = [r[0] for r in cells]
        for row, r, date in zip(table, cells, dated[j]):
            name = r[0]
            # A title two rows share ("The Girl Who Leapt Through Time", 1983 and 2006) dates neither.
            if date and 0 < len(name.split()) <= MAX_ITEM_WORDS and names.count(name) == 1 and fold_quote(name) in folded:
                found.append(Record(document.to_plain(row[0][0]), date[0], date[2], name, name, False, group, date[1]))
    return found


def _timeline_rows(document: Document, table: tuple, dates: list) -> list[Record]:
    """The items of a timeline table's rows, each dated by its row's first cell. The first item
    of a row is quoted with its date ("1284|King Edward I introduced ..."), the others alone."""
    found = []
    for row, date in zip(table, dates):
        if not date:
            continue  # "By 1200", "Elizabethan period", or a row that lost its date cell
        first = True
        for cell in row[1:]:
            at, to = document.to_plain(cell[0]), document.to_plain(cell[1])
            for piece in re.finditer(r"[^\n]+", document.plain[at:to]):
                text = piece.group().strip()
                if not text:
                    continue
                start = at + piece.start() + piece.group().index(text[0])
                # The file's words, with the emphasis marks around their ends: "**1/3** of ...".
                a, b = with_marks(document.text, document.to_text(start), document.to_text(start + len(text) - 1) + 1)
                own = document.text[a:b]
                if "<" in own or "|" in own:
                    continue
                quote = document.text[row[0][0]:b] if first else own
                found.append(Record(start, date[0], date[2], text, quote, first, "", date[1], cell=True))
                first = False
    spans = [x.interval for x in found]
    return [r for i, r in enumerate(found) if in_sequence(spans, i)]


def event_item(entry: str) -> str | None:
    """A list entry as an order item that reads as an event, or None: its first part (before
    ";"), asides in brackets dropped. A bare name ("Edsger W. Dijkstra", "Curry and Feys")
    names no event."""
    text = re.sub(r"\s*\([^()]*\)", "", entry.split(";")[0]).strip(" ,.:")
    if re.search(r"[a-z]{2,}\. [A-Z]", text):
        return None  # two sentences, or an abbreviation: "Coq Thierry Coquand, et al. Mainly impl in OCaml"
    words = text.split()
    if not 2 <= len(words) <= MAX_ITEM_WORDS or not re.search(r"[\w)]$", text) or "(" in text or ")" in text:
        return None
    if re.search(r"(?<![\d.])\d{3,4}(?![\d.])", text):
        return None  # a number that may be another date
    # After a subject ("Augustus Caesar: Born Gaius Octavius in Rome") any small word tells
    # what the subject did: the subject is the name, the rest describes.
    _, subject, told = text.partition(": ")
    described = any(w[:1].islower() and w.lower().strip(",.") not in _JOINING for w in words[1:]) \
        or subject and any(w[:1].islower() for w in told.split())
    if not described and not _BY.match(text):
        return None
    return text  # as written: "dBase III", "λ-calculus revision"


# -- questions


def candidates(source: str, found: list[Record], rng: random.Random) -> Iterator[Candidate]:
    """A year question for each list entry that reads as an event and dates its own line, and a
    question on who made a thing an entry names ("Lisp by John McCarthy")."""
    from game.generate.order import record_item  # order.py builds on this module

    listed = [r for r in found if not r.group and r.quote and r.dated_quote and _ONE_YEAR.fullmatch(r.shown)]
    years = Pool([_year(r) for r in listed])
    for record in listed:
        item = record_item(record)
        if item is None or names_its_year(item, record) or _shared(record, item, listed):
            continue
        prompt = f"Which year does the list give for “{item}”?"
        wrong, _ = distractors(_year(record), years, prompt, rng)
        if len(wrong) >= 2:
            yield Candidate({"type": "choice", "prompt": prompt, "answer": record.shown, "wrong": wrong,
                             "quote": {"source": source, "text": record.quote}},
                            (record.key + (source,),), (source, -1 - record.start), 0.85, 0.0, (record.shown,))
    for record in listed:
        made = _BY.match(record.entry.split(";")[0])
        # A typed name: whole words, not "D.Turner" (how would a player write it?).
        if not made or _shared(record, made["thing"], listed) or not re.fullmatch(r"[A-Z][\w'’-]+(?: [A-Z][\w'’-]+){0,3}", made["who"]):
            continue
        who = Fact("person", record.start + made.start("who"), record.start + made.end("who"), made["who"], made["who"], "person")
        question = {"type": "text", "prompt": f"Who is behind “{made['thing']}” ({record.shown}), according to the list?",
                    "answer": made["who"], "quote": {"source": source, "text": record.quote}}
        if accept := accepted(who, {}):
            question["accept"] = accept
        # No choice: the other makers of a list (a company, a logician of 1879 for a program
        # of 1999) are rarely rivals a reader would weigh.
        yield Candidate(question, (record.key + (source,),), (source, -1 - record.start), 0.9, 0.0, (made["who"],))


# One year, not a range, a decade or an approximate date: "1066", "63 BC", "AD 33".
_ONE_YEAR = re.compile(rf"(?:{_ERA} )?\d{{1,4}}(?: ?{_ERA})?")


def _year(record: Record) -> Fact:
    return Fact("date", record.start, record.start + len(record.shown), record.shown, record.value, "year")


def names_its_year(item: str, record: Record) -> bool:
    """Whether an entry gives its own year away: "C17 standard" (2017), "Windows 95"."""
    return re.search(rf"(?<!\d){record.value[0] % 100:02d}(?!\d)", item) is not None


def _shared(record: Record, words: str, listed: list[Record]) -> bool:
    """Whether the thing an entry names stands in another entry of another date ("Fortran"
    in 1954 and 1957): which year or maker goes with it is then open to dispute."""
    subject = _SUBJECT.match(words)
    if subject is None:
        return True
    pattern = re.compile(rf"(?<![\w-]){re.escape(subject.group())}(?![\w-])")
    return any(other.value != record.value and pattern.search(other.entry) for other in listed if other is not record)
