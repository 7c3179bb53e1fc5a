"""Read a document: its own text (quotes come from it) and a plain view for analysis.

The plain view is the text with Markdown or HTML markup removed, and the citation markers
a copied page keeps ("settled by 1300.[5]") with it. A piecewise offset map takes any
position in the plain view back to the file's own text, so a sentence found in the plain
view can be quoted from the file, markers and all. A plain text file without markers needs
no map at all. A web page's own text is not its markup, which cuts every sentence with a
link in it, but its text as a reader sees it (_page_as_read): the generator writes that beside the
page, and quotes come from it.
"""

from __future__ import annotations

import bisect
import html
import re
from dataclasses import dataclass, field
from functools import cached_property
from html.parser import HTMLParser
from pathlib import Path

from game.textnorm import CITATION_MARK, fold_quote

MAX_BYTES = 32 * 1024 * 1024  # the loader's limit for a source file
_NAMED_ROWS = 3


def _is_name(cell: str) -> bool:
    """A short first cell that names its row; one with a digit ("1066", "3rd century") is a
    date or a count, which the row's other cells need not repeat."""
    return 0 < len(cell.split()) <= 8 and len(cell) <= 80 and not re.search(r"[.!?]$|\d", cell)


class DocumentError(Exception):
    """A file that cannot be used as a document; str() is one line for the user."""


@dataclass(frozen=True)
class Document:
    path: Path
    text: str  # the file's own text, decoded (a page's as a reader sees it): quotes are taken from here
    plain: str  # markup removed, for analysis
    # Runs (plain_start, text_start): plain[p] is text[p - plain_start + text_start] within a
    # run. Empty means plain is text.
    runs: tuple[tuple[int, int], ...] = field(default=(), repr=False)
    _run_starts: tuple[int, ...] = field(default=(), repr=False, compare=False)
    # An HTML page's tables: rows of cells, each cell (start, end) in `text`. A row's cells
    # belong together: a film's synopsis is about the film named in the row's first cell.
    tables: tuple[tuple[tuple[tuple[int, int], ...], ...], ...] = field(default=(), repr=False)
    # What the document calls itself: its <h1> or <title>, its first "# " heading, or, for a
    # plain text file, its headline line; "" when it names none.
    title: str = ""

    def to_text(self, plain_offset: int) -> int:
        """The offset in `text` of the plain view's character at `plain_offset`."""
        if not self.runs:
            return plain_offset
        i = bisect.bisect_right(self._run_starts, plain_offset) - 1
        plain_start, text_start = self.runs[max(i, 0)]
        return text_start + plain_offset - plain_start

    @cached_property
    def _text_starts(self) -> list[int]:
        return [t for _, t in self.runs]

    def to_plain(self, text_offset: int) -> int:
        """The offset in `plain` of the file's character at `text_offset`, or of the next
        character the plain view keeps."""
        if not self.runs:
            return text_offset
        i = bisect.bisect_right(self._text_starts, text_offset) - 1
        if i < 0:
            return 0
        plain_start, text_start = self.runs[i]
        run_end = self.runs[i + 1][0] if i + 1 < len(self.runs) else len(self.plain)
        return min(plain_start + text_offset - text_start, run_end)

    def cell_text(self, cell: tuple[int, int]) -> str:
        """A table cell's plain words."""
        return " ".join(self.plain[self.to_plain(cell[0]): self.to_plain(cell[1])].split())

    @cached_property
    def named_rows(self) -> list[tuple[str, tuple[tuple[int, int], ...]]]:
        """(name, other cells) of each row of a table of named rows: one with at least three
        rows whose first cell is short. A page laid out in a table has long cells."""
        found = []
        for table in self.tables:
            named = [(self.cell_text(row[0]), row[1:]) for row in table if len(row) >= 2]
            named = [(name, cells) for name, cells in named if _is_name(name)]
            if len(named) >= _NAMED_ROWS:
                found += named
        return found

    @cached_property
    def _dated_cells(self) -> list[tuple[int, int]]:
        """The cells beside a first cell that holds a date ("1066", "By 1400"): a timeline's
        entries, which records.py reads as dated items rather than as sentences."""
        return sorted(cell for table in self.tables for row in table
                      if len(row) >= 2 and re.search(r"\d", self.cell_text(row[0])) for cell in row[1:])

    def in_dated_row(self, plain_offset: int) -> bool:
        return _inside(self._dated_cells, self.to_text(plain_offset))

    @cached_property
    def _cells(self) -> list[tuple[int, int]]:
        return sorted(cell for table in self.tables for row in table for cell in row)

    def in_table(self, plain_offset: int) -> bool:
        return _inside(self._cells, self.to_text(plain_offset))

    @cached_property
    def _named_cells(self) -> list[tuple[int, int, str]]:
        """The cells of named rows, (start, end, the row's name), in the file's order: cells
        never overlap, so one bisection finds a character's cell."""
        return sorted((a, b, name) for name, cells in self.named_rows for a, b in cells)

    def row_name(self, plain_offset: int) -> str | None:
        """The name a table row's other cells are about, for a character in one of them."""
        if not self.named_rows:
            return None
        at = self.to_text(plain_offset)
        i = bisect.bisect_right(self._named_cells, (at, float("inf"))) - 1
        return self._named_cells[i][2] if i >= 0 and self._named_cells[i][0] <= at < self._named_cells[i][1] else None

    def quotable(self, start: int, end: int) -> str | None:
        """The file's own words for plain[start:end], or None if markup lies inside them.

        Citation markers inside are kept: quote matching folds them away. So is a pronunciation,
        which the plain view drops but the file shows. So are Markdown's emphasis marks ("the
        *Peking Man* fossils"), which read as plain text: a quote that keeps them shows the
        whole sentence."""
        if not self.runs:
            return self.text[start:end]
        at, to = self.to_text(start), self.to_text(end - 1) + 1
        own = self.text[at:to]
        if fold_quote(PRONUNCIATION.sub("", own)) == fold_quote(self.plain[start:end]):
            return own
        if self.path.suffix.lower() not in (".md", ".markdown"):
            return None
        # The marks around the ends too: "**Chaucer** wrote" starts at its opening "**".
        at, to = with_marks(self.text, at, to)
        own = self.text[at:to]
        unmarked = _MD_EMPHASIS.sub("", own)
        balanced = all(len(re.findall(re.escape(mark), own)) % 2 == 0 for mark in ("**", "`")) \
            and own.replace("**", "").count("*") % 2 == 0
        return own if balanced and fold_quote(unmarked) == fold_quote(self.plain[start:end]) else None

    @cached_property
    def _pieces(self) -> tuple[list[tuple[int, int]], list[int]]:
        """The stretches of the plain view the file holds as they are, (start, end), and
        their ends, for bisecting."""
        pieces: list[tuple[int, int, int]] = []
        for i, (plain_start, text_start) in enumerate(self.runs):
            plain_end = self.runs[i + 1][0] if i + 1 < len(self.runs) else len(self.plain)
            if pieces and pieces[-1][1] == plain_start and pieces[-1][2] + plain_start - pieces[-1][0] == text_start:
                pieces[-1] = (pieces[-1][0], plain_end, pieces[-1][2])  # the file goes on as the plain view does
            else:
                pieces.append((plain_start, plain_end, text_start))
        return [(a, b) for a, b, _ in pieces], [b for _, b, _ in pieces]

    def quotable_part(self, start: int, end: int) -> tuple[int, int] | None:
        """(start, end) in the plain view of the longest run of whole words in plain[start:end]
        that the file holds as they are, for a stretch a link or an italic word cuts into runs."""
        pieces, ends = self._pieces
        best = None
        for a, b in pieces[bisect.bisect_right(ends, start):]:  # from the first piece ending after start
            if a >= end:
                break
            a, b = max(a, start), min(b, end)
            # Whole words only: a run may start or end inside a word ("<span>Z</span>imbabwe").
            words = [m for m in re.finditer(r"\S+", self.plain[a:b])
                     if (m.start() > 0 or a == start or not self.plain[a - 1].isalnum())
                     and (m.end() < b - a or b == end or not self.plain[b].isalnum())]
            if words and (best is None or words[-1].end() - words[0].start() > best[1] - best[0]):
                best = (a + words[0].start(), a + words[-1].end())
        return best


def _inside(cells: list[tuple[int, int]], at: int) -> bool:
    """Whether a file offset falls in one of the sorted, non-overlapping cells."""
    i = bisect.bisect_right(cells, (at, float("inf"))) - 1
    return i >= 0 and cells[i][0] <= at < cells[i][1]


def with_marks(text: str, at: int, to: int) -> tuple[int, int]:
    """text[at:to] widened over the Markdown emphasis marks around its ends."""
    while at and text[at - 1] in "*_`":
        at -= 1
    while to < len(text) and text[to] in "*_`":
        to += 1
    return at, to


def is_page(path: Path) -> bool:
    """Whether a document is a web page, whose quotes come from its text as a reader sees it."""
    return path.suffix.lower() in (".html", ".htm", ".xhtml")


def read_document(path: str | Path) -> Document:
    """The document at `path` (.txt, .md, .markdown, .html, .htm), or DocumentError. A page's
    `text` is its text as a reader sees it (see _page_as_read), not its markup."""
    path = Path(path)
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        raise DocumentError(f"{path}: file not found") from None
    except IsADirectoryError:
        raise DocumentError(f"{path}: is a folder, not a file") from None
    except OSError as error:
        raise DocumentError(f"{path}: cannot read file: {error.strerror or error}") from None
    if len(raw) > MAX_BYTES:
        raise DocumentError(f"{path}: larger than {MAX_BYTES // (1024 * 1024)} MiB")
    if b"\0" in raw[:8192]:
        raise DocumentError(f"{path}: a binary file, not text")
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise DocumentError(f"{path}: not UTF-8 text (byte 0x{raw[error.start]:02x} at offset {error.start})") from None
    if not text.strip():
        raise DocumentError(f"{path}: the file is empty")
    suffix = path.suffix.lower()
    tables = ()
    marks = None
    if is_page(path):
        plain, runs, tables, title, *marks = _plain_html(text)
    elif suffix in (".md", ".markdown"):
        plain, runs, tables = _plain_markdown(text)
        heading = _MD_TITLE.search(text)
        title = _front_matter_title(text) or (_markdown_line(heading.group(1)) if heading else _caps_title(text))
    else:
        plain, runs = text, []
        title = _headline(text)
    if marks and plain.strip():
        text, runs, tables = _page_as_read(plain, runs, tables, *marks)
    plain, runs = _without_marks(plain, runs)
    if not plain.strip():
        raise DocumentError(f"{path}: no text in the file")
    runs_t = tuple(runs)
    return Document(path, text, plain, runs_t, tuple(r[0] for r in runs_t), tables, title)


# A picture's credit closes its caption: "... most of them foreign tourists. (Reuters)",
# "(AP Photo/Hussein Malla)", "Photo: Jane Doe", "Image credit: NASA".
CREDIT = re.compile(
    r"(?:\((?:[\w .&/-]*/)?(?:Reuters|AP|AFP|EPA|Getty(?: Images)?|Associated Press|Xinhua|Bloomberg|Shutterstock"
    r"|(?:AP |AFP |EPA |Reuters )?(?:Photo|Image|Picture|Video)s?\b[^()]*)\)"
    r"|(?:Photo(?:graph)?|Image|Picture|Video)s?(?: credit)?:[^.!?]{1,60}|(?:Image |Photo )?Credit:[^.!?]{1,60})\W*$", re.I)


def _headline(text: str) -> str:
    """A plain text file's title: a headline among its first lines (past a short byline such
    as "Antony Blinken"), else the first heading line further down, else "". A short heading
    below the text's first paragraph heads a section ("Physical characteristics"), not the text."""
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    if len(lines) > 1 and _TAGLINE.match(lines[1]):
        return lines[0]  # "New Zealand" above "From Wikipedia, the free encyclopedia": a title, not a byline
    # A picture's credit and the caption above it: "Mars 12 inch Globe" over "Credit: Space.com
    # Store View full size image ...", "Credit: NASA/ESA View full size image".
    credits = [bool(CREDIT.search(line) or _CREDIT_LINE.match(line)) for line in lines]
    lines = [line for i, line in enumerate(lines) if not any(credits[i:i + 2])]
    if _caps_title(text):
        return _caps_title(text)
    opening = lines[:next((i for i, line in enumerate(lines) if _is_prose(line)), len(lines))]
    for line in opening[:3]:
        if not _byline(line) and _is_headline(line, words=1):
            return line
    # A news story's subhead in capitals ("NO FOUL PLAY SEEN") heads a section, not the story.
    return next((line for line in lines[:40]
                 if _is_headline(line) and not _byline(line) and _capitalised(line) and not line.isupper()), "")


# An old gazetteer's entry heading: "CYPRUS.", "ST. HELENA.", "NEW SOUTH WALES."
_CAPS_TITLE = re.compile(r"^(?=.*[A-Z]{3})[A-Z][A-Z.,&' -]{2,40}\.?$")
_MINOR_WORDS = {"Of", "And", "The", "In", "On", "At", "For", "To"}


def _caps_title(text: str) -> str:
    """The first line as a title when it is an entry heading in capitals: "ST. HELENA." -> "St. Helena"."""
    first = text.lstrip().split("\n", 1)[0].strip()
    if not _CAPS_TITLE.match(first):
        return ""
    words = first.rstrip(".").title().split()
    return " ".join(w.lower() if i and w in _MINOR_WORDS else w for i, w in enumerate(words))


def _is_prose(line: str) -> bool:
    """A paragraph, not a heading: a line of many words ending a sentence."""
    return len(line.split()) >= 8 and _ends_sentence(line.rstrip("\"”’')"))  # '... dubbed it "the fire star."'


def _ends_sentence(line: str) -> bool:
    # "... Underneath N.Y.C." ends in an initialism, not a sentence
    return line.endswith((".", "!", "?", "…", ":")) and not re.search(r"\b(?:[A-Z]\.){2,}$", line)


_CREDIT_LINE = re.compile(r"(?:Image |Photo )?Credits?:", re.I)
_TAGLINE = re.compile(r"From [\w ]+, the free encyclopedia$", re.I)  # a copied encyclopedia page's second line


def _byline(line: str) -> bool:
    words = line.split()
    return (2 <= len(words) <= 3 and all(w[:1].isupper() for w in words) and not line.endswith((".", "!", "?"))) \
        or line.lower().startswith(("by ", "compiled by ", "written by ", "reported by "))


def _is_headline(line: str, words: int = 4) -> bool:
    """A line with no sentence end ("Readability", "... Underneath N.Y.C." ends in an initialism)."""
    return len(line) <= 120 and not _ends_sentence(line) and len(line.split()) >= words and "|" not in line


def _capitalised(line: str) -> bool:
    """Title case, as a text's title is written: most long words capitalised ("Timeline of U.S.
    Diplomatic Relations with Afghanistan"), not a section's "The moons of Mars"."""
    long_words = [w for w in line.split() if len(w) > 3]
    return sum(w[:1].isupper() for w in long_words) > 0.5 * max(len(long_words), 1)


class _Builder:
    """Collects plain text pieces with where each came from in the file's text."""

    def __init__(self):
        self.parts: list[str] = []
        self.runs: list[tuple[int, int]] = []
        self.length = 0

    def add(self, piece: str, text_offset: int) -> None:
        """A piece copied from the file's text at text_offset."""
        if piece:
            self.runs.append((self.length, text_offset))
            self.parts.append(piece)
            self.length += len(piece)

    def add_inserted(self, piece: str, text_offset: int) -> None:
        """A piece that stands for markup (a break, a decoded entity) at text_offset."""
        self.add(piece, text_offset)  # maps every inserted char to the markup's first char

    def text_since(self, length: int) -> str:
        return "".join(self.parts)[length:]

    def cut(self, length: int) -> None:
        """Forget what was added after the plain view was `length` long."""
        while self.parts and self.length - len(self.parts[-1]) >= length:
            self.length -= len(self.parts.pop())
            self.runs.pop()
        if self.length > length:
            self.parts[-1] = self.parts[-1][:length - self.length]
            self.length = length

    def result(self) -> tuple[str, list[tuple[int, int]]]:
        return "".join(self.parts), self.runs


# A word's pronunciation, printed for listeners, is no part of a statement: IPA in brackets or
# slashes ("Ireland (Irish: Éire [ˈeːɾʲə] ⓘ)", "/ˈaɪərlənd/") and the audio icon beside it.
# Letters and marks only IPA uses tell it from a bracket or a slash of prose.
_IPA = "ˈˌːəɪʊʃʒθðŋɾɛɔæɑɒʌɜɐʔʁɣɲʎɕʑɥɨʉɯɤɵɹɻɽɭʂʐʝʋʲʰ"
_SOUND = rf"[ \t]*(?:\[[^\[\]\n]*[{_IPA}][^\[\]\n]*\]|/[^/\s][^/\n]*[{_IPA}][^/\n]*/|ⓘ|🔊)"
# First in its brackets, it takes its separator along: "(/ˈaɪərlənd/; Irish: Éire)".
PRONUNCIATION = re.compile(rf"(?<=\()(?:{_SOUND})+[ \t]*[;,][ \t]*|(?:{_SOUND})+")


def _without_marks(plain: str, runs: list[tuple[int, int]]) -> tuple[str, list[tuple[int, int]]]:
    """The plain view with citation markers and pronunciations dropped, its runs still leading
    into the file."""
    marks = sorted(m.span() for pattern in (CITATION_MARK, PRONUNCIATION) for m in pattern.finditer(plain))
    if not marks:
        return plain, runs
    runs = runs or [(0, 0)]
    # Pieces between run starts and marker edges each come from one stretch of the file.
    cuts = sorted({p for p, _ in runs} | {p for span in marks for p in span} | {len(plain)})
    starts, mark_starts = [p for p, _ in runs], [a for a, _ in marks]
    out = _Builder()
    for at, to in zip(cuts, cuts[1:]):
        mark = bisect.bisect_right(mark_starts, at) - 1
        if mark >= 0 and at < marks[mark][1]:
            continue
        plain_start, text_start = runs[bisect.bisect_right(starts, at) - 1]
        out.add(plain[at:to], text_start + at - plain_start)
    return out.result()


# -- Markdown: markup becomes nothing (inline) or a line break (blocks), text is kept.

# Emphasis and code marks. "_Homo erectus_", "__bold__": underscores at a word's edge;
# "snake_case" and "____" keep theirs.
_EMPHASIS = r"\*\*|\*|`+|~~|(?<![\w_])__?(?=[^\s_])|(?<=[^\s_])__?(?![\w_])"
# Block marks, and a footnote's label before its text ("[^3]: John Backus developed ...").
_MD_LINE_PREFIX = re.compile(r"^[ \t]{0,3}(?:#{1,6}[ \t]+|>[ \t]?|[-*+][ \t]+|\d{1,9}[.)][ \t]+|\[\^[\w-]+\]:[ \t]*)*")
_MD_INLINE = re.compile(
    r"!?\[(?P<label>[^\]\n]*)\]\([^)\n]*\)"  # [label](url) and images
    r"|(?P<br><br\s*/?>)"  # a line break written in HTML
    r"|<[^>\n]+>"  # inline html / autolinks
    rf"|{_EMPHASIS}"
)
_MD_EMPHASIS = re.compile(_EMPHASIS)
_MD_FENCE = re.compile(r"^[ \t]{0,3}(```|~~~)")
_MD_RULE = re.compile(r"^[ \t]{0,3}(?:[-*_][ \t]*){3,}$")
_MD_TRAILING_HASHES = re.compile(r"[ \t]+#+[ \t]*$")
# A pipe table: rows of cells between bars, the header row above a row of dashes. A row of
# dashes lower down only divides the table (periods of a timeline). The outer bars are
# optional ("year|event" over "---|---"): a row is a line with a bar in it.
_MD_TABLE_ROW = re.compile(r"^[ \t]{0,3}(?:\\.|[^|\\\n])*\|.*$")
_MD_TABLE_RULE = re.compile(r"^[ \t]{0,3}\|?(?:[ \t]*:?-{3,}:?[ \t]*\|)+(?:[ \t]*:?-{3,}:?[ \t]*)?$")
_MD_CELL = re.compile(r"(?:\\.|[^|\\])+")
_MD_ITEM = re.compile(r"[ \t]*[-*+•][ \t]+")  # a list item's mark inside a cell: "<br>- William became king"


def _plain_markdown(text: str) -> tuple[str, list[tuple[int, int]], tuple]:
    out = _Builder()
    tables: list[list[tuple[tuple[int, int], ...]]] = []
    in_fence = in_table = False
    offset = 0
    lines = text.splitlines(keepends=True)
    for index, line in enumerate(lines):
        body = line.rstrip("\r\n")
        ending = line[len(body):]
        following = lines[index + 1].rstrip("\r\n") if index + 1 < len(lines) else ""
        in_table = not in_fence and _MD_TABLE_ROW.match(body) is not None and (
            in_table or _MD_TABLE_RULE.match(following) is not None)
        if _MD_FENCE.match(body):
            in_fence = not in_fence
        elif in_table:
            if not _MD_TABLE_RULE.match(body):
                if not tables or tables[-1] is None:
                    tables.append([])
                tables[-1].append(_markdown_row(out, body, offset))
        elif not in_fence and not _MD_RULE.match(body):
            start = _MD_LINE_PREFIX.match(body).end()
            trailing = _MD_TRAILING_HASHES.search(body) if body.lstrip().startswith("#") else None
            stop = trailing.start() if trailing else len(body)
            _markdown_inline(out, body[start:stop], offset + start)
        if not in_table and tables and tables[-1] is not None:
            tables.append(None)  # the table ended
        if ending:
            out.add_inserted("\n", offset + len(body))
        offset += len(line)
    return *out.result(), tuple(tuple(t) for t in tables if t)


def _markdown_row(out: _Builder, body: str, base: int) -> tuple[tuple[int, int], ...]:
    """A table row's cells, each a block of its own, and each item a cell lists ("- a<br>- b")."""
    stripped = body.rstrip()
    inner_at = len(body) - len(body.lstrip())
    inner_at += stripped.startswith("|", inner_at)
    inner = body[inner_at: len(stripped) - (stripped.endswith("|") and not stripped.endswith("\\|"))]
    cells = []
    for cell in _MD_CELL.finditer(inner):
        at = inner_at + cell.start()
        pieces = re.split(r"(<br\s*/?>)", cell.group(), flags=re.I)
        for piece in pieces:
            if not re.fullmatch(r"<br\s*/?>", piece, re.I):
                item = _MD_ITEM.match(piece)
                lead = item.end() if item else len(piece) - len(piece.lstrip())
                out.add_inserted("\n\n", base + at)
                _markdown_inline(out, piece[lead:].rstrip(), base + at + lead)
            at += len(piece)
        stripped = cell.group().strip()
        if stripped:
            first = inner_at + cell.start() + cell.group().index(stripped[0])
            cells.append((base + first, base + first + len(stripped)))
    out.add_inserted("\n\n", base + len(body))
    return tuple(cells)


_MD_TITLE = re.compile(r"^[ \t]{0,3}# +(.*?)(?:[ \t]+#+)?[ \t]*$", re.M)
# A blog post's YAML front matter, between "---" lines at the very top (Jekyll, Hugo, Pandoc).
FRONT_MATTER = re.compile(r"\A---[ \t]*\r?\n(.*?\r?\n)?(?:---|\.\.\.)[ \t]*(?:\r?\n|\Z)", re.S)


def _front_matter_title(text: str) -> str:
    """The `title:` of a Markdown file's front matter, which names the post as its author does;
    "" when there is none or the block is not valid YAML (a broken header names nothing)."""
    import yaml  # here: only Markdown files with front matter need PyYAML

    block = FRONT_MATTER.match(text)
    if not block:
        return ""
    try:
        fields = yaml.safe_load(block.group(1) or "")
    except yaml.YAMLError:
        return ""
    title = fields.get("title") if isinstance(fields, dict) else None
    return _markdown_line(str(title)) if isinstance(title, (str, int, float)) else ""


def _markdown_line(line: str) -> str:
    out = _Builder()
    _markdown_inline(out, line, 0)
    return " ".join(out.result()[0].split())


def _markdown_inline(out: _Builder, body: str, base: int) -> None:
    at = 0
    for match in _MD_INLINE.finditer(body):
        out.add(body[at:match.start()], base + at)
        if match.group("label") is not None:
            label_at = match.start() + match.group(0).index("[") + 1
            out.add(match.group("label"), base + label_at)
        elif match.group("br"):
            out.add_inserted("\n", base + match.start())
        at = match.end()
    out.add(body[at:], base + at)


# -- HTML: text between tags; block tags end a line; script, style and the like are skipped.

_BLOCK_TAGS = {
    "p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "td", "th",
    "table", "section", "article", "header", "footer", "blockquote", "pre", "hr", "dt", "dd",
    "figure", "figcaption", "title", "main", "aside", "nav", "form",
}
_DROPPED_TAGS = {"img", "math", "svg", "object", "video", "canvas"}
_SKIPPED_TAGS = {"script", "style", "noscript", "template", "svg", "head", "nav", "footer", "aside", "figcaption", "form", "button"}


# Words after a picture in its own block are its caption: "<p><img ...><br><em>A new study
# investigates ...</em></p>". A long block with a picture in it is prose.
_CAPTION_WORDS = 60


class _HTMLText(HTMLParser):
    def __init__(self, text: str):
        super().__init__(convert_charrefs=False)
        self.out = _Builder()
        self.skipping: list[str] = []
        self.line_starts = [0] + [m.end() for m in re.finditer("\n", text)]
        self.image_at: int | None = None  # where the plain view was at a picture in this block
        self.tables: list[list[list[tuple[int, int]]]] = []  # open tables, innermost last
        self.done: list[tuple] = []
        self.cell_at: int | None = None
        self.titles: dict[str, str] = {}  # the text of <title> and of the first <h1>
        self.naming: str | None = None
        self.dropped: list[int] = []  # where a picture, formula or drawing stood in the text
        self.items: list[int] = []  # where a list item began
        self.breaks: list[int] = []  # where a block began or ended: a new line, not a wrapped one
        self.preformatted = 0  # open <pre> tags, whose line breaks are the page's own

    def _block_edge(self) -> None:
        if self.image_at is not None:
            if len(self.out.text_since(self.image_at).split()) <= _CAPTION_WORDS:
                self.out.cut(self.image_at)
            self.image_at = None

    def _end_cell(self) -> None:
        if self.cell_at is not None and self.tables and self.tables[-1]:
            self.tables[-1][-1].append((self.cell_at, self._at()))
        self.cell_at = None

    def _at(self) -> int:
        line, col = self.getpos()
        return self.line_starts[line - 1] + col

    def _note(self, tag: str) -> None:
        """Where a list item begins, and where the plain view drops what a reader sees."""
        if tag == "li":
            self.items.append(self._at())
        elif tag in _DROPPED_TAGS and not self.skipping:
            self.dropped.append(self._at())

    def handle_starttag(self, tag, attrs):
        self._note(tag)
        self.preformatted += tag == "pre"
        self._table_tag(tag, start=True)
        if tag in ("title", "h1") and tag not in self.titles:
            self.naming, self.titles[tag] = tag, ""
        if tag in _SKIPPED_TAGS:
            self.skipping.append(tag)
        if tag in _BLOCK_TAGS and tag != "br":
            self._block_edge()
        if tag in _BLOCK_TAGS:
            self.breaks.append(self._at())
            self.out.add_inserted("\n", self._at())
        if tag == "img" and not self.skipping:
            self.image_at = self.out.length

    def handle_startendtag(self, tag, attrs):
        self._note(tag)
        if tag in _BLOCK_TAGS and tag != "br":
            self._block_edge()
        if tag in _BLOCK_TAGS:
            self.breaks.append(self._at())
            self.out.add_inserted("\n", self._at())
        if tag == "img" and not self.skipping:
            self.image_at = self.out.length

    def handle_endtag(self, tag):
        self._table_tag(tag, start=False)
        self.preformatted -= tag == "pre" and self.preformatted > 0
        if tag == self.naming:
            self.naming = None
        if self.skipping and self.skipping[-1] == tag:
            self.skipping.pop()
        if tag in _BLOCK_TAGS and tag != "br":
            self._block_edge()
        if tag in _BLOCK_TAGS:
            self.breaks.append(self._at())
            self.out.add_inserted("\n", self._at())

    def _table_tag(self, tag: str, start: bool) -> None:
        """Keep each table's rows of cells, as offsets in the file."""
        if tag == "table":
            self._end_cell()
            if start:
                self.tables.append([])
            elif self.tables:
                self.done.append(tuple(tuple(row) for row in self.tables.pop() if row))
        elif tag == "tr" and self.tables:
            self._end_cell()
            if start:
                self.tables[-1].append([])
        elif tag in ("td", "th") and self.tables and self.tables[-1]:
            self._end_cell()
            if start:
                self.cell_at = self._at()

    def handle_data(self, data):
        self._name(data)
        if not self.skipping:
            # A line break in the markup is white space: "<li>First Railway line between Bombay
            # and\nThana opened</li>" is one line on the page. One character for one keeps the map.
            self.out.add(data if self.preformatted else data.replace("\r", " ").replace("\n", " "), self._at())

    def handle_entityref(self, name):
        self._name(html.unescape(f"&{name};"))
        if not self.skipping:
            self.out.add_inserted(html.unescape(f"&{name};"), self._at())

    def handle_charref(self, name):
        self._name(html.unescape(f"&#{name};"))
        if not self.skipping:
            self.out.add_inserted(html.unescape(f"&#{name};"), self._at())

    def _name(self, data: str) -> None:
        if self.naming:
            self.titles[self.naming] += data

    @property
    def title(self) -> str:
        """The page's own heading, else its <title>: a heading lacks the site's name ("- BBC News")."""
        return next((" ".join(self.titles[tag].split()) for tag in ("h1", "title") if self.titles.get(tag, "").strip()), "")


def _plain_html(text: str) -> tuple[str, list[tuple[int, int]], tuple, str, list[int], list[int], list[int]]:
    parser = _HTMLText(text)
    parser.feed(text)
    parser.close()
    parser._block_edge()
    return *parser.out.result(), tuple(parser.done), parser.title, parser.dropped, parser.items, parser.breaks


# Where a page shows something its text cannot (a formula, a picture) inside a line: a sentence
# around it is no quote ("If the conjugate transpose of a matrix […] is denoted by").
HOLE = "[…]"


def _page_as_read(plain: str, runs: list[tuple[int, int]], tables: tuple, dropped: list[int], items: list[int],
             breaks: list[int]):
    """A page's text as a reader sees it, for quotes: each block on a line of its own between
    blank lines, its white space folded, a list item marked "- ", a hole where a formula or
    picture stood; with the plain view's runs and the tables' cells moved into it."""
    page = Document(Path(), "", plain, tuple(runs), tuple(r[0] for r in runs))  # maps plain to markup
    parts: list[str] = []
    new_runs: list[tuple[int, int]] = []
    starts: list[int] = []  # each word's start in the text, beside the plain view's word starts
    length, before, markup_end = 0, None, 0
    words = list(re.finditer(r"\S+", plain))
    for word in words:
        at = page.to_text(word.start())
        between = plain[before:word.start()] if before is not None else ""
        if before is None or _any_in(breaks, markup_end, at):
            # A formula or picture closing a line leaves a hole there too.
            following = bisect.bisect_left(breaks, markup_end)
            line_end = breaks[following] if following < len(breaks) else markup_end + 1
            sep = (f" {HOLE}" if _any_in(dropped, markup_end, line_end) else "") + "\n\n" if parts else ""
            if _any_in(items, markup_end, at + 1):
                sep += "- "
        else:
            sep = f" {HOLE} " if _any_in(dropped, markup_end, at) else " "
        if sep != between or not new_runs:
            new_runs.append((word.start(), length + len(sep)))
        parts += (sep, word.group())
        length += len(sep)
        starts.append(length)
        length += len(word.group())
        before, markup_end = word.end(), page.to_text(word.end() - 1) + 1
    parts.append("\n")
    word_starts = [w.start() for w in words]

    def moved(cell: tuple[int, int]) -> tuple[int, int]:
        i = bisect.bisect_left(word_starts, page.to_plain(cell[0]))
        j = bisect.bisect_left(word_starts, page.to_plain(cell[1])) - 1
        if i >= len(words) or j < i:
            at = starts[i] if i < len(words) else length
            return at, at
        return starts[i], starts[j] + len(words[j].group())

    tables = tuple(tuple(tuple(moved(cell) for cell in row) for row in table) for table in tables)
    return "".join(parts), new_runs, tables


def _any_in(offsets: list[int], low: int, high: int) -> bool:
    """Whether a sorted list holds an offset in [low, high)."""
    i = bisect.bisect_left(offsets, low)
    return i < len(offsets) and offsets[i] < high
