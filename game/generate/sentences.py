"""Sentences with exact offsets, and the web clutter around them dropped.

Splitting uses spaCy's rule-based `sentencizer` on a blank English pipeline: no model, no
download, maintained, and its tokenizer exceptions keep "U.S.", "Aug." and "Jr." whole.
Lines are split first, so a paragraph break always ends a sentence and a headline never
runs into the text under it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Iterator

from game.generate.text import CREDIT, Document
from game.textnorm import fold_answer

_END = re.compile(r"[.!?][\"'”’)\]]*$")
_TRUNCATED = re.compile(r"(?:…|\.\.\.)[\"'”’)\]]*$")
_OPENING_AT_END = re.compile(r"\s[“\"‘(]$")
# Phrases that mark menus, share bars, comment forms, captions, credits and teasers.
_CLUTTER = re.compile(
    r"read more|continue reading|leave a (?:reply|comment)|email address|required fields"
    r"|all rights reserved|copyright ©|© ?\d{4}|click here|subscribe|sign up|newsletter"
    r"|\bshare (?:this|on|via)\b|follow us|cookies|privacy policy|terms of (?:use|service)"
    r"|advertisement|skip to (?:main )?content|\bposted (?:on|by|in)\b|filed under"
    r"|\b(?:tags|categories|related|caption|photo|image|credit|source)s? ?:"
    r"|\((?:photo|image|ap|reuters|afp|getty)\b|getty images|(?:photo|image)s? (?:by|credit|courtesy)"
    r"|view source|print this|back to top|https?://|www\.|\w@\w+\.\w"
    r"|listen to this (?:article|story)|appears in print|contributed reporting|additional reporting"
    # a time stamp: "Updated Jan. 29, 2019", "Published 5:32 p.m. ET"
    r"|^(?:updated|published|posted|last (?:updated|modified))(?: on| at)?:? "
    r"(?:\d|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun)[a-z]*\.? )",
    re.I,
)
# Brackets the conversion emptied (a dropped pronunciation or script, in whole or in part): "The
# YANGTZE or YANGZI ( or ) is ...", "The Chumar River () ...", "The Dangqu River (, p Dāngqū) ...",
# "(Yangzi or )". A quote of such a sentence would show the hole.
_EMPTIED = re.compile(r"\((?:\s*(?:or|and|[,;:/–—-]))*\s*\)|\(\s*[,;]|(?:\bor|\band|[,;])\s*\)")
# A value or a word the conversion dropped from the prose (a unit template, a converted figure): a
# space left before the punctuation that followed it ("its surface area today is , having been in
# 1930"), a preposition with nothing between it and a conjunction ("a temperature that swung between
# and"), or before an adverb that ends the clause ("there are 192 days above annually.").
_LOST_WORDS = re.compile(
    r"\w\s+[.,;:](?=\s|$)"
    r"|\b(?:of|between|than|approximately)\s+(?:and|or|to)\b|\b(?:above|below)\s+to\b"
    r"|\b(?:above|below|over|under|between|than|of|approximately|about|around)\s+"
    r"(?:annually|yearly|daily|monthly|weekly|each year|per year|a year)(?=\s*(?:[,.;:)]|$))"
    # a length with its figure gone: "The Nile, which is about long, is ..."
    r"|\b(?:is|was|are|were|measures|stretches|runs)\s+(?:about|some|approximately|roughly|nearly|almost|over|around)\s+"
    r"(?:long|wide|high|deep|tall|across)\b")
_BYLINE = re.compile(r"^(?:(?:compiled|written|reported|edited|story|photos?|words) )?by [A-Z]", re.I)
_REFERENCE_HEADING = re.compile(
    r"^\W*(?:references|sources|notes|footnotes|citations|bibliography|further reading"
    r"|external links|see also|works cited)\W*$", re.I)
_WORD = re.compile(r"[A-Za-z]+")
_CAPTION_BEFORE = re.compile(r"(?:Image|Photo|Photograph|Picture|Video)\W*", re.I)
_CAPTION_AFTER = re.compile(r"(?:Credit|Photo(?:graph)?(?: by)?|Image)\b\W*(?:$|[A-Z])")
# Blocks about the page rather than its subject. A writer's bio closes an article: "Corey
# Kilgannon is a Metro reporter covering news and human interest stories."
_BIO = re.compile(
    r"(?:[A-Z][\w.'’-]*\s){1,4}(?:(?:is|was) (?:an?|the) (?:[\w-]+ ){0,3}?(?:reporter|writer|correspondent|editor"
    r"|columnist|contributor|journalist|photographer|producer|critic|author|intern)|covers|writes about|reports on)\b")
# A picture's caption opens with what the picture is and has no verb of its own: "Map of the
# New Zealand coastline as Cook charted it on his first visit in 1769–70."
_CAPTION = re.compile(
    r"(?:An? )?(?:(?:aerial|satellite|close-up) )?(?:map|portrait|photo(?:graph)?|picture|painting|drawing|sketch"
    r"|engraving|illustration|diagram|view|image|lithograph|poster|screenshot|bust|statue) of\b", re.I)
_FINITE = re.compile(r"\b(?:is|are|was|were|has|have|had|will|would|can|could|became|becomes|remains?)\b", re.I)
# A sentence that points at a picture the player cannot see: "The track of the Endeavour is also shown."
_POINTS_AT_PICTURE = re.compile(
    r"\((?:left|right|centre|center|top|bottom|above|below|pictured|inset|seated|standing)\)"
    r"|\b(?:is|are) (?:also )?(?:shown|pictured|depicted)(?: here| above| below| (?:at|on the|in) (?:left|right|top|bottom)"
    r"| in (?:red|blue|green|yellow|orange|purple|black|white|grey|gray))?\W*$", re.I)
# A line of a dated list opens with its date (a year, or a decade), then maybe a category tag
# in small capitals or brackets, then the entry: "1958 ᴘʟ Lisp by John McCarthy",
# "1970's ʜᴡ MOS overtook magnetic-core memory", "1066 – Battle of Hastings", or a span of
# years: "1876-77 : The Delhi Durbar organised by Lytton". A count is no date: "2000 people attended".
_SMALL_CAPS = "\u1d00-\u1d22\u0262\u026a\u0274\u0280\u028f\u0299\u029c\u029f\ua730\ua731"
DATED = re.compile(
    r"^(?:[-*+•]\s+)?(?P<date>(?:1\d{3}|20\d{2})(?:[–—-](?:\d{4}|\d{2})(?!\d)|'?s)?)(?:\s*(?P<sep>[:.–—-]))?\s+(?!(?:people|men|women|children|[a-z]+s)\b)"
    rf"(?:(?P<tag>(?=\S*[{_SMALL_CAPS}])[{_SMALL_CAPS}a-z]{{1,5}}|\[[A-Za-z]{{1,6}}\])\s+)?(?P<entry>\S.*)$")
# A writer's label before a sentence is no part of its statement: "Note: in previous
# versions of Minecraft, there was no protocol wide compression for big packets."
_LABEL = re.compile(r"(?:Note|NB|N\.B\.|Nota bene|Side note|Editor[’']s note|Fun fact|Tip|Remember)\s*:\s+(?=\w)", re.I)
# A news dateline before the first sentence: "KABUL, Afghanistan (Reuters) — ".
_DATELINE = re.compile(r"[A-Z][A-Z.'’-]{2,}(?: [A-Z][A-Z.'’-]+)*(?:, [A-Z][\w.]*(?: [A-Z][\w.]*)*)?(?: \(\w+\))? ?[—–-]{1,2} (?=[A-Z“\"])")
# A list's item is a statement only with a subject of its own, not "Build and deliver great
# consumer products that support the Manifesto's principles;" under "we will:".
_BULLET = re.compile(r"[ \t]*(?:[-*+•·▪◦‣●]|\d{1,3}[.)])[ \t]+")  # the file's line up to the item
_SUBJECT_WORDS = set(
    "the a an this that these those its their his her our my your each every some many most all both no one two three "
    "four five six seven eight nine ten several few it they he she we i there who which".split())


@dataclass(frozen=True)
class Sentence:
    start: int  # offsets in the document's plain view
    end: int
    text: str  # the plain words: prompts are built from these
    # The file's own words, or None when markup cuts them short (see _quote).
    quote: str | None
    paragraph: int  # sentences of one block share it
    # Cut off by the page ("... were housed on U.S. bases…"): only its complete clauses
    # before the last break may be asked about.
    truncated: bool = False
    # The longest run of the sentence's words the file holds as they are, when a link or an
    # italic word cuts them: it can still prove a part of the sentence (an order item and its date).
    run: str | None = None


@lru_cache(maxsize=1)
def _splitter():
    import spacy  # imported here: it takes a moment, and only generating needs it

    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    return nlp


def split_sentences(document: Document) -> list[Sentence]:
    """The document's content sentences in order, clutter and headlines left out."""
    blocks = list(_blocks(document.plain))
    nlp = _splitter()
    sentences: list[Sentence] = []
    texts = (document.plain[start:end] for start, end in blocks)
    names = set(re.findall(r"(?<=[a-z,;] )[A-Z][\w'’-]*", document.plain))  # words capitalised mid-sentence
    for index, ((start, end), doc) in enumerate(zip(blocks, nlp.pipe(texts, batch_size=256))):
        # The block's own string: spaCy's doc.text joins every token again at each call.
        block = document.plain[start:end]
        spans = list(_spans(block, doc.sents))
        if not spans or _about_the_page(document, blocks, index, block[slice(*spans[0])], names):
            continue
        dateline = _DATELINE.match(block, spans[0][0])
        if dateline:
            spans[0] = (dateline.end(), spans[0][1])
        captions = _captions(block, spans)
        for i, (s_start, s_end) in enumerate(spans):
            if i in captions:
                continue
            label = _LABEL.match(block, s_start, s_end)
            s_start = label.end() if label else s_start
            text = document.plain[start + s_start: start + s_end]
            row = document.row_name(start + s_start)
            if row is not None and fold_answer(row) not in fold_answer(text):
                continue  # a table cell about its row's film or person, who goes unnamed
            if document.in_dated_row(start + s_start):
                continue  # a timeline's entry: a record (records.py), often a note without a subject
            first = not sentences or sentences[-1].paragraph != index
            truncated = bool(_TRUNCATED.search(text)) and is_content(_TRUNCATED.sub(".", text), first_in_block=first)
            if truncated or is_content(text, first_in_block=first):
                # Words the conversion lost: the sentence still says what the page is about (its
                # subject, its names), but no quote may show the hole.
                lost = _EMPTIED.search(text) or _LOST_WORDS.search(text)
                quote, run = (None, None) if lost else _quote(document, start + s_start, start + s_end)
                sentences.append(Sentence(start + s_start, start + s_end, text, quote, index, truncated, run))
    return sentences


# A quote shows the sentence's words as the file has them. Where a link or an italic word cuts
# them, the longest run the file holds as they are is kept for order items (which check that
# it shows their own words and date), but it is no quote for the sentence: a run that starts
# at "will be the transfer" never shows the "first step" the prompt speaks of.
def _quote(document: Document, start: int, end: int) -> tuple[str | None, str | None]:
    """The sentence's quote if the file shows all its words, and else the longest verbatim
    run of them, or None; a run that misses only punctuation is the quote."""
    whole = document.quotable(start, end)
    if whole is not None:
        return whole, None
    part = document.quotable_part(start, end)
    run = document.quotable(*part) if part else None
    if run is None or re.search(r"\w", document.plain[start:part[0]] + document.plain[part[1]:end]):
        return None, run
    return run, run


# A picture's caption that a copied page runs into its text names what the picture shows,
# with no verb of its own: a name and what that one is doing ("Charles Stewart Parnell
# addressing a meeting."), or a name and its life dates ("Charles Stewart Parnell (1846–1891).").
# A name is two capitalised words at least ("Genetic testing involves ..." is a sentence), and a
# caption is short, one clause: "Using Chromium's NetLog dumping, I performed ..." is no caption.
_NAME = r"[A-Z][\w.'’-]*(?:\s(?:and\s)?[A-Z][\w.'’-]*){1,5}\s"  # "John Redmond and William O'Brien"
_LIFE_DATES = r"\((?:c\. |b\. )?\d{3,4} ?[–-] ?\d{2,4}\)"
_CAPTION_RUN = 3  # a caption is a sentence or two: a missing space further off joins two paragraphs
_CAPTION_FRAGMENT = re.compile(rf"(?![A-Z][a-z]*ing\b){_NAME}(?:{_LIFE_DATES}|[a-z]+ing\b[^.!?,;:]{{0,80}})\W*")


def _captions(block: str, spans: list[tuple[int, int]]) -> set[int]:
    """The spans of a block that are a caption: a caption fragment, and the sentences a page
    glued to the text with it, from the missing space after a sentence's end to the fragment
    ("... up to the 1960s.The Irish Parliamentary Party was formed in 1882 by Charles Stewart
    Parnell (1846–1891). Charles Stewart Parnell addressing a meeting.") or from the fragment
    to the missing space. A caption's statement is the picture's: the text may date it otherwise."""
    glued = [i for i, (a, _) in enumerate(spans) if i and not block[a - 1].isspace()]
    found = set()
    for i, (a, b) in enumerate(spans):
        if _CAPTION_FRAGMENT.fullmatch(block, a, b) and not _FINITE.search(block, a, b):
            before = [g for g in glued if i - _CAPTION_RUN < g <= i]
            after = [g for g in glued if i < g <= i + _CAPTION_RUN]
            found |= set(range(before[-1] if before else i, after[0] if after else i + 1))
    return found


def _about_the_page(document: Document, blocks: list[tuple[int, int]], index: int, first: str, names: set[str]) -> bool:
    """Whether a block is a writer's bio at the article's end, a picture's caption, or a list
    item without a subject; `first` is its first sentence."""
    if index > 0 and index >= len(blocks) - 3 and _BIO.match(first):
        return True
    if _CAPTION.match(first) and not _FINITE.search(first):
        return True
    start, end = blocks[index]
    raw = document.plain[start:end]
    text = raw.strip()
    before = document.plain[blocks[index - 1][0]:blocks[index - 1][1]].rstrip() if index else ""
    at = document.to_text(start + len(raw) - len(raw.lstrip()))
    in_list = (_BULLET.fullmatch(document.text, document.text.rfind("\n", 0, at) + 1, at) is not None
               or re.search(r";(?: and| or)?$", text) is not None
               or before.endswith(":") and re.search(r";\s+[A-Z]", text) is not None)
    # A dated entry ("1958 Lisp by John McCarthy") is a record, not a sentence: see records.py.
    # One whose date a colon or a dash sets off is a list's line even without a bullet: no
    # sentence opens "1876-77 : The Delhi Durbar organised by Lytton."
    dated = DATED.match(text)
    return bool(dated and dated["sep"] in (":", "–", "—", "-")) \
        or in_list and (dated is not None or not _has_subject(text, names))


def _has_subject(text: str, names: set[str]) -> bool:
    """Whether a list item opens with a subject: a determiner, a pronoun, a number, a name, a
    plural, or any word its verb follows ("Firefox is", "Netscape released")."""
    first, second = (re.findall(r"[\w'’-]+", text) + ["", ""])[:2]
    return (first[:1].isdigit() or first.lower() in _SUBJECT_WORDS or first in names
            or first.endswith("s") and not first.endswith("ss")
            or _FINITE.fullmatch(second) is not None or second.endswith("ed"))


# "“Who is Ellen Fetter?” Rothman recalls thinking." splits after the question mark; the
# speaker's words belong to the quotation before them.
_SPEECH_END = re.compile(r"[?!,]\s*[”\"]$")
_SPEAKER_TAIL = re.compile(r"(?:[A-Z][\w.’'-]* ){1,3}(?:said|says|asked|asks|recalls|recalled|wrote|writes|told|added|"
                           r"explained|remembers|remembered|thought|wondered|exclaimed|shouted)\b|(?:he|she|they) \w+ed\b")


# "Schuenemann et al. concluded in 2011 ...": a short word's full stop before a lower-case
# word is an abbreviation's, not a sentence's end ("iPhone" is a name, not such a word).
_ABBREVIATION_END = re.compile(r"\b[A-Za-z]{1,4}\.$")
_LOWER_START = re.compile(r"[a-z]+\b")


def _spans(block: str, sents) -> Iterator[tuple[int, int]]:
    """Sentence spans of one block (spaCy's `sents` of it), with a speaker's tail kept with the
    quotation it closes, and a sentence cut at an abbreviation joined again."""
    held = None
    for start, end in _trimmed_spans(block, sents):
        if held and (_SPEECH_END.search(block[held[0]:held[1]]) and _SPEAKER_TAIL.match(block[start:end])
                     or _ABBREVIATION_END.search(block[held[0]:held[1]]) and _LOWER_START.match(block[start:end])):
            held = (held[0], end)
            continue
        if held:
            yield held
        held = (start, end)
    if held:
        yield held


def _trimmed_spans(block: str, sents) -> Iterator[tuple[int, int]]:
    """Sentence spans of one block, trimmed, with an opening quote mark or bracket moved to its sentence."""
    carry = None
    for sent in sents:
        start, end = sent.start_char, sent.end_char
        if carry is not None:
            start, carry = carry, None
        text = block[start:end]
        if _OPENING_AT_END.search(text.rstrip()):
            carry = start + len(text.rstrip()) - 1
            end = carry
        text = block[start:end]
        lead = len(text) - len(text.lstrip())
        trail = len(text) - len(text.rstrip())
        if re.fullmatch(r"\s*\([^()]*\)\s*", text):  # a sentence in brackets: its words without them
            lead, trail = lead + 1, trail + 1
        if end - trail > start + lead:
            yield start + lead, end - trail


def _blocks(plain: str) -> Iterator[tuple[int, int]]:
    """(start, end) of each line, hard-wrapped lines joined; reference sections skipped."""
    lines = [(m.start(), m.end()) for m in re.finditer(r"[^\n]+", plain) if plain[m.start():m.end()].strip()]
    in_references = False
    i = 0
    while i < len(lines):
        first = i
        start, end = lines[i]
        while i + 1 < len(lines) and _continues(plain, lines[i], lines[i + 1]):
            i += 1
            end = lines[i][1]
        i += 1
        line = plain[start:end].strip()
        if _is_heading(line):
            in_references = bool(_REFERENCE_HEADING.match(line))
        elif not in_references and not _is_caption(plain, lines, first, i):
            yield start, end


def _is_caption(plain: str, lines: list[tuple[int, int]], first: int, after: int) -> bool:
    """A photo caption copied from a page: the block comes after an "Image" line, before a
    "Credit" line, or closes with a credit of its own."""
    before = plain[slice(*lines[first - 1])].strip() if first else ""
    following = plain[slice(*lines[after])].strip() if after < len(lines) else ""
    return bool(_CAPTION_BEFORE.fullmatch(before) or _CAPTION_AFTER.match(following)
                or CREDIT.search(plain[lines[after - 1][0]:lines[after - 1][1]]))


def _continues(plain: str, line: tuple[int, int], following: tuple[int, int]) -> bool:
    """Whether a hard-wrapped line goes on in the next one (no blank line between them)."""
    text = plain[line[0]:line[1]].rstrip()
    if ("\n" in plain[line[1]:following[0]].replace("\n", "", 1) or _END.search(text) or _TRUNCATED.search(text)
            or _is_heading(text) or CREDIT.search(text)):
        return False
    return plain[following[0]:following[1]].lstrip()[:1].islower() or len(text) >= 60


def _is_heading(line: str) -> bool:
    """A short line without a sentence end, or one with most words capitalised."""
    line = line.strip()
    if _END.search(line) or _TRUNCATED.search(line):
        return False
    words = [w for w in _WORD.findall(line) if len(w) > 3]
    capitalised = sum(w[0].isupper() for w in words)
    return len(line) < 60 or (words and capitalised >= 0.6 * len(words))


def is_content(text: str, first_in_block: bool = False) -> bool:
    """Whether a sentence is the document's own prose, not clutter, a headline or a fragment."""
    if not _END.search(text) or _TRUNCATED.search(text) or _CLUTTER.search(text):
        return False
    if first_in_block and _BYLINE.match(text):
        return False
    first = text.lstrip("“\"‘'(")[:1]
    if not (first.isupper() or first.isdigit()) or _POINTS_AT_PICTURE.search(text):
        return False
    words = [w for w in _WORD.findall(text) if len(w) > 3]
    if len(words) >= 6 and all(w[0].isupper() for w in words):
        return False  # a headline in title case: "How Winter Wreaks Havoc on What's Underneath N.Y.C."
    return 4 <= len(text.split()) <= 80
