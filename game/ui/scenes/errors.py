"""Why a pack cannot be played: every problem as FILE:LINE:COL: message, never a traceback."""

from __future__ import annotations

from pathlib import Path

import pygame

from game.ui import theme, widgets
from game.ui.input import CONFIRM_KEYS, KEY, PRESS, SCROLL, Input
from game.ui.scene import Action, Command, Pop, Scene, Ui
from game.ui.text import BOLD, Para


class PackErrorScene(Scene):
    name = "pack-error"

    def __init__(self, ui: Ui, path: Path, problems: list[str]):
        super().__init__(ui)
        self.path = path
        self.problems = problems
        self.offset = 0

    def arrange(self, size) -> None:
        width, height = size
        m = theme.margin(size)
        self.legend = widgets.legend(self, [("Up / Down", "scroll"), ("Esc / Enter", "back")], size)
        content_w = theme.content_width(size)
        left = (width - content_w) // 2
        head = pygame.Rect(left, m, content_w, theme.px(height, 0.18, 30))
        self.fit([Para.of("This pack cannot be played", BOLD, color=theme.WRONG), Para.of(f"{self.path}: {len(self.problems)} problem{'s' * (len(self.problems) != 1)} to fix", scale=0.55, color=theme.DIM, gap=0.2)], head, theme.text_px(height, 0.06))
        self.view = pygame.Rect(left, head.bottom + m // 2, content_w - 12, self.legend.top - head.bottom - m)
        paras = [Para.of(problem, gap=0.3) for problem in self.problems]
        self.list = self.ui.text.flow(paras, self.view.width, theme.text_px(height, 0.032))
        self.line = self.ui.text.line_height(self.list.size)
        self.offset = min(self.offset, max(0, self.list.rect.height - self.view.height))

    def action_for(self, inp: Input) -> Action | None:
        if inp.kind == KEY and inp.key in (pygame.K_ESCAPE, pygame.K_BACKSPACE, *CONFIRM_KEYS):
            return Action("back")
        if inp.kind == KEY and inp.key in (pygame.K_UP, pygame.K_DOWN):
            return Action("scroll", self.line * (-1 if inp.key == pygame.K_UP else 1))
        if inp.kind == SCROLL:
            return Action("scroll", round(inp.amount * self.line))
        if inp.kind == PRESS:
            return Action("back")
        return None

    def apply(self, action: Action) -> Command | None:
        if action.name == "back":
            return Pop()
        self.offset = max(0, min(self.offset + action.arg, self.list.rect.height - self.view.height))
        return None

    def draw(self, surface, now: float) -> None:
        surface.fill(theme.BACKGROUND)
        self.legend.draw(surface)
        for block in self.blocks:
            block.draw(surface)
        surface.set_clip(self.view)
        self.list.draw(surface, (self.view.left, self.view.top - self.offset))
        surface.set_clip(None)
        widgets.scroll_bar(surface, self.view, self.offset, self.list.rect.height)

    def visible_text(self) -> str:
        return super().visible_text() + "\n" + self.list.text
