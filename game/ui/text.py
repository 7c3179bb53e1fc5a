"""Text is the whole UI: fonts, wrapping, fitting text into boxes, and caches for all three.

A paragraph is a list of Runs (text with a style). `fit` lays paragraphs out in a box at the
largest size that fits, down to theme.MIN_TEXT, and cuts with an ellipsis only if even that
does not fit. Layout renders every line once; drawing a Block only blits.
"""

from __future__ import annotations

import bisect
import io
import math
import re
from importlib import resources
from pathlib import Path
from typing import NamedTuple

import pygame

from game.ui import theme

NORMAL, BOLD, MARK = "normal", "bold", "mark"  # MARK: the answer inside a quote
_WORD = re.compile(r"\S+|[ \t]+|\n")
_ELLIPSIS = "…"
# Stand-ins for characters a font lacks (Atkinson Hyperlegible has no arrows).
_STAND_INS = {"→": "›", "←": "‹", "✓": "", "✗": "", "⚠": "!"}
# Every text size comes from this ladder, 8% apart: a handful of fonts (each rasterises its
# glyphs once) serve every screen and window size, and fitting searches few sizes.
SIZES = sorted({round(theme.MIN_TEXT * 1.08**k) for k in range(40)})
_RENDER_CACHE_LIMIT = 4000
_WIDTH_CACHE_LIMIT = 50000


class Run(NamedTuple):
    """Text in one style within a paragraph."""

    text: str
    style: str = NORMAL


class Para(NamedTuple):
    """A paragraph: its runs, its size relative to the base size, colour and space above."""

    runs: tuple[Run, ...]
    scale: float = 1.0
    color: tuple[int, int, int] = theme.TEXT
    gap: float = 0.0  # space above, in lines of this paragraph

    @classmethod
    def of(cls, text: str, style: str = NORMAL, **kwargs) -> Para:
        return cls((Run(text, style),), **kwargs)


def font_files() -> tuple[Path, Path]:
    """Regular and bold Atkinson Hyperlegible, from the fontpkg package that installs them.

    Asked of that package directly: fontpkg's own lookup first scans every installed entry
    point, which costs more at start-up than opening the window."""
    root = Path(str(resources.files("fontpkg_atkinson_hyperlegible"))) / "files"
    return root / "AtkinsonHyperlegible-Regular.ttf", root / "AtkinsonHyperlegible-Bold.ttf"


class Piece(NamedTuple):
    """A rendered word or run of words, at its place in the block."""

    surface: pygame.Surface
    x: int
    y: int
    style: str


class Block(NamedTuple):
    """Laid-out text: pieces relative to `rect.topleft`, fitted inside `box`."""

    pieces: list[Piece]
    rect: pygame.Rect
    box: pygame.Rect
    size: int
    text: str
    sizes: tuple[int, ...] = ()  # every font size used

    def draw(self, surface: pygame.Surface, topleft: tuple[int, int] | None = None) -> None:
        left, top = topleft if topleft is not None else self.rect.topleft
        for piece in self.pieces:
            x, y = left + piece.x, top + piece.y
            if piece.style == MARK:
                # Bold, underlined and on a tinted ground: the answer stands out without colour.
                w, h = piece.surface.get_size()
                pad = max(1, h // 20)  # small: the spaces either side must still show
                pygame.draw.rect(surface, theme.ACCENT, (x - pad, y, w + 2 * pad, h), border_radius=2 * pad)
                thick = max(2, h // 14)
                pygame.draw.rect(surface, theme.ON_ACCENT, (x, y + h - 2 * thick - 1, w, thick))
            surface.blit(piece.surface, (x, y))


class Typeset:
    """Fonts (one Font per size and weight), measuring and rendering, all cached."""

    def __init__(self, regular: bytes | None, bold: bytes | None):
        # Every size is opened from these bytes, read once: a font file deleted or rewritten
        # while the game runs (an update, a drive unplugged) must not break a later resize.
        self._data = {False: regular, True: bold}
        self._fonts: dict[tuple[int, bool], pygame.font.Font] = {}
        self._widths: dict[tuple[str, int, bool], int] = {}
        self._rendered: dict[tuple, pygame.Surface] = {}
        self._shown: dict[str, str] = {}

    @classmethod
    def load(cls) -> Typeset:
        """Atkinson Hyperlegible when it is installed and readable, else pygame's own font."""
        try:
            regular, bold = (path.read_bytes() for path in font_files())
            for data in (regular, bold):
                # pygame opens a broken file without complaint and fails only when measuring
                # (get_linesize even crashes), so measure now, while falling back is easy.
                pygame.font.Font(io.BytesIO(data), 12).size("Ag")
        except (ImportError, OSError, pygame.error):
            return cls(None, None)
        return cls(regular, bold)

    def font(self, size: int, bold: bool = False) -> pygame.font.Font:
        key = (size, bold)
        if key not in self._fonts:
            data = self._data[bold]
            font = pygame.font.Font(io.BytesIO(data) if data is not None else None, size)
            if data is None and bold:
                font.bold = True
            self._fonts[key] = font
        return self._fonts[key]

    def line_height(self, size: int) -> int:
        return max(self.font(size).get_linesize(), self.font(size, True).get_linesize())

    def width(self, text: str, size: int, bold: bool = False) -> int:
        key = (text, size, bold)
        if key not in self._widths:
            if len(self._widths) > _WIDTH_CACHE_LIMIT:
                self._widths.clear()
            self._widths[key] = self.font(size, bold).size(text)[0]
        return self._widths[key]

    def render(self, text: str, size: int, color, bold: bool = False) -> pygame.Surface:
        key = (text, size, bold, tuple(color))
        surface = self._rendered.get(key)
        if surface is None:
            if len(self._rendered) > _RENDER_CACHE_LIMIT:
                self._rendered.clear()
            surface = self.font(size, bold).render(text, True, color)
            self._rendered[key] = surface
        return surface

    def shown(self, text: str) -> str:
        """`text` with characters the font cannot draw replaced by readable stand-ins."""
        if text.isascii():
            return text
        if text not in self._shown:
            self._shown[text] = "".join(ch if ch.isascii() or self.has_glyph(ch) else _STAND_INS.get(ch, ch) for ch in text)
        return self._shown[text]

    def has_glyph(self, ch: str) -> bool:
        font = self.font(24)
        missing = pygame.image.tobytes(font.render("\ue000", True, (255, 255, 255)), "RGBA")
        return pygame.image.tobytes(font.render(ch, True, (255, 255, 255)), "RGBA") != missing

    # -- layout

    def fit(
        self,
        paras: list[Para] | Para | str,
        box: pygame.Rect,
        largest: int,
        smallest: int = theme.MIN_TEXT,
        align: str = "left",
        valign: str = "top",
    ) -> Block:
        """`paras` laid out in `box` at the largest base size <= `largest` that fits."""
        paras = _as_paras(paras)
        size, lines = self._fitted(paras, box, largest, smallest)
        return self._place(lines, size, box, align, valign, paras)

    def fitting_size(self, paras: list[Para] | Para | str, box: pygame.Rect, largest: int, smallest: int = theme.MIN_TEXT) -> int:
        """The base size `fit` would choose, measured but not rendered (rendering at a size
        that is not used costs as much as measuring)."""
        return self._fitted(_as_paras(paras), box, largest, smallest)[0]

    def _fitted(self, paras: list[Para], box: pygame.Rect, largest: int, smallest: int) -> tuple[int, list]:
        """The largest base size <= `largest` at which `paras` fit `box`, and their lines at it."""
        smallest = min(smallest, largest)
        sizes = [size for size in SIZES if smallest <= size <= largest] or [smallest]
        # Every size tried costs rasterising the text's glyphs at that size (most of the time
        # of a first layout), so few are tried: the largest, where most text on a screen fits;
        # else the size its overflow points to (wrapped text needs room as the square of its
        # size), then one size at a time up or down to the largest that fits.
        tried: dict[int, tuple[list, int]] = {}

        def fits(i: int) -> bool:
            if i not in tried:
                tried[i] = self._lines(paras, box.width, sizes[i])
            lines, height = tried[i]
            return height <= box.height and max(line[3] for line in lines) <= box.width

        i = top = len(sizes) - 1
        if not fits(top) and top > 0:
            guess = sizes[top] * math.sqrt(max(0, box.height) / max(1, tried[top][1]))
            i = min(top - 1, max(0, bisect.bisect_right(sizes, guess) - 1))
            if fits(i):
                while i + 1 < top and fits(i + 1):
                    i += 1
            else:
                while i > 0 and not fits(i):
                    i -= 1
        if fits(i):
            return sizes[i], tried[i][0]
        # Nothing fits: i is 0 here, and its layout is the smallest size's when that is a size.
        lines = tried[0][0] if sizes[0] == smallest else self._lines(paras, box.width, smallest)[0]
        return smallest, self._cut(lines, box.height, box.width)[0]

    def flow(self, paras: list[Para] | Para | str, width: int, size: int, topleft=(0, 0)) -> Block:
        """`paras` at `size`, wrapped to `width`, as tall as they need (for scrolled lists)."""
        paras = _as_paras(paras)
        lines, height = self._lines(paras, width, size)
        box = pygame.Rect(topleft, (width, height))
        return self._place(lines, size, box, "left", "top", paras)

    def _lines(self, paras: list[Para], width: int, base: int):
        """[(para_index, size, [(text, style, x)], line_width, line_step)] and the total height."""
        lines = []
        height = 0
        for index, para in enumerate(paras):
            size = base if para.scale == 1 else snap(max(min(base, theme.MIN_TEXT), round(base * para.scale)))
            step = self.line_height(size)
            if lines and para.gap:
                height += round(step * para.gap)
                lines.append((index, size, [], 0, round(step * para.gap)))
            for pieces, line_width in self._wrap(para.runs, width, size):
                lines.append((index, size, pieces, line_width, step))
                height += step
        return lines, height

    def _wrap(self, runs: tuple[Run, ...], width: int, size: int):
        """Greedy word wrap: [(pieces, line_width)] with pieces [(text, style, x)].

        Breaks are chosen from word widths (each measured once per size and cached); each
        finished line is then measured piece by piece, so positions are exact without
        measuring a growing line after every word."""
        lines: list[list] = []
        line: list[list] = []
        x = 0
        pending_space: list[tuple[str, str]] = []
        for token in self._tokens(runs):
            if token == "\n":
                lines.append(line)
                line, x, pending_space = [], 0, []
                continue
            if token[0][0][0].isspace():
                pending_space = token if line else []
                continue
            space_w = self._parts_width(pending_space, size)
            word_w = self._parts_width(token, size)
            if line and x + space_w + word_w > width:
                lines.append(line)
                line, x, pending_space, space_w = [], 0, [], 0
            chunks = self._chunks(token, width, size) if word_w > width else [token]
            for n, chunk in enumerate(chunks):
                if n:
                    lines.append(line)
                    line, x, space_w = [], 0, 0
                for text, style in [*pending_space, *chunk]:
                    _merge(line, text, style)
                x += space_w + self._parts_width(chunk, size)
                pending_space = []
        lines.append(line)
        return [self._measured(line, size) for line in lines]

    def _parts_width(self, parts, size: int) -> int:
        return sum(self.width(text, size, style != NORMAL) for text, style in parts)

    def _measured(self, line: list, size: int) -> tuple[list, int]:
        """Pieces with their x, and the line's width. Neighbouring parts of one style are one
        piece (one blit, one mark box), measured whole: word widths summed drift from the
        width of the rendered text."""
        pieces, x = [], 0
        for text, style in line:
            pieces.append((text, style, x))
            x += self.width(text, size, style != NORMAL)
        return pieces, x

    def _tokens(self, runs: tuple[Run, ...]) -> list:
        """Words and spaces, each a list of (text, style) parts: a word may change style inside."""
        tokens: list = []
        for run in runs:
            for match in _WORD.finditer(self.shown(run.text)):
                part = match.group()
                if part == "\n":
                    tokens.append("\n")
                elif (
                    match.start() == 0
                    and tokens
                    and tokens[-1] != "\n"
                    and not part[0].isspace()
                    and not tokens[-1][-1][0][-1].isspace()
                ):
                    tokens[-1].append((part, run.style))  # the run ended inside a word
                else:
                    tokens.append([(part, run.style)])
        return tokens

    def _chunks(self, token, width: int, size: int) -> list[list[tuple[str, str]]]:
        """An over-long word cut into pieces that each fit `width`."""
        chunks: list[list[tuple[str, str]]] = [[]]
        for text, style in token:
            for ch in text:
                chunk = chunks[-1]
                trial = [*chunk[:-1], (chunk[-1][0] + ch, style)] if chunk and chunk[-1][1] == style else [*chunk, (ch, style)]
                if chunk and sum(self.width(t, size, s != NORMAL) for t, s in trial) > width:
                    chunks.append([(ch, style)])
                else:
                    chunks[-1] = trial
        return chunks

    def _cut(self, lines, height: int, width: int):
        """Keep the lines that fit in `height`; end the last kept one with an ellipsis."""
        kept, used = [], 0
        for line in lines:
            if used + line[4] > height:
                break
            kept.append(line)
            used += line[4]
        if not kept:
            return [], 0
        index, size, pieces, _, step = kept[-1]
        pieces = list(pieces)
        dots = self.width(_ELLIPSIS, size)
        while pieces:
            text, style, x = pieces[-1]
            bold = style != NORMAL
            while text and x + self.width(text, size, bold) + dots > width:
                text = text[:-1]
            if text.strip():
                pieces[-1] = (text.rstrip() + _ELLIPSIS, style, x)
                break
            pieces.pop()
        if not pieces:
            pieces = [(_ELLIPSIS, NORMAL, 0)]
        line_width = max(x + self.width(t, size, s != NORMAL) for t, s, x in pieces)
        kept[-1] = (index, size, pieces, line_width, step)
        return kept, used

    def _place(self, lines, size: int, box: pygame.Rect, align: str, valign: str, paras: list[Para]) -> Block:
        height = sum(line[4] for line in lines)
        width = max((line[3] for line in lines), default=0)
        top = {"top": 0, "middle": (box.height - height) // 2, "bottom": box.height - height}[valign]
        left = {"left": 0, "center": (box.width - width) // 2, "right": box.width - width}[align]
        rect = pygame.Rect(box.left + max(0, left), box.top + max(0, top), width, height)
        pieces = []
        y = 0
        for index, line_size, line_pieces, line_width, step in lines:
            shift = {"left": 0, "center": (width - line_width) // 2, "right": width - line_width}[align]
            color = paras[index].color
            for text, style, x in line_pieces:
                if not text.strip():
                    continue
                ink = theme.ON_ACCENT if style == MARK else color
                surface = self.render(text, line_size, ink, style != NORMAL)
                pieces.append(Piece(surface, shift + x, y, style))
            y += step
        sizes = tuple(sorted({line[1] for line in lines if line[2]}))
        text = "\n".join("".join(t for t, _, _ in line[2]) for line in lines if line[2])
        return Block(pieces, rect, pygame.Rect(box), size, text, sizes)


def _as_paras(paras) -> list[Para]:
    if isinstance(paras, str):
        return [Para.of(paras)]
    if isinstance(paras, Para):
        return [paras]
    return list(paras)


def marked(text: str, span: tuple[int, int] | None, style: str = NORMAL) -> tuple[Run, ...]:
    """`text` as runs with `span` (start, end) marked."""
    if span is None:
        return (Run(text, style),)
    start, end = span
    return tuple(run for run in (Run(text[:start], style), Run(text[start:end], MARK), Run(text[end:], style)) if run.text)


def _merge(line: list, text: str, style: str) -> None:
    """Add a part to the line, joining it to the last piece when the style is the same."""
    if line and line[-1][1] == style:
        line[-1][0] += text
    else:
        line.append([text, style])


def snap(size: int) -> int:
    """The ladder size at or just below `size` (never below the smallest)."""
    return max((s for s in SIZES if s <= size), default=size)
