"""Text folding shared by the validator, the game and the generator.

Two different foldings, on purpose:
- quote folding (pack format): white space runs, typographic quotes, apostrophes and
  dashes, and a page's citation markers ("settled by 1300.[5]"), which are no words of the
  text. A quote must really be in its document; nothing else is forgiven.
- answer folding (typed answers): also case, accents and punctuation, because a player
  typing "Ramstein air base" has given the right answer.
"""

from __future__ import annotations

import re
from functools import lru_cache

# Typographic quotes, apostrophes and dashes, each with the plain character it folds to.
_TYPOGRAPHIC = {
    "\u2018": "'", "\u2019": "'", "\u201a": "'", "\u201b": "'", "\u2032": "'",
    "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u201f": '"', "\u2033": '"',
    "\u2010": "-", "\u2011": "-", "\u2012": "-", "\u2013": "-", "\u2014": "-",
    "\u2015": "-", "\u2212": "-",
}
# A citation marker or editor's note a page puts after a word: "Polynesians[4]", "1300.[5][6]",
# "[citation needed]", "[a]", "[note 1]", a Markdown "[^1]". Never at a line's start (that is a
# reference list), and never a bracket of the author's or a quoted speaker's: "[sic]", "[the Taliban]".
_EDITOR_NOTE = (r"[a-z]+(?: [a-z]+){0,3} needed|(?:by |according to )?(?:who|whom|which|when|where|why|what)\?"
                r"|(?:dubious|disputed|unreliable source\?|failed verification|original research\?)(?: [-–—] discuss)?"
                r"|not in citation given|vague|edit|dead link|permanent dead link")
CITATION_MARK = re.compile(
    r"(?:(?<=\S)[ \t]*\[(?:\d{1,3}|(?:note|nb|n|fn) ?\d{1,3}|\^[\w-]{1,20}|" + _EDITOR_NOTE + r")\]"
    r"|(?<=[\w.,;:!?)\]”’])\[[a-z]\](?!\w))+", re.I)


def _plain(text: str) -> str:
    """`text` with its typographic characters made plain, one for one (offsets stay valid).

    Replacing the few that occur is some fifty times faster on a document than str.translate,
    which looks every character up in its table: folding the documents of a pack at every
    launch spent most of its time there."""
    if not text.isascii():
        for typographic, plain in _TYPOGRAPHIC.items():
            if typographic in text:
                text = text.replace(typographic, plain)
    return text


def _single_spaced(text: str) -> str:
    """Every run of white space one space, none at the ends (str.split's white space is the
    regular expression \\s's, and splitting is faster than substituting)."""
    return " ".join(text.split())


def fold_quote(text: str) -> str:
    """Fold white space runs, typographic punctuation and citation markers, as quote matching does."""
    if "[" in text:  # most texts have no bracket; the marker search is half the cost of folding
        text = CITATION_MARK.sub("", text)
    return _single_spaced(_plain(text))


def fold_with_offsets(text: str) -> tuple[str, list[int]]:
    """fold_quote(text) plus, for each folded character, its offset in `text`.

    Lets a match found in folded text be mapped back to the document's own characters.
    """
    out: list[str] = []
    offsets: list[int] = []
    pending_space = False
    marked = {i for m in CITATION_MARK.finditer(text) for i in range(m.start(), m.end())} if "[" in text else set()
    for i, ch in enumerate(_plain(text)):
        if i in marked:
            continue
        if ch.isspace():
            pending_space = bool(out)
            continue
        if pending_space:
            out.append(" ")
            offsets.append(i - 1)
            pending_space = False
        out.append(ch)
        offsets.append(i)
    return "".join(out), offsets


def find_quote(document: str, quote: str) -> tuple[int, int] | None:
    """The (start, end) of `quote` in `document`, matched as the pack format folds, or None."""
    folded_doc, offsets = fold_with_offsets(document)
    folded_quote = fold_quote(quote)
    if not folded_quote:
        return None
    at = folded_doc.find(folded_quote)
    if at < 0:
        return None
    return offsets[at], offsets[at + len(folded_quote) - 1] + 1


@lru_cache(maxsize=1 << 16)  # the generator folds the same few names again and again
def fold_answer(text: str) -> str:
    """Fold case, accents, punctuation and white space, for comparing typed answers."""
    import unicodedata  # here: the game's first frame needs no answer folded

    decomposed = unicodedata.normalize("NFKD", _plain(text))
    kept = []
    for ch in decomposed:
        category = unicodedata.category(ch)
        if category == "Mn":  # combining accent
            continue
        kept.append(" " if category[0] in "PS" else ch)
    return _single_spaced("".join(kept)).casefold()


# A number as people write it: "122,000", "122000", "3.5", "-4". Thousands separators must
# group by three, so "1,5" is not silently read as 15.
_NUMBER = re.compile(r"(?<![\w.,])-?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?(?![\w])")
_LEADING_NUMBER = re.compile(r"\s*([-+]?(?:\d{1,3}(?:[, ]\d{3})+|\d+)(?:\.\d+)?)\s*(\D*)$")


def _to_number(digits: str) -> float:
    return float(digits.replace(",", "").replace(" ", "").replace("+", ""))


def parse_number(text: str) -> float | None:
    """Read a typed number ("122,000", "122 000", "122000 people"); None if it is not one."""
    match = _LEADING_NUMBER.match(_plain(text))
    return _to_number(match.group(1)) if match else None


def number_spans(text: str) -> list[tuple[int, int, float]]:
    """(start, end, value) of every number written in ordinary digits in `text`, in order."""
    return [(m.start(), m.end(), _to_number(m.group())) for m in _NUMBER.finditer(_plain(text))]


def numbers_in(text: str) -> list[float]:
    return [value for _, _, value in number_spans(text)]


def format_number(value: float) -> str:
    """122000.0 -> "122,000"; 2.5 -> "2.5"."""
    if float(value).is_integer():
        return f"{int(value):,}"
    return f"{value:,}"
