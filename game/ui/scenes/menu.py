"""A list of entries to choose from by key, arrows or pointer: the title screen and pack choice."""

from __future__ import annotations

from collections.abc import Callable
from typing import NamedTuple

import pygame

from game.ui import theme, widgets
from game.ui.input import CONFIRM_KEYS, HOVER, KEY, PRESS, SCROLL, Input, digit, letter
from game.ui.scene import Action, Command, Scene, Ui
from game.ui.text import BOLD, Para


class Entry(NamedTuple):
    """A line of a menu: its key, what it says, and what choosing it does."""

    key: str  # shown in the entry's cap; pressing it chooses the entry
    label: str
    choose: Callable[[], Command | None]
    detail: str = ""


class MenuScene(Scene):
    name = "menu"
    back_label = "back"

    def __init__(self, ui: Ui, entries: list[Entry]):
        super().__init__(ui)
        self.entries = entries
        self.focus = 0
        self.first = 0  # the first entry in view, when they do not all fit

    def heading(self, area: pygame.Rect) -> None:
        """Lay out the text above the entries in `area`."""

    def heading_share(self) -> float:
        return 0.2

    def row_share(self) -> float:
        """An entry's height, as a fraction of the window height."""
        return 0.12 if any(e.detail for e in self.entries) else 0.095

    def footer(self) -> str:
        return ""

    def back(self) -> Command | None:
        return None

    def arrange(self, size) -> None:
        width, height = size
        m = theme.margin(size)
        self.legend = widgets.legend(self, [("Up / Down", "move"), ("Enter", "choose"), ("Esc", self.back_label)], size)
        content_w = min(theme.content_width(size), round(height * 1.5))
        left = (width - content_w) // 2
        heading = pygame.Rect(left, m, content_w, round(height * self.heading_share()))
        self.heading(heading)
        bottom = self.legend.top - m // 2
        if self.footer():
            foot = pygame.Rect(left, bottom - theme.px(height, 0.06, 14), content_w, theme.px(height, 0.06, 14))
            self.fit(Para.of(self.footer(), color=theme.DIM), foot, theme.text_px(height, 0.028), align="center", valign="middle")
            bottom = foot.top
        gap = theme.px(height, 0.018)
        row_h = theme.px(height, self.row_share(), 18)
        view = pygame.Rect(left, heading.bottom + gap, content_w, bottom - heading.bottom - 2 * gap)
        self.per_page = max(1, (view.height + gap) // (row_h + gap))
        self.first = min(self.first, max(0, len(self.entries) - self.per_page))
        font = theme.text_px(height, 0.05)
        # Every entry is laid out in the row it gets while scrolled to the top; draw shifts them.
        self.rows, self.row_blocks, self.row_caps = [], [], []
        cap_w = max((widgets.cap_size(self, entry.key, font)[0] for entry in self.entries), default=0)  # labels line up
        for i, entry in enumerate(self.entries):
            rect = pygame.Rect(left, view.top + i * (row_h + gap), content_w, row_h)
            pad = max(4, row_h // 7)
            cap_h = widgets.cap_size(self, entry.key, font)[1]
            cap = pygame.Rect(rect.left + pad, rect.centery - min(cap_h, row_h) // 2, min(cap_w, rect.width // 3), min(cap_h, row_h))
            before = len(self.blocks)
            widgets.key_cap(self, cap, entry.key, font)
            paras = [Para.of(entry.label, BOLD)] + ([Para.of(entry.detail, scale=0.62, color=theme.DIM)] if entry.detail else [])
            self.fit(paras, pygame.Rect(cap.right + pad, rect.top + pad // 2, max(1, rect.right - cap.right - 2 * pad), rect.height - pad), font, valign="middle")
            self.row_blocks.append(self.blocks[before:])
            del self.blocks[before:]
            self.rows.append(rect)
            self.row_caps.append(cap)
        self.row_step = row_h + gap

    def visible_rows(self) -> range:
        return range(self.first, min(len(self.entries), self.first + self.per_page))

    def row_rect(self, index: int) -> pygame.Rect:
        return self.rows[index].move(0, -self.first * self.row_step)

    def action_for(self, inp: Input) -> Action | None:
        count = len(self.entries)
        if inp.kind == KEY:
            if inp.key == pygame.K_ESCAPE:
                return Action("back")
            if inp.key in (pygame.K_UP, pygame.K_DOWN, pygame.K_TAB) and count:
                step = -1 if inp.key == pygame.K_UP or (inp.key == pygame.K_TAB and inp.shift) else 1
                return Action("focus", (self.focus + step) % count)
            if inp.key in (*CONFIRM_KEYS, pygame.K_SPACE) and count:
                return Action("choose", self.focus)
            pressed = digit(inp)
            typed = str(pressed + 1) if pressed is not None else (letter(inp) or "").upper()
            hit = next((i for i, e in enumerate(self.entries) if e.key == typed), None)
            return Action("choose", hit) if hit is not None else None
        if inp.kind == SCROLL and count:
            return Action("focus", max(0, min(count - 1, self.focus + round(inp.amount))))
        if inp.kind in (PRESS, HOVER):
            hit = next((i for i in self.visible_rows() if self.row_rect(i).collidepoint(inp.pos)), None)
            if hit is None or (inp.kind == HOVER and hit == self.focus):
                return None
            return Action("choose" if inp.kind == PRESS else "focus", hit)
        return None

    def apply(self, action: Action) -> Command | None:
        if action.name == "back":
            return self.back()
        self.focus = action.arg
        # Keep the focused entry in view.
        self.first = min(self.focus, max(self.first, self.focus - self.per_page + 1))
        if action.name == "choose":
            return self.entries[action.arg].choose()
        return None

    def draw(self, surface: pygame.Surface, now: float) -> None:
        surface.fill(theme.BACKGROUND)
        self.legend.draw(surface)
        for block in self.blocks:
            block.draw(surface)
        shift = -self.first * self.row_step
        for i in self.visible_rows():
            rect = self.row_rect(i)
            widgets.panel(surface, rect, theme.FOCUS if i == self.focus else theme.PANEL)
            if i == self.focus:
                widgets.focus_ring(surface, rect)
            widgets.draw_caps(surface, [self.row_caps[i].move(0, shift)])
            for block in self.row_blocks[i]:
                block.draw(surface, (block.rect.left, block.rect.top + shift))
        if self.first > 0 or self.first + self.per_page < len(self.entries):
            view = pygame.Rect(self.rows[0].left, self.rows[0].top, self.rows[0].width, self.per_page * self.row_step)
            widgets.scroll_bar(surface, view, self.first * self.row_step, len(self.entries) * self.row_step)

    def visible_text(self) -> str:
        rows = [block.text for i in self.visible_rows() for block in self.row_blocks[i]]
        return "\n".join([super().visible_text(), *rows])
