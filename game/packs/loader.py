"""Load and validate a pack: a Pack, or every problem as FILE:LINE:COL: message.

Parsing uses PyYAML's safe C loader when present. Problems are first found against the
plain data, each with the path of the field it concerns; only when there are problems is
the document composed again to turn those paths into line and column numbers. So a valid
pack costs one fast parse, and a broken one still gets exact positions. With a PackCache,
a pack parsed before is not parsed again, and PyYAML is not even imported.
"""

from __future__ import annotations

import codecs
import re
from pathlib import Path
from typing import TYPE_CHECKING, Any, NamedTuple

from game.packs.cache import PackCache
from game.packs.model import QUESTION_TYPES, Pack, Question, Quote, Source
from game.textnorm import fold_quote, numbers_in

if TYPE_CHECKING:
    import yaml

MAX_PACK_BYTES = 64 * 1024 * 1024
MAX_SOURCE_BYTES = 32 * 1024 * 1024
# libyaml composes recursively and crashes the interpreter past ~10^4 levels, so nesting is
# bounded before parsing. A real pack nests five levels deep.
MAX_FLOW_DEPTH = 500
MAX_INDENT = 1000
_COMPACT_RUN = re.compile(r"(?:-[ \t]+){100}")
_FLOW_CHARS = re.compile(r"[\[\]{}]")
_INDENT = re.compile(r"^[ \t]*", re.M)
_PACK_ID = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*\Z")

Path_ = tuple  # a field's path in the document: keys and list indexes


class Problem(NamedTuple):
    """What is wrong with a pack and where; sorts by position."""

    file: str
    line: int
    col: int
    message: str

    def __str__(self) -> str:
        return f"{self.file}:{self.line}:{self.col}: {self.message}"


class PackError(Exception):
    """A pack that cannot be used, with every problem found in it."""

    def __init__(self, problems: list[Problem]):
        super().__init__("\n".join(map(str, problems)))
        self.problems = problems


def load_pack(path: str | Path) -> Pack:
    """The valid pack at `path`, or PackError listing every problem."""
    pack, problems = check_pack(path)
    if problems:
        raise PackError(problems)
    assert pack is not None
    return pack


def check_pack(path: str | Path, cache: PackCache | None = None) -> tuple[Pack | None, list[Problem]]:
    """(pack, []) for a valid pack; (None, problems) otherwise. Never raises for bad input.
    `cache` spares the parse of a pack parsed before; its checks run all the same."""
    path = Path(path)
    name = str(path)
    text, problem = _read_text(path, MAX_PACK_BYTES)
    if problem:
        return None, [Problem(name, 1, 1, problem)]
    cached = cache.get(path, text) if cache else None
    if cached is not None:
        checker = _Checker(path)
        pack = checker.pack(cached)
        if not checker.found:
            return pack, []
        # Problems are only ever reported from a fresh parse: an entry edited by hand must
        # not make a good pack look broken.

    data, problem = _parse(name, text)
    if problem:
        return None, [problem]
    checker = _Checker(path)
    pack = checker.pack(data)
    if checker.found:
        return None, _locate(name, text, checker.found)
    if cache:
        cache.put(path, text, data)
    return pack, []


def _parse(name: str, text: str) -> tuple[Any, Problem | None]:
    depth_problem = _nesting_problem(text)
    if depth_problem:
        return None, Problem(name, 1, 1, depth_problem)
    import yaml  # here: a cached pack needs no YAML, and importing PyYAML takes ~10 ms

    try:
        return yaml.load(text, Loader=_yaml_loader()), None
    except yaml.MarkedYAMLError as error:
        mark = error.problem_mark or error.context_mark
        message = f"invalid YAML: {error.problem or error.context}"
        return None, Problem(name, mark.line + 1 if mark else 1, mark.column + 1 if mark else 1, message)
    except (yaml.YAMLError, RecursionError, ValueError, OverflowError) as error:
        return None, Problem(name, 1, 1, f"invalid YAML: {error}")


def _yaml_loader():
    import yaml

    return getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # SafeLoader: PyYAML built without libyaml


def _read_text(path: Path, limit: int) -> tuple[str, str | None]:
    try:
        with path.open("rb") as handle:
            raw = handle.read(limit + 1)
    except FileNotFoundError:
        return "", "file not found"
    except IsADirectoryError:
        return "", "is a folder, not a file"
    except OSError as error:
        return "", f"cannot read file: {error.strerror or error}"
    if len(raw) > limit:
        return "", f"file is larger than {limit // (1024 * 1024)} MiB"
    # A byte order mark is no part of the text; without it, positions below are the file's.
    raw = raw.removeprefix(codecs.BOM_UTF8)
    try:
        return raw.decode("utf-8"), None
    except UnicodeDecodeError as error:
        before = raw[: error.start]
        line = before.count(b"\n") + 1
        col = error.start - (before.rfind(b"\n") + 1) + 1
        return "", f"not UTF-8 text (byte 0x{raw[error.start]:02x} at line {line}, column {col})"


def _nesting_problem(text: str) -> str | None:
    depth = deepest = 0
    for match in _FLOW_CHARS.finditer(text):
        depth += 1 if match.group() in "[{" else -1
        deepest = max(deepest, depth)
    if deepest > MAX_FLOW_DEPTH:
        return f"nested deeper than {MAX_FLOW_DEPTH} levels"
    if max(map(len, _INDENT.findall(text)), default=0) > MAX_INDENT or _COMPACT_RUN.search(text):
        return "nested or indented too deeply"
    return None


class _Checker:
    """Walks the parsed data, building the Pack and recording (path, message, at_key) problems."""

    def __init__(self, path: Path):
        self.path = path
        self.found: list[tuple[Path_, str, bool]] = []
        self.declared_sources: set[str] = set()

    def problem(self, where: Path_, message: str, at_key: bool = False) -> None:
        self.found.append((where, message, at_key))

    # -- small typed getters: each returns None (and records why) when the value is unusable

    def string(self, data: dict, key: str, where: Path_, required: bool = True, numbers_ok: bool = False):
        if key not in data:
            if required:
                self.problem(where, f"missing required field '{key}'")
            return None
        value = data[key]
        if numbers_ok and isinstance(value, (int, float)) and not isinstance(value, bool):
            value = str(value)
        if not isinstance(value, str) or not value.strip():
            self.problem(where + (key,), f"'{key}' must be non-empty text")
            return None
        return value

    def strings(self, data: dict, key: str, where: Path_, low: int, high: int | None, numbers_ok: bool = False):
        value = data.get(key)
        if not isinstance(value, list):
            self.problem(where + (key,) if key in data else where, f"'{key}' must be a list of text")
            return None
        holder = {i: v for i, v in enumerate(value)}
        result = [self.string(holder, i, where + (key,), numbers_ok=numbers_ok) for i in range(len(value))]
        if None in result:
            return None
        if len(result) < low or (high is not None and len(result) > high):
            span = f"{low} to {high}" if high is not None else f"at least {low}"
            self.problem(where + (key,), f"'{key}' must have {span} entries, not {len(result)}")
            return None
        return result

    def number(self, data: dict, key: str, where: Path_):
        value = data[key]
        if isinstance(value, bool) or not isinstance(value, (int, float)) or value != value:
            self.problem(where + (key,), f"'{key}' must be a number")
            return None
        return float(value)

    def unknown_keys(self, data: dict, allowed: set[str], where: Path_, what: str) -> None:
        for key in data:
            if key not in allowed:
                self.problem(where + (key,), f"unknown field '{key}' in {what}", at_key=True)

    # -- the document

    def pack(self, data: Any) -> Pack | None:
        if not isinstance(data, dict):
            self.problem((), "a pack must be a YAML mapping with 'quotequiz: 1', 'id', 'title', 'sources' and 'questions'")
            return None
        self.unknown_keys(data, {"quotequiz", "id", "title", "description", "language", "sources", "questions"}, (), "the pack")
        if "quotequiz" not in data:
            self.problem((), "missing required field 'quotequiz' (the format version: quotequiz: 1)")
        elif data["quotequiz"] != 1 or isinstance(data["quotequiz"], bool):
            self.problem(("quotequiz",), f"unsupported format version {data['quotequiz']!r}: this QuoteQuiz reads version 1")
        pack_id = self.string(data, "id", ())
        if pack_id is not None and not _PACK_ID.match(pack_id):
            self.problem(("id",), f"pack id '{pack_id}' may use only lowercase letters, digits and '-'")
        title = self.string(data, "title", ())
        description = self.string(data, "description", (), required=False)
        language = self.string(data, "language", (), required=False) or "en"
        sources = self.sources(data)
        questions = self.questions(data, sources)
        if self.found:
            return None
        return Pack(pack_id, title, self.path, sources, tuple(questions), description, language)

    def sources(self, data: dict) -> dict[str, Source]:
        value = data.get("sources")
        if not isinstance(value, list) or not value:
            self.problem(("sources",) if "sources" in data else (), "'sources' must be a list of at least one source")
            return {}
        folder = self.path.parent.resolve()
        sources: dict[str, Source] = {}
        for index, entry in enumerate(value):
            where = ("sources", index)
            if not isinstance(entry, dict):
                self.problem(where, "a source must be a mapping with 'id', 'title' and 'file'")
                continue
            self.unknown_keys(entry, {"id", "title", "file", "url", "original"}, where, "a source")
            source_id = self.string(entry, "id", where)
            title = self.string(entry, "title", where)
            file = self.string(entry, "file", where)
            url = self.string(entry, "url", where, required=False)
            if source_id in self.declared_sources:
                self.problem(where + ("id",), f"duplicate source id '{source_id}'")
                continue
            self.declared_sources.add(source_id)
            text = self.source_text(file, folder, where + ("file",)) if file else None
            original = self.string(entry, "original", where, required=False)
            if original:  # the page `file` holds the text of: only checked, as `file` is
                self.source_text(original, folder, where + ("original",))
            if source_id and title and text is not None:
                sources[source_id] = Source(source_id, title, file, (folder / file).resolve(), text, url)
        return sources

    def source_text(self, file: str, folder: Path, where: Path_) -> str | None:
        target = (folder / file).resolve()
        if Path(file).is_absolute() or not target.is_relative_to(folder):
            self.problem(where, f"source file '{file}' must be inside the pack's folder")
            return None
        text, problem = _read_text(target, MAX_SOURCE_BYTES)
        if problem:
            self.problem(where, f"source file '{file}': {problem}")
            return None
        return text

    def questions(self, data: dict, sources: dict[str, Source]) -> list[Question]:
        value = data.get("questions")
        if not isinstance(value, list) or not value:
            self.problem(("questions",) if "questions" in data else (), "'questions' must be a list of at least one question")
            return []
        folded_sources = {sid: fold_quote(s.text) for sid, s in sources.items()}
        seen: set[str] = set()
        questions = []
        for index, entry in enumerate(value):
            question = self.question(entry, ("questions", index), sources, folded_sources)
            if question is None:
                continue
            if question.id in seen:
                self.problem(("questions", index, "id"), f"duplicate question id '{question.id}'")
                continue
            seen.add(question.id)
            questions.append(question)
        return questions

    def question(self, q: Any, where: Path_, sources: dict, folded_sources: dict) -> Question | None:
        if not isinstance(q, dict):
            self.problem(where, "a question must be a mapping with 'id', 'type', 'prompt', 'answer' and 'quote'")
            return None
        before = len(self.found)
        qid = self.string(q, "id", where, numbers_ok=True)
        kind = q.get("type")
        if kind not in QUESTION_TYPES:
            self.problem(where + ("type",) if "type" in q else where,
                         f"'type' must be one of {', '.join(QUESTION_TYPES)}" + (f", not {kind!r}" if "type" in q else ""))
            return None
        allowed = {"id", "type", "prompt", "quote", "explanation", "tags", "difficulty"} | _TYPE_FIELDS[kind]
        for key in q:
            if key not in allowed:
                known = any(key in fields for fields in _TYPE_FIELDS.values())
                reason = f"'{key}' does not apply to a {kind} question" if known else f"unknown field '{key}' in a question"
                self.problem(where + (key,), reason, at_key=True)
        prompt = self.string(q, "prompt", where)
        explanation = self.string(q, "explanation", where, required=False)
        tags = tuple(self.strings(q, "tags", where, 0, None) or ()) if "tags" in q else ()
        difficulty = q.get("difficulty")
        if difficulty is not None and (isinstance(difficulty, bool) or difficulty not in (1, 2, 3)):
            self.problem(where + ("difficulty",), "'difficulty' must be 1, 2 or 3")
        fields: dict[str, Any] = {"answer": None}
        if kind == "order":
            items = self.strings(q, "items", where, 3, 6, numbers_ok=True)
            fields["items"] = tuple(items or ())
            quotes = self.quotes(q, where, sources, folded_sources, order=True, items=len(items) if items else None)
        else:
            quotes = self.quotes(q, where, sources, folded_sources, order=False, items=None)
            fields.update(self.answer_fields(kind, q, where, quotes))
        if len(self.found) > before:
            return None
        return Question(id=qid, type=kind, prompt=prompt, quotes=quotes, explanation=explanation,
                        tags=tags, difficulty=difficulty, raw=q, **fields)

    def quotes(self, q: dict, where: Path_, sources: dict, folded_sources: dict, order: bool, items: int | None):
        """The question's quotes; an order question may give a list, one per item."""
        if "quote" not in q:
            self.problem(where, "missing required field 'quote' (the evidence shown after answering)")
            return ()
        value = q["quote"]
        if order and isinstance(value, list):
            if items is not None and len(value) != items:
                self.problem(where + ("quote",), f"a list of quotes must have one per item: {items}, not {len(value)}")
                return ()
            found = [self.quote(v, where + ("quote", i), sources, folded_sources) for i, v in enumerate(value)]
            return () if None in found else tuple(found)
        quote = self.quote(value, where + ("quote",), sources, folded_sources)
        return (quote,) if quote else ()

    def quote(self, value: Any, where: Path_, sources: dict, folded_sources: dict) -> Quote | None:
        if not isinstance(value, dict):
            self.problem(where, "a quote must be a mapping with 'source' and 'text'")
            return None
        self.unknown_keys(value, {"source", "text"}, where, "a quote")
        source = self.string(value, "source", where)
        text = self.string(value, "text", where)
        if source is None or text is None:
            return None
        if source not in folded_sources:
            # A declared source that failed to load has its own problem already.
            if source not in self.declared_sources:
                self.problem(where + ("source",), f"'{source}' is not a source of this pack")
            return None
        if fold_quote(text) not in folded_sources[source]:
            self.problem(where + ("text",), f"quote not found in source '{source}': \"{_clip(text)}\"")
            return None
        return Quote(source, text)

    def answer_fields(self, kind: str, q: dict, where: Path_, quotes: tuple) -> dict:
        if "answer" not in q:
            self.problem(where, "missing required field 'answer'")
            return {}
        quote_text = fold_quote(quotes[0].text).casefold() if quotes else None
        if kind == "true_false":
            if not isinstance(q["answer"], bool):
                self.problem(where + ("answer",), "a true_false answer must be true or false")
            return {"answer": q["answer"]}
        if kind == "number":
            answer = self.number(q, "answer", where)
            tolerance = self.number(q, "tolerance", where) if "tolerance" in q else 0.0
            if tolerance is not None and tolerance < 0:
                self.problem(where + ("tolerance",), "'tolerance' must not be negative")
            unit = self.string(q, "unit", where, required=False)
            if answer is not None and quotes and answer not in numbers_in(quotes[0].text):
                self.problem(where + ("answer",), f"the quote does not contain the answer's value {q['answer']}")
            return {"answer": answer, "tolerance": tolerance or 0.0, "unit": unit}
        answer = self.string(q, "answer", where, numbers_ok=True)
        if answer is not None and quote_text is not None and fold_quote(answer).casefold() not in quote_text:
            self.problem(where + ("answer",), f"the answer \"{_clip(answer)}\" does not occur in the quote")
        if kind == "text":
            accept = self.strings(q, "accept", where, 1, None, numbers_ok=True) if "accept" in q else []
            return {"answer": answer, "accept": tuple(accept or ())}
        wrong = self.strings(q, "wrong", where, 1, 5, numbers_ok=True) if "wrong" in q else None
        if "wrong" not in q:
            self.problem(where, "missing required field 'wrong' (1 to 5 wrong options)")
        if wrong and answer is not None:
            seen: dict[str, int] = {_fold_option(answer): -1}
            for i, option in enumerate(wrong):
                folded = _fold_option(option)
                if folded in seen:
                    clash = "the answer" if seen[folded] < 0 else f"wrong option {seen[folded] + 1}"
                    self.problem(where + ("wrong", i), f"wrong option \"{_clip(option)}\" is the same as {clash}")
                seen.setdefault(folded, i)
        return {"answer": answer, "wrong": tuple(wrong or ())}


_TYPE_FIELDS = {
    "choice": {"answer", "wrong"},
    "true_false": {"answer"},
    "text": {"answer", "accept"},
    "number": {"answer", "tolerance", "unit"},
    "order": {"items"},
}


def _fold_option(text: str) -> str:
    return " ".join(text.split()).casefold()


def _clip(text: str, limit: int = 60) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


# -- positions: only computed when something is wrong


def problems_at(path: str | Path, found: list[tuple[Path_, str]]) -> list[Problem]:
    """Problems found by other checks (e.g. question quality), each at its field's position."""
    text, _ = _read_text(Path(path), MAX_PACK_BYTES)
    return _locate(str(path), text, [(where, message, False) for where, message in found])


def _locate(name: str, text: str, found: list[tuple[Path_, str, bool]]) -> list[Problem]:
    import yaml

    try:
        root = yaml.compose(text, Loader=_yaml_loader())
    except (yaml.YAMLError, RecursionError):
        root = None
    problems = []
    for where, message, at_key in found:
        line, col = _position(root, where, at_key)
        problems.append(Problem(name, line, col, message))
    return sorted(set(problems))


def _position(root: yaml.Node | None, where: Path_, at_key: bool) -> tuple[int, int]:
    import yaml

    node, key_node = root, None
    for step in where:
        if isinstance(node, yaml.MappingNode):
            match = next(((k, v) for k, v in node.value if isinstance(k, yaml.ScalarNode) and _same_key(k, step)), None)
            if match is None:
                break
            key_node, node = match
        elif isinstance(node, yaml.SequenceNode) and isinstance(step, int) and step < len(node.value):
            key_node, node = None, node.value[step]
        else:
            break
    target = key_node if at_key and key_node is not None else node
    if target is None:
        return 1, 1
    return target.start_mark.line + 1, target.start_mark.column + 1


def _same_key(node: yaml.ScalarNode, step: Any) -> bool:
    return node.value == str(step)
