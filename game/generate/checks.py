"""The checks of docs/question-quality.md that a program can make.

Each question check takes a question in pack format (a dict, as generated or as written in
a pack file) and an Evidence of its sources, and returns problem messages. The generator
drops every candidate with a problem; `quotequiz validate --strict` reports them for any
pack through strict_problems().
"""

from __future__ import annotations

import difflib
import math
import os
import re
from collections import defaultdict
from itertools import combinations

from game.generate.distractors import (
    APPROXIMATE_RATIO,
    approximate,
    bounds_in,
    clear_margin,
    converted,
    countries_named,
    keeps_order,
    takes_the,
    years_in,
)
from game.generate.facts import (
    GENERIC_NAME_WORDS,
    NAME_KINDS,
    NUMERIC_KINDS,
    Fact,
    facts_of,
    find_facts,
)
from game.generate.order import interval
from game.generate.questions import verbs
from game.generate.sentences import Sentence, split_sentences
from game.generate.text import PRONUNCIATION, Document, DocumentError, read_document
from game.textnorm import fold_answer, fold_quote, numbers_in

BLANK = "____"
_STOPWORDS = set(
    "the a an and or but of to in on at by for from with as is are was were be been has have had "
    "that this these those it its their his her they he she which who whom what when where while "
    "than then into over under after before since during about more less most some many all any "
    "not no said says will would can could may might also out up one two three".split()
)
_NEGATION = re.compile(r"\b(?:not|no|never|none|nobody|nothing|neither|nor|n't|without)\b", re.I)
_CONNECTORS = {"of", "the", "de", "del", "da", "van", "von", "bin", "al", "la", "le", "du", "for", "and"}
# Words that say what a name is ("Islands", "City"): no variant of any one name.
_GENERIC_LAST = {"City", "Operation", "Air"} | GENERIC_NAME_WORDS


def content_words(text: str) -> set[str]:
    return {w for w in fold_answer(text).split() if len(w) > 2 and w not in _STOPWORDS}


class Evidence:
    """The sources of a pack, split into sentences, for looking facts up in context."""

    def __init__(self, documents: dict[str, Document], sentences: dict[str, list[Sentence]] | None = None,
                 facts: dict[str, list[list[Fact]]] | None = None):
        self.texts = {sid: d.text for sid, d in documents.items()}
        # Folded once: find_quote would fold the whole document again for every quote.
        self.folded_texts = {sid: fold_quote(d.text) for sid, d in documents.items()}
        self.plain = {sid: fold_quote(d.plain) for sid, d in documents.items()}
        self.folded = {sid: text.casefold() for sid, text in self.plain.items()}
        self.sentences: list[tuple[str, set[str]]] = []  # folded text, content words
        self._origin: list[tuple[str, Sentence]] = []  # each of those sentences' source and itself
        self._figures: dict[tuple[str, int], list[str]] = {}  # a unit's figures in each sentence, once
        self.index: dict[str, list[int]] = defaultdict(list)
        self._split = {sid: (sentences or {}).get(sid) or split_sentences(d) for sid, d in documents.items()}
        self._facts = facts  # the facts stage's own, when the pipeline has them
        self._kinds: dict[str, str] | None = None
        self._aliases: dict[str, str] | None = None
        for sid, document in documents.items():
            for sentence in self._split[sid]:
                words = content_words(sentence.text)
                for word in words:
                    self.index[word].append(len(self.sentences))
                self.sentences.append((f" {fold_answer(sentence.text)} ", words))
                self._origin.append((sid, sentence))

    def supported(self, option: str, prompt: str) -> bool:
        """Whether the documents say `option` where the prompt's blank is, or in its context."""
        # with or without a lead-in ("Cyprus: ..."), which the document does not write there
        lead = _LEAD_IN.match(prompt)
        filled = {fold_quote(p.replace(BLANK, option)).casefold() for p in (prompt, prompt[lead.end():] if lead else prompt)}
        return any(f in text for f in filled for text in self.folded.values()) \
            or self._named_near(option, prompt, lambda context: 0.5 * context)

    def _named_near(self, option: str, prompt: str, enough) -> bool:
        """Whether some sentence names `option` and shares `enough(n)` of the n other words
        of the prompt."""
        folded = f" {fold_answer(option)} "
        words = content_words(option)
        context = content_words(prompt.replace(BLANK, " ")) - words
        if not words or not context:
            return False
        need = enough(len(context))
        rarest = min(words, key=lambda w: len(self.index.get(w, ())))
        return any(folded in self.sentences[i][0] and len(context & self.sentences[i][1]) >= need
                   for i in self.index.get(rarest, ()))

    def facts(self, sid: str) -> list[list[Fact]]:
        """The facts of each sentence of one source."""
        if self._facts is None:
            self._facts = {}
        if sid not in self._facts:
            self._facts[sid] = find_facts(self._split[sid])
        return self._facts[sid]

    def kind(self, name: str) -> str | None:
        """What the documents make of a name (person, place, org, operation), if anything."""
        if self._kinds is None:
            self._kinds = {f.text: f.kind for sid in self._split
                           for facts in self.facts(sid) for f in facts if f.kind in NAME_KINDS}
        return self._kinds.get(name)

    def another_name(self, rival: str, prompt: str, answer: str = "") -> str | None:
        """The name `rival` is another name for, by the documents' own words, when that is the
        answer or a name the prompt holds: "The Bahr al Abyad river flows ..." for the Nile is
        no false statement where the document says the Nile becomes the Bahr al Abyad."""
        if self._aliases is None:
            self._aliases = alias_groups(s.text for sentences in self._split.values() for s in sentences)
        group = self._aliases.get(_alias_key(rival))
        if group is None:
            return None
        if self._aliases.get(_alias_key(answer)) == group and _alias_key(answer) != _alias_key(rival):
            return answer
        named = f" {fold_answer(prompt.replace(BLANK, ' '))} "
        return next((name for name, other in self._aliases.items()
                     if other == group and name != _alias_key(rival) and f" {name} " in named), None)

    def same_measure(self, unit: str, unit_word: str, prompt: str, quote: dict) -> set[float]:
        """The values the quote's source gives, in other sentences, in the unit (a pattern after
        the number; unit_word: as the quote writes it) for what the prompt measures: in a sentence that shares a word with the
        prompt which few of the source's sentences use ("salt" of "The salt concentration of the
        Dead Sea fluctuates around 31.5%" and "the salt content of the Dead Sea can drop from its
        usual 35% to 30%"; not "Dead Sea", which nearly every sentence names)."""
        sid = quote.get("source")
        if sid not in self._split:
            return set()
        quoted = fold_quote(_as_read(quote["text"])).casefold()
        common = max(_COMMON_SHARE * len(self.sentences), _COMMON_LEAST)
        # A common noun says what is measured; a name tells the story, not the measure ("Tunisia"
        # of two attacks); the unit's own word ("people", "percent") is in every sentence with it.
        lower = content_words(" ".join(re.findall(r"(?<![\w’'-])[a-z][\w’'-]*", prompt)))
        wanted = {w for w in lower - _VAGUE - content_words(unit_word) if len(self.index.get(w, ())) <= common}
        found = set()
        for i in sorted({i for word in wanted for i in self.index.get(word, ())}):
            source, sentence = self._origin[i]
            if source != sid:
                continue
            if (unit, i) not in self._figures:
                self._figures[unit, i] = re.findall(_FIGURE + unit, sentence.text)
            figures = self._figures[unit, i]
            if figures and quoted not in fold_quote(sentence.text).casefold():
                found.update(numbers_in(figure)[0] for figure in figures)
        return found

    def fragment(self, name: str) -> bool:
        """Whether a one-word name only ever stands as the end of a longer one: "Motors" of
        "General Motors" is no one's surname. (A title such as "Mr" makes no longer name.)"""
        if " " in name:
            return False
        seen = [text[:m.start()] for text in self.plain.values() for m in re.finditer(rf"\b{re.escape(name)}\b", text)]
        return bool(seen) and all(_LONGER_NAME.search(before) for before in seen)

    def plausible(self, option: str, prompt: str) -> bool:
        """Whether the documents name `option` in some sentence about what the prompt is
        about (two of its words): a rival from another story ("Attila was defeated at
        Alexandria", where a statue was broken) is false on sight."""
        return self._named_near(option, prompt, lambda context: _SHARED)


# -- names the documents give one thing

# A name of capitalised words, joined by the small words of Arabic, French, Dutch ... names.
_ALIAS_NAME = r"(?!The\b)[A-Z][\w'’.-]*(?:\s+(?:(?:al|el|of|of the|de|la|du|da|von|van|bin)\s+)?[A-Z][\w'’.-]*)*"
_X = rf"(?:\b[Tt]he\s+)?(?P<x>{_ALIAS_NAME})"
_Y = rf"(?:the\s+)?[\"“]?(?P<y>{_ALIAS_NAME})"
_ADVERBS = r"(?:(?:also|now|locally|commonly|sometimes|often|formerly|widely|better|popularly|officially|once|later)\s+)"
# "X, also known as Y", "X is called Y", "the X becomes known as the Y", "X was renamed Y",
# "X, which the locals call Y". A bare "called" only after a form of "be": "Johnson called
# Smith" is a telephone call, "a trading post in Crimea, called Kaffa" names the post; "named"
# alone is a post ("was named Arsenal manager").
_NAMED_AS = [
    re.compile(rf"{_X}(?:\s+river)?(?:,\s+{_ADVERBS}*(?:{_ADVERBS}called|known as|nicknamed|renamed|dubbed|referred to as)"
               rf"|\s+(?:is|was|are|were|be|been|becomes|became|has been|had been)\s+{_ADVERBS}*"
               rf"(?:known as|called|nicknamed|renamed|dubbed|referred to as))\s+{_Y}"),
    re.compile(rf"{_X},\s+which\s+[^,.;()]{{1,40}}?\s+call(?:s|ed)?\s+{_Y}")]
# A name after these words is not what the verb names: "The reactors used in Chernobyl were
# called RBMK", "the river through Sichuan and Chongqing is also known as ...".
_NOT_SUBJECT = re.compile(r"\b(?:in|at|of|from|to|by|for|with|on|through|and|near)\s+(?:the\s+)?$", re.I)
# The end of a name: "the L.A.-based" goes on.
_NAME_END = r"(?=\s*[,;:)]|\.(?:\s|$)|\s*$)"
# "the Bahr al Abyad, or the White Nile,": another name between commas. A plain "or" is a
# choice ("in either Rwanda or Burundi"), as is the last item of a list ("Burundi, or the ...").
_OR_ELSE = re.compile(rf"{_X},\s+or\s+{_Y}{_NAME_END}")
_CHOICE_BEFORE = re.compile(r"(?:,|\b(?:either|whether|between))\s+(?:the\s+)?$", re.I)
# A gloss: "Lake Nyanza (Victoria)", "Mumbai (formerly Bombay)", "Mumbai, then Bombay,".
_GLOSS = [re.compile(rf"{_X}\s+\((?:(?:also|or|formerly|previously|then|now|later|a\.k\.a\.|aka)\s+)?"
                     rf"(?:(?:known as|called)\s+)?{_Y}[\"”]?\)"),
          re.compile(rf"{_X},\s+(?:formerly|previously|then|now)\s+(?:(?:known as|called)\s+)?{_Y}(?=,)")]
# A party and state after a politician's name: "(R-Warren)".
_PARTY = re.compile(r"[A-Z]-")


def _alias_key(name: str) -> str:
    """A name as the alias groups hold it: "The Nile river" and "Nile" alike."""
    return re.sub(r"^the | river$", "", fold_answer(name))


def alias_groups(sentences) -> dict[str, str]:
    """The names the sentences give one thing, each with its group's key: names joined
    through a chain ("the Nile is also known as the White Nile", "the Bahr al Abyad, or the
    White Nile") make one group. A gloss that follows two names is what they are, not a name
    of either: "(Labour)", "(Illinois)"."""
    pairs, glossed = [], defaultdict(set)
    for text in sentences:
        pairs += [(m["x"], m["y"]) for pattern in _NAMED_AS for m in pattern.finditer(text)
                  if not _NOT_SUBJECT.search(text[:m.start("x")])]
        pairs += [(m["x"], m["y"]) for m in _OR_ELSE.finditer(text) if not _CHOICE_BEFORE.search(text[:m.start("x")])]
        for m in (m for pattern in _GLOSS for m in pattern.finditer(text)):
            # Where a place is ("Lake Ilopango (El Salvador)") is no name of it.
            if _PARTY.match(m["y"]) or countries_named(m["y"]) and not countries_named(m["x"]):
                continue
            glossed[_alias_key(m["y"])].add(_alias_key(m["x"]))
            pairs.append((m["x"], m["y"]))
    parent: dict[str, str] = {}

    def root(key: str) -> str:
        while parent.setdefault(key, key) != key:
            key = parent[key]
        return key

    for x, y in pairs:
        a, b = _alias_key(x), _alias_key(y)
        if a != b and a and b and len(glossed.get(b, ())) <= 1:
            parent[root(a)] = root(b)
    return {key: root(key) for key in parent}


# A capitalised word before a name, inside a sentence, and no title: "a General Motors exhibition".
_LONGER_NAME = re.compile(r"[a-z,;]\s+(?!(?:Mr|Mrs|Ms|Dr|Sir|Dame|Miss|Prof|Professor|St)\b)[A-Z][\w’'.-]*\s+$")
# Words a rival's sentence shares with the statement: one may be chance ("people", "new").
_SHARED = 2
# A word in more than this share of the sentences names the document's subject, not a measure.
_COMMON_SHARE = 0.2
_COMMON_LEAST = 3  # sentences: in a short text, no word is the subject by chance
# Words of a figure's hedge, which say nothing of what it measures.
_VAGUE = {"around", "approximately", "roughly", "nearly", "almost", "average", "total", "estimated", "least"}
# A written figure, its value's digits in the group.
_FIGURE = r"(?<![\d.,])(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)"


def evidence_for(pack) -> Evidence:
    """Evidence for a loaded Pack, reading each source as the generator would."""
    documents = {}
    for sid, source in pack.sources.items():
        try:
            documents[sid] = read_document(source.path)
        except DocumentError:
            documents[sid] = Document(source.path, source.text, source.text)
    return Evidence(documents)


# -- one question


def question_problems(q: dict, evidence: Evidence) -> list[str]:
    """Every problem with one question; [] when it passes all checks."""
    kind = q.get("type")
    problems = grounding(q, evidence) + voice(q) + lost_object(q)
    if kind in ("choice", "text", "number"):
        problems += clean_blank(q) + leakage(q) + worked_out(q)
    if kind in ("choice", "text"):
        problems += place_qualifier(q, evidence)
    if kind in ("choice", "number"):
        problems += told_otherwise(q, evidence)
    if kind == "choice":
        problems += options(q, evidence) + cues(q) + rivals_in_context(q)
    if kind == "true_false":
        problems += true_false(q, evidence)
    if kind == "order":
        problems += order(q)
    return problems


# "My favorite is simply Remain Co.": a writer's own voice is an opinion or a story of theirs,
# and whose it is the player cannot tell. ("World War I" is no one's voice.)
_FIRST_PERSON = re.compile(r"\b(?:[Mm]y|[Mm]e|[Mm]ine|[Mm]yself)\b|(?:^|\b[a-z]+[,;:]? )I (?=[a-z])")


def voice(q: dict) -> list[str]:
    """A prompt in the writer's own voice, or left with a stray full stop ("Remain Co..")."""
    prompt = str(q.get("prompt", ""))
    if _FIRST_PERSON.search(prompt):
        return ["the prompt speaks in the first person: whose opinion or story is it?"]
    if re.search(r"(?<!\.)\.\.$", prompt):
        return ["the prompt ends in two full stops"]
    return []


def told_otherwise(q: dict, evidence: Evidence) -> list[str]:
    """A figure the document gives differently elsewhere: "fluctuates around ____%" (31.5) where
    it also says "its usual 35%" of the salt. A reader who types 35 is not wrong, nor one who
    picks an option the document gives for the same measure."""
    quote = _quotes(q)[0]
    answer = _answer_text(q)
    value = numbers_in(answer)
    digits = re.search(_FIGURE, answer)
    written = digits and re.search(rf"(?<![\d.,]){re.escape(digits.group())}(\s?%|\s(?:percent|per cent)\b|\s[a-z]{{3,}}\b)",
                                   _as_read(quote["text"]))
    if not value or not written or not value[0] or years_in(answer) or written.group(1).strip() in _NO_UNIT:
        return []  # a bare figure ("in 1,200 of them") tells no measure to compare
    unit = r"\s?(?:%|percent\b|per cent\b)" if "%" in written.group(1) or "cent" in written.group(1) else re.escape(written.group(1))
    elsewhere = evidence.same_measure(unit, written.group(1), q["prompt"], quote)
    value = value[0]
    if q["type"] == "number" and any(v != value and max(v, value) <= _SAME_MEASURE_RATIO * min(v, value) for v in elsewhere if v > 0):
        return ["the document gives another value of this measure elsewhere: a reader's answer may differ"]
    if q["type"] == "choice" and any(numbers_in(str(w))[:1] and numbers_in(str(w))[0] in elsewhere for w in q["wrong"]):
        return ["a wrong option is a value the document gives for this measure elsewhere"]
    return []


# Words after a figure that are no unit: "1,200 of them", "3.7 million" (a scale, not what it counts).
_NO_UNIT = _STOPWORDS | {"thousand", "million", "billion", "trillion"}
# How near another value of the same measure must stand to be read as the answer told otherwise.
_SAME_MEASURE_RATIO = 1.3


def place_qualifier(q: dict, evidence: Evidence) -> list[str]:
    """A blank that asks only where a place just named lies: "by Vicentini in Padua, ____"
    (Italy), "in Shaanxi, ____" (China) is known to all without the document."""
    prompt, answer = q["prompt"], str(q["answer"])
    if BLANK in prompt and qualifies_place(prompt[:prompt.find(BLANK)]) \
            and (countries_named(answer) or evidence.kind(answer) == "place"):
        return ["the blank is the country or region of the place named before it: known without the document"]
    return []


def qualifies_place(before: str) -> bool:
    """Whether a name after these words says where the place before it lies: "by Vicentini in
    Padua, Italy", "The earthquake in Shaanxi, China killed", not "After the battle of the
    Issus, Egypt hastened", where the comma closes an opening phrase and the main clause begins."""
    if not _PLACE_BEFORE.search(before):
        return False
    return not (_OPENING_PHRASE.match(before) and not verbs(before))


# A sentence that opens with a phrase of time or place: its comma may end the phrase.
_OPENING_PHRASE = re.compile(r"(?:After|Before|During|Following|In|At|On|From|By|With|Since|Under|Upon|Near|Outside"
                             r"|Off|Of|Through|To|Across|Along)\b")


# A place, then a comma: what follows may be where that place lies ("in Padua, Italy").
_PLACE_BEFORE = re.compile(r"\b(?:[Ii]n|at|near|from|to|of|outside|off)\s+(?:the\s+)?[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)*,\s*$")


def lost_object(q: dict) -> list[str]:
    """A verb whose object is only an aside: a page that lost a converted value reads "The North
    Atlantic covers (11.5%) and the South Atlantic (11.1%)." and says nothing of what it covers."""
    prompt = str(q.get("prompt", ""))
    words = list(re.finditer(r"[\w’'-]+", prompt))
    if any(_BARE_FIGURE.match(prompt, words[i].end()) for i in verbs(prompt)):
        return ["a verb has lost its object: the prompt does not read as a sentence"]
    return []


# An aside of a figure alone, "(11.5%)": after a verb ("died (aged 80)" says what it is) nothing
# but the lost value's share or conversion.
_BARE_FIGURE = re.compile(rf" \((?:[\d.,]+|{BLANK}) ?%?\)")


# A lead-in names what the document is about where the quoted words only lean on it: "Cyprus:
# In ____ it became a Roman province ...". It is no part of the quote (a label the quote opens
# with, "Magnetic field: Mars currently has ...", is).
_LEAD_IN = re.compile(r"[A-Z0-9][^:_]{0,58}?: (?=\S)")


def without_lead_in(prompt: str, quote: str) -> str:
    """The prompt without a lead-in its quote does not open with."""
    lead = _LEAD_IN.match(prompt)
    if lead and not fold_quote(quote).casefold().startswith(fold_quote(lead.group().rstrip()).casefold()):
        return prompt[lead.end():]
    return prompt


def _quotes(q: dict) -> list[dict]:
    quote = q.get("quote")
    return quote if isinstance(quote, list) else [quote]


def _answer_text(q: dict) -> str:
    """The answer as written in the quote (a number in the quote's own form)."""
    answer = q.get("answer")
    if q.get("type") == "number":
        quote = _quotes(q)[0]["text"]
        # Thousands commas only: "Parry, 21, was" holds "21", not "21,".
        for match in re.finditer(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?", quote):
            if numbers_in(match.group()) == [float(answer)]:
                return match.group()
    return str(answer)


def _as_read(quote: str) -> str:
    """A quote's words as the plain view reads them, which prompts are made from: without a
    pronunciation ("Éire [ˈeːɾʲə] ⓘ"), which the quote keeps so that it matches the file."""
    return fold_quote(PRONUNCIATION.sub("", quote))


def grounding(q: dict, evidence: Evidence) -> list[str]:
    problems = []
    quotes = _quotes(q)
    for quote in quotes:
        text = evidence.folded_texts.get(quote["source"])
        if text is None or fold_quote(quote["text"]) not in text:  # find_quote's match, without offsets
            problems.append(f"quote not found in source '{quote['source']}'")
    if q["type"] in ("choice", "text") and fold_quote(str(q["answer"])).casefold() not in fold_quote(quotes[0]["text"]).casefold():
        problems.append("the answer is not inside the quote")
    if q["type"] == "number" and float(q["answer"]) not in numbers_in(quotes[0]["text"]):
        problems.append("the answer's value is not in the quote")
    if q["type"] in ("choice", "text", "number") and BLANK in q["prompt"]:
        prompt = without_lead_in(q["prompt"], quotes[0]["text"])
        filled = fold_quote(prompt.replace(BLANK, _answer_text(q))).casefold()
        quoted = _as_read(quotes[0]["text"]).casefold()
        filled, quoted = _resolved(filled, quoted, quotes[0], evidence)
        if filled not in quoted and quoted not in filled:
            problems.append("filling the blank with the answer does not rebuild the quoted words")
    return problems


_PRONOUN_SAID = re.compile(r"^(?:he|she) (?=(?:said|says|told|added|noted|stressed|warned)\b)", re.I)


def _resolved(prompt: str, quote_text: str, quote: dict, evidence: Evidence) -> tuple[str, str]:
    """A prompt naming the speaker ("Blinken said ...") where its quote opens "He said ...":
    both without the speaker, if the source names that speaker just before the quote."""
    pronoun = _PRONOUN_SAID.match(quote_text)
    if not pronoun:
        return prompt, quote_text
    rest = quote_text[pronoun.end():]
    at = prompt.casefold().find(" " + rest.split(" ", 1)[0].casefold() + " ")
    name = prompt[:at]
    if at <= 0 or not re.fullmatch(r"[\w.’'-]+(?: [\w.’'-]+){0,3}", name):
        return prompt, quote_text
    source = evidence.folded_texts.get(quote.get("source"), "")
    where = source.find(fold_quote(quote["text"]))
    if where < 0 or name.casefold() not in source[max(0, where - 600): where].casefold():
        return prompt, quote_text
    return prompt[at + 1:], rest


def clean_blank(q: dict) -> list[str]:
    prompt = q["prompt"]
    if prompt.count(BLANK) > 1:
        return ["more than one blank"]
    at = prompt.find(BLANK)
    if at < 0:
        return []
    before, after = prompt[at - 1: at], prompt[at + len(BLANK): at + len(BLANK) + 1]
    if before.isalnum() or after.isalnum() or after == "_" or before == "_":
        return ["the blank cuts a word or a number"]
    if range_end(*prompt.split(BLANK, 1)):
        return ["the blank is one end of a range or an alternative"]
    if list_item(*prompt.split(BLANK, 1)):
        return ["the blank is one item of a list: other items would be as true"]
    if re.search(r"\d", str(q.get("answer", ""))) and named_by_year(prompt[:at]):
        return ["the blank is the year in a name: trivia, not the fact"]
    if prompt[:at].count("(") > prompt[:at].count(")"):
        # An aside is no part of what the sentence says, and a page that lost a value may leave
        # only the aside: "The North Atlantic covers (____%) and the South Atlantic."
        return ["the blank hides in an aside"]
    if years_in(str(q.get("answer", ""))) and _BASELINE.search(prompt[:at]):
        return ["the blank is the date a figure is compared against, not the finding"]
    if _WINDOW.search(prompt[:at]) and _WINDOW_UNIT.match(prompt[at + len(BLANK):]):
        return ["the blank is the span of a time counted back from an unknown now"]
    return []


# "up 2.1 percent over the past 12 months, compared to 3.9 percent in ____": when the old
# figure stood is the comparison's frame, not what the sentence reports.
_BASELINE = re.compile(r"\b(?:compared (?:to|with)|as against|versus|vs\.|(?:up|down) from)\s[^,;:()]*\d[^,;:()]*"
                       r"\b(?:in|on|at|during|by)\s+(?:the\s+)?$", re.I)


# "up 2.1 percent over the past ____ months": the span a figure is taken over, from the day
# of writing, which the player is not told.
_WINDOW = re.compile(r"\b(?:past|last|previous|preceding|next|coming) $", re.I)
_WINDOW_UNIT = re.compile(r" (?:days|weeks|months|quarters|years|decades)\b(?! of\b)")  # not "the last 10 years of his reign"


# "the Investment Company Act of 1940", "the Revolutions of 1848": a year that names a thing.
_NAMED_BY_YEAR = re.compile(r"\b(?!(?:January|February|March|April|May|June|July|August|September|October|November"
                            r"|December)\b)[A-Z][a-z]+ of $")


def named_by_year(before: str) -> bool:
    """Whether a year after these words is part of a name."""
    return bool(_NAMED_BY_YEAR.search(before))


def variants(answer: str) -> list[str]:
    """The answer and the ways it can give itself away: a surname, an acronym, its value."""
    found = [answer]
    words = [w for w in answer.split() if w not in _CONNECTORS]
    if len(words) > 1 and all(w[:1].isupper() for w in words):
        key = words[-1] if words[-1] not in _GENERIC_LAST else words[0]
        if len(key) >= 4 and key not in _GENERIC_LAST:
            found.append(key)
        found.append("".join(w[0] for w in words))
    return found


# Words many names share, which point at no one name: "New Zealand", "South Sudan".
_COMMON_NAME_WORDS = {"North", "South", "East", "West", "Northern", "Southern", "Eastern", "Western", "Central",
                      "Great", "Greater", "Upper", "Lower", "United", "National", "Royal", "Saint", "Santa",
                      "International", "American", "British"}


def _own_words(answer: str) -> list[str]:
    """The answer's words that stand for it alone: a one-word name, or the words of a longer
    one that are neither common to many names nor a kind ("Hawaiian" of "Hawaiian Islands")."""
    words = answer.split()
    if len(words) == 1:
        return words if re.fullmatch(r"[A-Z][a-z]{4,}", answer) else []
    return [w for w in words if re.fullmatch(r"[A-Z][a-z]{4,}", w) and w not in _COMMON_NAME_WORDS | GENERIC_NAME_WORDS]


def _shared_name_word(prompt: str, name: str, own_words: list[str] | None = None) -> str | None:
    """A word of the prompt that stands for the name ("Afghan" for "Afghanistan", "Mexican" for
    "Mexico", "from Hawaii to Kure" for the "Hawaiian Islands"), if any."""
    for own in _own_words(name) if own_words is None else own_words:
        for word in re.findall(r"\b[A-Z][a-z]+", prompt.replace(BLANK, " ")):
            shared = len(os.path.commonprefix([word, own]))
            if word != own and shared >= 5 or shared >= 4 and shared >= 0.8 * min(len(word), len(own)):
                return word
    return None


def leakage(q: dict) -> list[str]:
    prompt = q["prompt"].replace(BLANK, " ")
    answer = _answer_text(q)
    answers = [answer] + [str(a) for a in q.get("accept", [])]
    values = numbers_in(answer)
    if values and set(values) & set(numbers_in(prompt)):
        return ["the answer's number also stands in the prompt"]
    folded_prompt = f" {fold_answer(prompt)} "
    shared = _shared_name_word(prompt, answer)
    if shared:
        return [f"the prompt gives the answer away ({shared})"]
    for candidate in answers:
        for variant in variants(candidate):
            if variant.isupper() and len(variant) >= 2:
                # "US" stands in the prompt as "US" or "U.S."
                if re.search(r"\b" + r"\.?".join(map(re.escape, variant)) + r"\b", prompt):
                    return [f"the prompt gives the answer away ({variant})"]
            elif f" {fold_answer(variant)} " in folded_prompt:
                return [f"the prompt gives the answer away ({variant})"]
    return []


# -- an answer the prompt's other numbers give away


# Units of one measure, in a common base: "190 kilometers (118 miles)" is one distance twice.
_UNIT_BASE = {
    "km": ("length", 1000), "kilometres": ("length", 1000), "kilometers": ("length", 1000),
    "miles": ("length", 1609.34), "metres": ("length", 1), "meters": ("length", 1), "m": ("length", 1),
    "feet": ("length", 0.3048), "ft": ("length", 0.3048), "inches": ("length", 0.0254),
    "cm": ("length", 0.01), "mm": ("length", 0.001),
    "kg": ("mass", 1), "kilograms": ("mass", 1), "pounds": ("mass", 0.4536), "tonnes": ("mass", 1000), "tons": ("mass", 1000),
    "acres": ("area", 4046.86), "hectares": ("area", 10_000), "square kilometres": ("area", 1e6),
    "square kilometers": ("area", 1e6), "square miles": ("area", 2.59e6),
    "litres": ("volume", 1), "liters": ("volume", 1), "gallons": ("volume", 3.785),
    "mph": ("speed", 1.609), "km/h": ("speed", 1),
}
# Years in a span of time: "the 21 centuries from 206 BC until AD 1912".
_SPAN_YEARS = {"years": 1, "decades": 10, "centuries": 100, "millennia": 1000}
# How near a worked-out value must come: the prompt's figures are rounded ("2,200 miles").
_WORKED_NEAR = 0.04


def worked_out(q: dict) -> list[str]:
    """A numeric answer the prompt's other figures give away: the same measure in another unit
    ("____ kilometers (118 miles)", "minus ____ degrees Fahrenheit (minus 60 degrees Celsius)"), or their sum, difference, ratio or percent change ("$163
    million, up ____% from $123 million"), or the span between two of its years."""
    if BLANK not in q["prompt"]:
        return []
    answer = _answer_text(q)
    if not numbers_in(answer):
        return []
    at = q["prompt"].find(BLANK)
    filled = q["prompt"].replace(BLANK, answer, 1)
    facts = facts_of(filled)
    asked = [f for f in facts if f.start <= at < f.end]
    if not asked or asked[0].kind == "date":
        return []
    if converted(q["prompt"]):
        # Any unit (°F and °C, pounds and kilograms, acres and hectares): the twin in
        # brackets is the same measure, so the answer is arithmetic.
        return ["the prompt's other figures give the answer away: the same measure in another unit"]
    fact = asked[0]
    others = [f for f in facts if f is not fact]
    if any(_near(fact.value, value) for value in _worked_values(fact, others)):
        return ["the prompt's other figures give the answer away"]
    return []


def _near(value: float, worked: float) -> bool:
    return worked > 0 and abs(worked - value) <= max(_WORKED_NEAR * value, 0.5)


def _worked_values(fact, others) -> list[float]:
    """What a player can work out from the other figures, for a fact like `fact`."""
    found = []
    unit = _UNIT_BASE.get(fact.detail)
    for other in others:
        theirs = _UNIT_BASE.get(other.detail)
        if fact.kind == other.kind == "quantity" and unit and theirs and unit[0] == theirs[0] and other.detail != fact.detail:
            found.append(other.value * theirs[1] / unit[1])
    years = [f.value[0] for f in others if f.kind == "date" and f.value[0] is not None]
    if fact.kind == "number" and fact.detail in _SPAN_YEARS:
        found += [abs(a - b) / _SPAN_YEARS[fact.detail] for a, b in combinations(years, 2)]
    same = [f.value for f in others if f.kind == fact.kind or fact.kind == "percent" and f.kind in NUMERIC_KINDS]
    for a, b in combinations(same, 2):
        if fact.kind == "percent":
            found += [100 * abs(a - b) / min(a, b), 100 * min(a, b) / max(a, b)] if min(a, b) > 0 else []
        else:
            found += [a + b, abs(a - b)]
    return found


_MONTH_WORD = re.compile(r"\b(?:January|February|March|April|May|June|July|August|September|October|November|December)\b"
                         r"|\b(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.")


def shape(option: str) -> str:
    """What kind of thing an option looks like, with its written format."""
    text = option.strip()
    if re.fullmatch(r"1\d{3}|20\d{2}", text):
        return "year"
    if re.search(r"\d", text):
        text = _MONTH_WORD.sub("M", text)
        return re.sub(r"\d[\d,]*(?:\.(\d+))?", lambda m: "N" + ("." + "9" * len(m.group(1)) if m.group(1) else ""), text)
    words = text.split()
    if len(words) == 1 and text.lower() in ("two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve"):
        return "number-word"
    if all(w[:1].isupper() or w in _CONNECTORS for w in words):
        return "name"
    return "phrase"


def options(q: dict, evidence: Evidence) -> list[str]:
    problems = []
    everything = [str(q["answer"])] + [str(w) for w in q["wrong"]]
    folded = [fold_answer(o) for o in everything]
    if len(set(folded)) < len(folded):
        problems.append("two options are the same after folding")
    for i, a in enumerate(folded):
        for j, b in enumerate(folded):
            if i != j and a and f" {a} " in f" {b} ":
                problems.append(f"option \"{everything[i]}\" is inside option \"{everything[j]}\"")
    shapes = {shape(o) for o in everything}
    if len(shapes) > 1:
        problems.append(f"options differ in kind or format: {', '.join(sorted(shapes))}")
    values = [numbers_in(o)[0] for o in everything if numbers_in(o)]
    if len(values) == len(everything) and min(values) > 0 and max(values) / min(values) > 10 and shapes != {"year"}:
        problems.append("numeric options differ in magnitude")
    counts = [len(o.split()) for o in everything]
    if max(counts) - min(counts) > 2:
        problems.append("options differ much in length")
    if BLANK in q["prompt"]:
        for option in q["wrong"]:
            if evidence.supported(str(option), q["prompt"]):
                problems.append(f"wrong option \"{option}\" is supported by the document")
            elif (same := evidence.another_name(str(option), q["prompt"], str(q["answer"]))) is not None:
                problems.append(f"wrong option \"{option}\" is another name the document gives for \"{same}\"")
    if shapes == {"name"}:
        kind = evidence.kind(str(q["answer"]))
        for option in map(str, q["wrong"]):
            if leakage({"type": "text", "prompt": q["prompt"], "answer": option}):
                problems.append(f"wrong option \"{option}\" stands in the prompt, so it is wrong on sight")
            elif evidence.kind(option) == "person" and evidence.fragment(option):
                problems.append(f"wrong option \"{option}\" is only part of a longer name")
            elif kind and evidence.kind(option) not in (kind, None):
                problems.append(f"wrong option \"{option}\" is a {evidence.kind(option)}, the answer a {kind}")
    return problems


_NUMBER_WORDS = {"one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve"}


def _wants_an(word: str) -> bool:
    return word[:1].lower() in "aeiou8" or re.match(r"1[18](?:\D|\d\d\D|\d\d$|$)", word) is not None


_NUMBERISH = r"(?:[$£€]?\d[\d,.]*(?:s| ?[A-Z]\.?[A-Z]?\.?)?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)"
_RANGE_BEFORE = re.compile(rf"\b{_NUMBERISH}\s*(?:or|to|and|[-–])\s*[$£€]?$", re.I)
_RANGE_AFTER = re.compile(rf"^\s*(?:or|to|and|[-–])\s*{_NUMBERISH}\b", re.I)


def range_end(before: str, after: str) -> bool:
    """Whether a value between these words is one end of a range or an alternative: "three
    or four", "1939 to 1945", "400-600", "between $5 and $6". Change one end and the pair reads wrong on sight
    ("three or two"); blank it and the other end gives it away."""
    return bool(_RANGE_BEFORE.search(before) or _RANGE_AFTER.match(after))


# A word placing a part of a named place: "north-eastern Africa", "southern-most South America".
_PART = r"(?:(?:north|south|east|west|central|upper|lower)[\w-]* )?"
_LISTED = rf"(?:the )?{_PART}[A-Z][\w.'’-]*(?: (?:of |de |da |and the )?[A-Z][\w.'’-]*)*"
_LIST_BEFORE = re.compile(rf"(?:{_LISTED}, )*(?:{_LISTED},? (?:and|or) |{_LISTED}, )(?:(?:most|some|all|many|parts?) of )?(?:the )?{_PART}$")
_LIST_AFTER = re.compile(rf"^(?:(?:, (?:and |or )?|,? (?:and|or) ){_LISTED})*")
# Words that open a list of some of its kind: "islands including Seychelles, Mauritius ...".
_OPEN_LIST = re.compile(r"(?:\b(?:[Ii]ncluding|[Ii]ncludes?|[Ii]ncluded|[Ss]uch as|[Ee]\.g\.,?|[Ff]or example,?|[Ee]xamples? (?:are|is|include)|[Aa]mong them)"
                        r"|[a-z]s like)\s*$")
# Items of a list of names, at least, in which one blanked or changed item is trivia and
# its rivals may be as true: "Maldives, Tonga, ____, Nauru, and Polynesia".
_LONG_LIST = 3


def list_item(before: str, after: str) -> bool:
    """Whether a name between these words is one item of a long list of names, or of any
    list the sentence leaves open ("including", "such as", "examples are"): another item, or
    one the document never lists, would be as true."""
    ahead = _LIST_BEFORE.search(before)
    behind = _LIST_AFTER.match(after)
    start = ahead.start() if ahead else len(before)
    items = 1 + len(re.findall(rf"{_LISTED}", before[start:])) + len(re.findall(rf"{_LISTED}", behind.group()))
    return items >= _LONG_LIST or bool(_OPEN_LIST.search(before[:start]))


def cues(q: dict) -> list[str]:
    problems = []
    prompt, answer = q["prompt"], str(q["answer"])
    everything = [answer] + [str(w) for w in q["wrong"]]
    before = prompt[: prompt.find(BLANK)].split()[-1:] if BLANK in prompt else []
    if before and before[0].lower() in ("a", "an"):
        wanted = before[0].lower() == "an"
        if any(_wants_an(o) != wanted for o in everything):
            problems.append(f"\"{before[0]}\" before the blank fits only some options")
    after = prompt[prompt.find(BLANK) + len(BLANK):].split()[:1] if BLANK in prompt else []
    if after and after[0].lower() in ("is", "was", "has", "are", "were", "have") and shape(answer) == "phrase":
        if len({o.split()[-1].lower().endswith("s") for o in everything}) > 1:
            problems.append(f"\"{after[0]}\" after the blank fits only some options")
    if len({o.split()[0].lower() == "the" for o in everything}) > 1:
        problems.append("only some options start with \"the\"")
    if all(shape(o) == "name" for o in everything):
        # "the ____ supported": "the United States" fits, "the Germany" does not.
        classes = {takes_the(o) for o in everything} - {None}
        if len(classes) > 1:
            problems.append("\"the\" fits only some options" if before and before[0].lower() == "the"
                            else "only some options are names written with \"the\"")
    values = [numbers_in(o) for o in everything]
    if after and all(values) and re.fullmatch(r"[a-z]+", after[0]):
        # "____ people": one option of 1 and others of many cannot both fit the noun.
        if len({v[0] == 1 for v in values}) > 1:
            problems.append(f"\"{after[0]}\" after the blank fits only some options (singular/plural)")
    words = [o.lower() for o in everything]
    if after and all(w in _NUMBER_WORDS for w in words) and len({w == "one" for w in words}) > 1:
        problems.append(f"\"{after[0]}\" after the blank fits only some options (singular/plural)")
    longest_wrong = max(len(str(w)) for w in q["wrong"])
    if len(answer) > 1.5 * longest_wrong and len(answer) > longest_wrong + 8:
        problems.append("the answer is much the longest option")
    return problems


def changed_part(statement: str, quote: str) -> tuple[str, str] | None:
    """(old, new) when the statement differs from the quote in one stretch of words, else None.

    A statement cut from a longer sentence ends in a full stop its quote has not."""
    a, b = fold_quote(quote).rstrip(".,;: ").split(), fold_quote(statement).rstrip(".,;: ").split()
    ops = [op for op in difflib.SequenceMatcher(None, a, b, autojunk=False).get_opcodes() if op[0] != "equal"]
    if len(ops) != 1 or ops[0][0] != "replace":
        return None
    _, i1, i2, j1, j2 = ops[0]
    return " ".join(a[i1:i2]), " ".join(b[j1:j2])


def true_false(q: dict, evidence: Evidence) -> list[str]:
    quote = _quotes(q)[0]["text"]
    statement = without_lead_in(q["prompt"], quote)
    # "He said" in the quote, the speaker named in the statement: compare what was said
    statement, quote = _resolved(fold_quote(statement), _as_read(quote), _quotes(q)[0], evidence)
    if len(_NEGATION.findall(statement)) > len(_NEGATION.findall(quote)):
        return ["the statement adds a negation its quote does not have"]
    if q["answer"] is True or not _near_ratio(fold_quote(quote), fold_quote(statement), 0.6):
        return []
    change = changed_part(statement, quote)
    if change is None:
        return ["a false statement must differ from its quote in exactly one fact"]
    old, new = change
    if shape(old) != shape(new) or len(old.split()) > 5:
        return ["the changed fact is not of the same kind as the original"]
    same = evidence.another_name(new, statement.replace(new, BLANK, 1), old)
    if same is not None:
        return [f"the changed value \"{new}\" is another name the document gives for \"{same}\": the statement can be read as true"]
    folded = fold_quote(statement)
    at = folded.find(new)
    if at >= 0:
        # The changed value alone: "1600-1048" for "1600-1046" is a range's end.
        before, true_value, value, after = _changed_value(folded[:at], old, new, folded[at + len(new):])
        if range_end(before, after):
            return ["the changed fact is one end of a range or an alternative"]
        if list_item(folded[:at], folded[at + len(new):]):
            return ["the changed fact is one item of a list: another item would be as true"]
        if re.search(r"\d", value) and named_by_year(before):
            return ["the changed fact is the year in a name: trivia, not the fact"]
        if _BOUND.search(before) and not _names_no_time(true_value, value, evidence):
            return ["the changed fact is a bound: another value can be true too"]
        if before.count("(") > before.count(")"):
            return ["the changed fact hides in an aside"]
        if _GLOSSED.match(after):
            return ["the changed fact keeps its abbreviation or gloss beside it, which gives it away"]
        if shape(value) == "name" and re.fullmatch(r"(?:the )?", before, re.I) and _DEFINED.match(after):
            return ["the changed name is what the statement defines: what that other name is, the world knows"]
        blanked = before + BLANK + after
        unfit = rival_problems(blanked, true_value, value) + worked_out({"type": "text", "prompt": blanked, "answer": true_value})
        if unfit:
            return unfit
    blanked = folded.replace(new, BLANK, 1)
    if leakage({"type": "text", "prompt": blanked, "answer": old}):
        return [f"the statement still gives away the true value \"{old}\""]
    if evidence.supported(new, blanked):
        return [f"the changed value \"{new}\" is supported by the document"]
    if shape(new) == "name" and not evidence.plausible(new, blanked):
        return [f"the changed value \"{new}\" comes from another story in the document"]
    return []


def _names_no_time(old: str, new: str, evidence: Evidence) -> bool:
    """Whether a changed name after "after", "by" or "under" names someone or somewhere, not a
    time: "named after Charles Hermite", "founded by ...". (An event, "after World War I", is a
    time, and "after" it a bound.)"""
    return shape(old) == shape(new) == "name" and evidence.kind(old) in ("person", "org", "place")


def _changed_value(before: str, old: str, new: str, after: str) -> tuple[str, str, str, str]:
    """(words before, old value, new value, words after) around the one word or number that
    differs within a changed stretch: "c. 1600-1046 BC" to "c. 1600-1048 BC" changes 1046."""
    head = len(os.path.commonprefix([old, new]))
    tail = len(os.path.commonprefix([old[head:][::-1], new[head:][::-1]]))
    while head and (old[head - 1].isalnum() or old[head - 1] in ",."):
        head -= 1
    while tail and (old[len(old) - tail].isalnum() or old[len(old) - tail] in ",."):
        tail -= 1
    return before + new[:head], old[head: len(old) - tail], new[head: len(new) - tail], new[len(new) - tail:] + after


def rivals_in_context(q: dict) -> list[str]:
    """Wrong options the words around the blank rule out, or leave barely false."""
    for wrong in q["wrong"]:
        problems = rival_problems(q["prompt"], str(q["answer"]), str(wrong))
        if problems:
            return problems
    return []


def rival_problems(prompt: str, answer: str, rival: str) -> list[str]:
    """What is wrong with offering `rival` for `answer` in the prompt's blank: a year on the
    other side of one the sentence names, a value close to an approximate one ("around
    1250 BC": 1230 BC)."""
    answer_years, rival_years = years_in(answer), years_in(rival)
    before = prompt[: prompt.find(BLANK)]
    # "The Upper Jordan River ... other than the Jordan": a rival that shares its name with the
    # rest of the sentence is false on sight, or looks like the answer.
    # Only the name's last own word: "William Hobson" is no rival to rule out beside "King
    # William IV", nor "British" beside "the British Empire".
    own = [w for w in _own_words(rival) if w not in _COMMON_NAME_WORDS][-1:] if shape(rival) == "name" else []
    shared = _shared_name_word(prompt, rival, own)
    if shared:
        return [f"\"{rival}\" shares the word \"{shared}\" with the prompt: false or given away on sight"]
    if countries_named(rival) and qualifies_place(before):
        return [f"\"{rival}\" stands where the sentence names the country of the place before it: known on sight"]
    rough = approximate(before)
    if _SINCE.search(before) and _COUNTED_BOUND.search(before):
        return ["a count of at least so many since a date is true since any earlier date as well"]
    if answer_years and rival_years:
        year, other = answer_years[0], rival_years[0]
        if not keeps_order(year, other, bounds_in(prompt.replace(BLANK, " "))):
            return [f"\"{rival}\" contradicts a date of the sentence"]
        if _BY.search(before) and other > year:
            return [f"\"{rival}\" is true as well: what held by {answer} held by {rival}"]

        if rough and abs(year - other) < clear_margin(year):
            return [f"\"{rival}\" is too close to an approximate date"]
        return []
    values, rivals = numbers_in(answer), numbers_in(rival)
    if values and rivals and (_AT_LEAST.search(before) and rivals[0] < values[0]
                              or _AT_MOST.search(before) and rivals[0] > values[0]):
        return [f"\"{rival}\" is true as well: the sentence gives a bound, not the value"]
    if rough and values and rivals and min(values[0], rivals[0]) > 0 \
            and max(values[0], rivals[0]) < APPROXIMATE_RATIO * min(values[0], rivals[0]):
        return [f"\"{rival}\" is too close to an approximate value"]
    return []


# "By 1980, over 200 formulas": "by 1981" and "over 150" are true as well.
_AT_LEAST = re.compile(r"\b(?:over|more than|at least|upwards of)\s+\$?$", re.I)
_AT_MOST = re.compile(r"\b(?:fewer than|less than|under|up to|at most|no more than)\s+\$?$", re.I)
_SINCE = re.compile(r"\bsince\s+$", re.I)
_COUNTED_BOUND = re.compile(r"\b(?:over|more than|at least|upwards of)\s+\$?\d", re.I)
_BY = re.compile(r"\b(?:by|before|until)\s+(?:the (?:end|middle|start) of\s+)?$", re.I)
# The rest of a name, then a bracket: "the Democratic Party (PPP)" for "the People Power Party
# (PPP)", where the abbreviation betrays the change; likewise a gloss, "Mumbai (then Bombay)".
_GLOSSED = re.compile(r"[\w’'.-]*(?:\s+[A-Z][\w’'.-]*)*\s*\(")
# "Eilat is a small community on the Jordanian side": the statement says what its subject is,
# so with another subject it asks what that one is (a Red Sea city), which world knowledge
# answers, or names another of the same kind, as true.
_DEFINED = re.compile(r"^\s+(?:is|was|are|were)\s+(?:a|an|the|one)\b", re.I)
_BOUND = re.compile(r"\b(?:over|more than|at least|fewer than|less than|under|up to|nearly|almost|by|before|after|since|until)\s+$", re.I)


def order(q: dict) -> list[str]:
    items, quotes = q.get("items", []), _quotes(q)
    if len(quotes) != len(items):
        return []  # one quote for all items: nothing to check dates against
    problems, spans = [], []
    for item, quote in zip(items, quotes):
        dates = _dates_in(quote["text"])
        if any(fold_answer(text) in fold_answer(str(item)) for text, _ in dates):
            problems.append(f"item \"{item}\" still contains its date")
        kept = [span for text, span in dates if span]
        spans.append(kept[0] if len(kept) == 1 else None)
    known = [s for s in spans if s]
    if len(known) == len(spans) and any(not (x[1] < y[0]) for x, y in zip(known, known[1:])):
        problems.append("the items' dates are not strictly increasing and distinct")
    return problems


def _dates_in(text: str) -> list[tuple[str, tuple | None]]:
    return [(f.text, interval(f.value, f.detail)) for f in facts_of(text) if f.kind == "date"]


# -- a whole pack


NEAR = 0.85


def similar(a: str, b: str, threshold: float = NEAR) -> bool:
    """Whether two prompts are nearly the same words (fuzzy, after folding)."""
    return _near_ratio(fold_answer(a), fold_answer(b), threshold)


def _near_ratio(a: str, b: str, threshold: float) -> bool:
    """Whether difflib's ratio of a and b reaches threshold. Its cheap upper bounds are tried
    first: the lengths alone (before the matcher indexes b), then the characters shared."""
    if a and b and 2.0 * min(len(a), len(b)) / (len(a) + len(b)) < threshold:
        return False  # as real_quick_ratio() reckons it
    matcher = difflib.SequenceMatcher(None, a, b, autojunk=False)
    return matcher.quick_ratio() >= threshold and matcher.ratio() >= threshold


def wording(q: dict) -> str:
    """What a player reads of a question: its prompt, and an order question's items."""
    return " ".join([q["prompt"], *map(str, q.get("items", []))])


def near_duplicates(questions: list[dict]) -> list[tuple[int, int]]:
    """Pairs of questions that ask the same thing in nearly the same words."""
    return [(i, j) for i in range(len(questions)) for j in range(i + 1, len(questions))
            if similar(wording(questions[i]), wording(questions[j]))]


# Blind solvers: they never read the document. Each returns the option it picks, or for a
# true_false question True or False.

def pick_longest(q: dict, options: list[str]) -> str:
    return max(options, key=len)


def pick_most_shared(q: dict, options: list[str]) -> str:
    prompt = content_words(q["prompt"])
    return max(options, key=lambda o: len(content_words(o) & prompt))


def pick_middle_number(q: dict, options: list[str]) -> str:
    valued = sorted(options, key=lambda o: (numbers_in(o) or [0])[0])
    return valued[(len(valued) - 1) // 2]


def pick_smallest_number(q: dict, options: list[str]) -> str:
    return min(options, key=lambda o: (numbers_in(o) or [0])[0])


def pick_largest_number(q: dict, options: list[str]) -> str:
    return max(options, key=lambda o: (numbers_in(o) or [0])[0])


def answer_rank(q: dict) -> int | None:
    """Where a choice question's numeric answer stands among its options, smallest first; None
    unless the options are distinct numbers ("August 2021", "May 2021" differ in words only)."""
    if q["type"] != "choice":
        return None
    values = [numbers_in(str(o)) for o in [q["answer"], *q["wrong"]]]
    if not all(values) or len({v[0] for v in values}) < len(values):
        return None
    return sorted(v[0] for v in values).index(values[0][0])


def says_not_is_false(q: dict) -> bool:
    return not _NEGATION.search(q["prompt"])


def blind_scores(questions: list[dict]) -> dict[str, tuple[int, int, float]]:
    """Per strategy: (right, asked, what guessing would get on the same questions)."""
    scores = {}
    choice = [q for q in questions if q["type"] == "choice"]
    numeric = [q for q in choice if answer_rank(q) is not None]
    for name, solver, asked in (("longest option", pick_longest, choice),
                                ("most words shared with the prompt", pick_most_shared, choice),
                                ("middle number", pick_middle_number, numeric),
                                ("smallest number", pick_smallest_number, numeric),
                                ("largest number", pick_largest_number, numeric)):
        # Options are given sorted, as a shuffle could put them, so order gives nothing away.
        right = sum(solver(q, sorted([str(q["answer"]), *map(str, q["wrong"])])) == str(q["answer"]) for q in asked)
        chance = sum(1 / (1 + len(q["wrong"])) for q in asked)
        scores[name] = (right, len(asked), chance)
    statements = [q for q in questions if q["type"] == "true_false"]
    right = sum(says_not_is_false(q) == q["answer"] for q in statements)
    scores["false if it says not"] = (right, len(statements), len(statements) / 2)
    return scores


def pack_problems(questions: list[dict]) -> list[str]:
    """Problems of a pack as a whole: duplicates, true/false balance, blind solvers."""
    problems = []
    for i, j in near_duplicates(questions):
        problems.append(f"questions {i + 1} and {j + 1} are near-duplicates")
    statements = [q for q in questions if q["type"] == "true_false"]
    if len(statements) >= 6:
        true_share = sum(q["answer"] is True for q in statements) / len(statements)
        if not 0.3 <= true_share <= 0.7:
            problems.append(f"{true_share:.0%} of true_false statements are true: aim for about half")
    for name, (right, asked, chance) in blind_scores(questions).items():
        if asked >= 10:
            spread = math.sqrt(max(chance * (1 - chance / asked), 1e-9))
            if right > chance + max(2 * spread, 0.1 * asked):
                problems.append(f"a blind solver ({name}) scores {right}/{asked}, chance is {chance:.1f}")
    return problems


def strict_problems(pack) -> list[tuple[str, str]]:
    """(question id, message) for every check a loaded Pack fails; pack-wide ones have id ''."""
    evidence = evidence_for(pack)
    found = []
    raws = []
    for question in pack.questions:
        raw = dict(question.raw)
        raws.append(raw)
        for message in question_problems(raw, evidence):
            found.append((question.id, message))
    ids = [q.id for q in pack.questions]
    for message in pack_problems(raws):
        match = re.match(r"questions (\d+) and (\d+) (.*)", message)
        if match:
            found.append((ids[int(match[1]) - 1], f"near-duplicate of question '{ids[int(match[2]) - 1]}'"))
        else:
            found.append(("", message))
    return found
