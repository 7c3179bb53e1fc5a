"""Pieces shared by scenes: panels, key caps, the key legend, the quiz header, right/wrong marks."""

from __future__ import annotations

from typing import NamedTuple

import pygame

from game.ui import theme
from game.ui.scene import Scene
from game.ui.text import Para


def panel(surface, rect, fill=theme.PANEL, edge=theme.PANEL_EDGE, edge_width: int = 2) -> None:
    radius = max(4, rect.height // 6) if rect.height < 200 else 24
    pygame.draw.rect(surface, fill, rect, border_radius=radius)
    if edge_width:
        pygame.draw.rect(surface, edge, rect, edge_width, border_radius=radius)


def focus_ring(surface, rect) -> None:
    """A thick amber ring: focus must show on a washed-out projector, not only as a tint."""
    width = max(3, rect.height // 16)
    grown = rect.inflate(2 * width, 2 * width)
    pygame.draw.rect(surface, theme.ACCENT, grown, width, border_radius=max(4, grown.height // 6) if grown.height < 200 else 24)


def choices(surface, rects, focus: int) -> None:
    """Panels for a set of choices, the focused one lit and ringed."""
    for i, rect in enumerate(rects):
        panel(surface, rect, theme.FOCUS if i == focus else theme.PANEL)
        if i == focus:
            focus_ring(surface, rect)


def key_cap(scene: Scene, rect: pygame.Rect, label: str, size: int) -> pygame.Rect:
    """A key label ("1 A", "Enter") in a cap; returns the cap's rect. Drawn by draw_caps."""
    scene.fit(Para.of(label, "bold"), rect, size, size, align="center", valign="middle")
    return rect


def draw_caps(surface, caps: list[pygame.Rect], fill=theme.PANEL_EDGE) -> None:
    for rect in caps:
        pygame.draw.rect(surface, fill, rect, border_radius=max(3, rect.height // 5))


def cap_size(scene: Scene, label: str, size: int) -> tuple[int, int]:
    pad = max(4, size // 3)
    return scene.ui.text.width(label, size, True) + 2 * pad, scene.ui.text.line_height(size) + pad // 2


class Legend(NamedTuple):
    """The keys of the current screen, in a row (or rows) along the bottom."""

    top: int
    caps: list[pygame.Rect]

    def draw(self, surface) -> None:
        draw_caps(surface, self.caps)


def legend(scene: Scene, entries: list[tuple[str, str]], size: tuple[int, int]) -> Legend:
    width, height = size
    m = theme.margin(size)
    room = width - 2 * m
    text = scene.ui.text
    font = theme.text_px(height, 0.03)
    while True:
        gap = max(6, font // 2)
        items = []
        for keys, label in entries:
            cap_w, cap_h = cap_size(scene, keys, font)
            items.append((keys, label, cap_w, cap_h, cap_w + gap // 2 + text.width(label, font)))
        rows = _rows([item[4] for item in items], room, 2 * gap)
        if len(rows) == 1 or font <= theme.MIN_TEXT:
            break
        font -= 1
    row_h = max(item[3] for item in items)
    top = height - m - len(rows) * row_h - (len(rows) - 1) * gap // 2
    result = Legend(top, [])
    y = top
    for row in rows:
        row_w = sum(items[i][4] for i in row) + 2 * gap * (len(row) - 1)
        x = m + max(0, (room - row_w) // 2)
        for i in row:
            keys, label, cap_w, cap_h, item_w = items[i]
            cap = pygame.Rect(x, y, min(cap_w, room), row_h)
            result.caps.append(key_cap(scene, cap, keys, font))
            label_x = cap.right + gap // 2
            scene.fit(Para.of(label, color=theme.DIM), pygame.Rect(label_x, y, max(0, min(item_w - cap_w - gap // 2, m + room - label_x)), row_h), font, valign="middle")
            x += item_w + 2 * gap
        y += row_h + gap // 2
    return result


def _rows(widths: list[int], room: int, gap: int) -> list[list[int]]:
    rows: list[list[int]] = [[]]
    used = 0
    for i, w in enumerate(widths):
        if rows[-1] and used + gap + w > room:
            rows.append([])
            used = 0
        used += (gap if rows[-1] else 0) + w
        rows[-1].append(i)
    return rows


class Header(NamedTuple):
    """Progress on the left, score and streak on the right, and a progress bar under them."""

    bar: pygame.Rect
    filled: float
    bottom: int

    def draw(self, surface) -> None:
        pygame.draw.rect(surface, theme.PANEL, self.bar, border_radius=self.bar.height // 2)
        done = self.bar.copy()
        done.width = round(self.bar.width * self.filled)
        if done.width:
            pygame.draw.rect(surface, theme.ACCENT, done, border_radius=self.bar.height // 2)


def header(scene: Scene, size, left: str, right: str, filled: float) -> Header:
    width, height = size
    m = theme.margin(size)
    row = pygame.Rect(m, m, width - 2 * m, theme.px(height, 0.06, 16))
    font = theme.text_px(height, 0.042)
    scene.fit(Para.of(left, color=theme.DIM), pygame.Rect(row.left, row.top, row.width * 11 // 20, row.height), font, valign="middle")
    scene.fit(Para.of(right, "bold"), pygame.Rect(row.left + row.width * 11 // 20, row.top, row.width * 9 // 20, row.height), font, align="right", valign="middle")
    bar = pygame.Rect(m, row.bottom + theme.px(height, 0.01), width - 2 * m, theme.px(height, 0.008, 3))
    return Header(bar, filled, bar.bottom + theme.px(height, 0.03))


def quiz_header(scene: Scene, size, shown, score: int, streak: int, answered: bool) -> Header:
    """`Question 3 of 12` and `Score 250 · Streak 3` for the question and feedback screens."""
    done = shown.index + (1 if answered else 0)
    return header(scene, size, f"Question {shown.index + 1} of {shown.total}", f"Score {score}  ·  Streak {streak}", done / shown.total)


def verdict_mark(surface, center: tuple[int, int], radius: int, correct: bool, scale: float = 1.0) -> None:
    """A ✓ or ✗ drawn as lines (the font has neither), on a disc of the verdict's colour."""
    r = max(2, round(radius * scale))
    cx, cy = center
    pygame.draw.circle(surface, theme.RIGHT if correct else theme.WRONG, center, r)
    width = max(2, r // 4)
    if correct:
        points = [(cx - r * 0.5, cy + r * 0.02), (cx - r * 0.12, cy + r * 0.4), (cx + r * 0.52, cy - r * 0.38)]
        pygame.draw.lines(surface, theme.ON_ACCENT, False, points, width)
        for point in points:
            pygame.draw.circle(surface, theme.ON_ACCENT, point, width // 2)
    else:
        d = r * 0.42
        for a, b in (((cx - d, cy - d), (cx + d, cy + d)), ((cx - d, cy + d), (cx + d, cy - d))):
            pygame.draw.line(surface, theme.ON_ACCENT, a, b, width)
            for point in (a, b):
                pygame.draw.circle(surface, theme.ON_ACCENT, point, width // 2)


def scroll_bar(surface, view: pygame.Rect, offset: int, content: int) -> None:
    if content <= view.height:
        return
    track = pygame.Rect(view.right + 4, view.top, 6, view.height)
    pygame.draw.rect(surface, theme.PANEL, track, border_radius=3)
    thumb_h = max(20, view.height * view.height // content)
    thumb_y = view.top + (view.height - thumb_h) * offset // max(1, content - view.height)
    pygame.draw.rect(surface, theme.DIM, (track.left, thumb_y, track.width, thumb_h), border_radius=3)
