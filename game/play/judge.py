"""Judging one answer and describing it: what was given, what was right, what to highlight."""

from __future__ import annotations

import re
from collections.abc import Sequence

from game.packs.model import Question
from game.textnorm import fold_answer, fold_with_offsets, format_number, number_spans, parse_number

TRUE_FALSE_OPTIONS = ("True", "False")
ORDER_ARROW = " → "


def is_correct(question: Question, options: Sequence[str], response) -> bool:
    """Whether `response` (see Session.answer for its form per type) is right."""
    kind = question.type
    if kind == "choice":
        return options[_option_index(response, options)] == question.answer
    if kind == "true_false":
        return bool(response) is question.answer
    if kind == "text":
        typed = _typed_name(str(response))
        return bool(typed) and typed in {_typed_name(a) for a in (question.answer, *question.accept)}
    if kind == "number":
        value = parse_number(str(response))
        if value is None:
            raise ValueError(f"not a number: {response!r}")
        return abs(value - question.answer) <= question.tolerance + 1e-9
    if kind == "order":
        return [options[i] for i in _permutation(response, options)] == list(question.items)
    raise ValueError(f"unknown question type {kind!r}")


def _typed_name(text: str) -> str:
    """A typed answer folded, without the article players put before a name or not as they
    please: "the Java Sea" is "Java Sea", "Hague" is "The Hague"."""
    folded = fold_answer(text)
    bare = re.sub(r"^(?:the|a|an) ", "", folded)
    return bare or folded


def given_text(question: Question, options: Sequence[str], response) -> str:
    kind = question.type
    if kind == "choice":
        return options[_option_index(response, options)]
    if kind == "true_false":
        return TRUE_FALSE_OPTIONS[0] if response else TRUE_FALSE_OPTIONS[1]
    if kind == "order":
        return ORDER_ARROW.join(options[i] for i in _permutation(response, options))
    return str(response).strip()


def expected_text(question: Question) -> str:
    kind = question.type
    if kind == "true_false":
        return TRUE_FALSE_OPTIONS[0] if question.answer else TRUE_FALSE_OPTIONS[1]
    if kind == "number":
        text = format_number(question.answer)
        if question.unit:
            text += f" {question.unit}"
        if question.tolerance:
            text += f" (± {format_number(question.tolerance)})"
        return text
    if kind == "order":
        return ORDER_ARROW.join(question.items)
    return question.answer


def highlights(question: Question) -> tuple[tuple[int, int] | None, ...]:
    """For each quote, the span of the answer inside its text, or None."""
    return tuple(_answer_span(question, quote.text) for quote in question.quotes)


def _answer_span(question: Question, quote: str) -> tuple[int, int] | None:
    if question.type == "number":
        return next(((s, e) for s, e, value in number_spans(quote) if value == question.answer), None)
    if question.type not in ("choice", "text"):
        return None
    folded, offsets = fold_with_offsets(quote)
    needle, _ = fold_with_offsets(question.answer)
    lowered = folded.lower()
    if len(lowered) != len(folded):  # a rare letter whose lower case changes length
        lowered = folded
    at = lowered.find(needle.lower())
    if at < 0 or not needle:
        return None
    return offsets[at], offsets[at + len(needle) - 1] + 1


def _option_index(response, options: Sequence[str]) -> int:
    if isinstance(response, bool) or not isinstance(response, int) or not 0 <= response < len(options):
        raise ValueError(f"no option {response!r}")
    return response


def _permutation(response, options: Sequence[str]) -> list[int]:
    order = list(response)
    if sorted(order) != list(range(len(options))):
        raise ValueError(f"not an arrangement of the {len(options)} items: {response!r}")
    return order
