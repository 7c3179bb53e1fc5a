"""A yes/no question drawn over the current screen. Pops with True (yes) or False (no)."""

from __future__ import annotations

import pygame

from game.ui import theme, widgets
from game.ui.input import CONFIRM_KEYS, HOVER, KEY, PRESS, Input, letter
from game.ui.scene import Action, Command, Pop, Scene, Ui
from game.ui.text import Para


class ConfirmScene(Scene):
    name = "confirm"
    overlay = True

    def __init__(self, ui: Ui, title: str, detail: str, yes: str, no: str):
        super().__init__(ui)
        self.title, self.detail, self.labels = title, detail, (yes, no)
        self.focus = 1  # "no" first: a stray Enter must not throw a quiz away

    def arrange(self, size) -> None:
        width, height = size
        m = theme.margin(size)
        self.legend = widgets.legend(self, [("Y", self.labels[0].lower()), ("N / Esc", self.labels[1].lower()), ("Left / Right", "move")], size)
        box_w = min(width - 2 * m, round(height * 1.1))
        box_h = min(self.legend.top - 2 * m, round(height * 0.5))
        self.box = pygame.Rect((width - box_w) // 2, (self.legend.top - box_h) // 2, box_w, box_h)
        pad = theme.px(height, 0.04, 6)
        inner = self.box.inflate(-2 * pad, -2 * pad)
        button_h = theme.px(height, 0.1, 20)
        text_box = pygame.Rect(inner.left, inner.top, inner.width, inner.height - button_h - pad)
        self.fit([Para.of(self.title, "bold"), Para.of(self.detail, scale=0.65, color=theme.DIM, gap=0.4)], text_box, theme.text_px(height, 0.065))
        gap = pad // 2
        half = (inner.width - gap) // 2
        self.buttons = [pygame.Rect(inner.left + i * (half + gap), inner.bottom - button_h, half, button_h) for i in range(2)]
        font = theme.text_px(height, 0.045)
        self.caps = []
        for rect, key, label in zip(self.buttons, ("Y", "N"), self.labels):
            cap_w, cap_h = widgets.cap_size(self, key, font)
            cap = pygame.Rect(rect.left + gap, rect.centery - cap_h // 2, cap_w, cap_h)
            self.caps.append(widgets.key_cap(self, cap, key, font))
            self.fit(Para.of(label, "bold"), pygame.Rect(cap.right + gap, rect.top, max(1, rect.right - cap.right - 2 * gap), rect.height), font, valign="middle")

    def action_for(self, inp: Input) -> Action | None:
        if inp.kind == KEY:
            if letter(inp) == "y":
                return Action("answer", True)
            if letter(inp) == "n" or inp.key == pygame.K_ESCAPE:
                return Action("answer", False)
            if inp.key in (pygame.K_LEFT, pygame.K_RIGHT, pygame.K_TAB, pygame.K_UP, pygame.K_DOWN):
                return Action("focus", 1 - self.focus)
            if inp.key in (*CONFIRM_KEYS, pygame.K_SPACE):
                return Action("answer", self.focus == 0)
        if inp.kind in (PRESS, HOVER):
            hit = next((i for i, rect in enumerate(self.buttons) if rect.collidepoint(inp.pos)), None)
            if hit is not None and inp.kind == PRESS:
                return Action("answer", hit == 0)
            if hit is not None and hit != self.focus:
                return Action("focus", hit)
        return None

    def apply(self, action: Action) -> Command | None:
        if action.name == "focus":
            self.focus = action.arg
            return None
        return Pop(action.arg)

    def draw(self, surface, now: float) -> None:
        shade = pygame.Surface(surface.get_size(), pygame.SRCALPHA)
        shade.fill(theme.SHADE)
        surface.blit(shade, (0, 0))
        widgets.panel(surface, self.box, theme.BACKGROUND, theme.ACCENT, 3)
        self.legend.draw(surface)
        widgets.choices(surface, self.buttons, self.focus)
        widgets.draw_caps(surface, self.caps)
        for block in self.blocks:
            block.draw(surface)
