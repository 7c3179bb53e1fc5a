"""Statistics: answers, accuracy, days in a row, mastery per pack, and reviews due over the
next 14 days as a bar chart. Figures are taken once, when the screen opens."""

from __future__ import annotations

from datetime import date, timedelta

import pygame

from game.ui import theme, widgets
from game.ui.input import CONFIRM_KEYS, KEY, PRESS, Input
from game.ui.scene import Action, Command, Pop, Scene, Ui
from game.ui.text import BOLD, Para, Run


class StatsScene(Scene):
    name = "stats"

    def __init__(self, ui: Ui):
        super().__init__(ui)
        self.stats = ui.study.stats() if ui.study else None
        self.problem = ui.study.problem if ui.study else "progress is not kept in this mode"

    def arrange(self, size) -> None:
        width, height = size
        m = theme.margin(size)
        self.legend = widgets.legend(self, [("Esc / Enter", "back")], size)
        content_w = theme.content_width(size)
        left = (width - content_w) // 2
        head = pygame.Rect(left, m, content_w, theme.px(height, 0.1, 20))
        self.fit(Para.of("Your progress", BOLD), head, theme.text_px(height, 0.065), valign="middle")
        self.bars: list[pygame.Rect] = []
        body = pygame.Rect(left, head.bottom + m // 2, content_w, self.legend.top - head.bottom - m)
        if self.stats is None:
            self.fit(Para.of(f"No statistics: {self.problem}", color=theme.WRONG), body, theme.text_px(height, 0.045))
            return
        figures_h = round(body.height * 0.42)
        half = (content_w - m) // 2
        self.fit(self._totals(), pygame.Rect(left, body.top, half, figures_h), theme.text_px(height, 0.045))
        self.fit(self._mastery(), pygame.Rect(left + half + m, body.top, half, figures_h), theme.text_px(height, 0.04))
        self._chart(pygame.Rect(left, body.top + figures_h + m // 2, content_w, body.height - figures_h - m // 2), height)

    def _totals(self) -> list[Para]:
        s = self.stats
        rows = [
            ("Answers", f"{s['answered']:,}"),
            ("Right", f"{s['accuracy']:.0%}" if s["answered"] else "–"),
            ("Days in a row", str(s["streak_days"])),
            ("Due now", str(s["due"])),
            ("New", str(s["new"])),
        ]
        return [Para((Run(f"{label}: "), Run(value, BOLD)), gap=0.15 if i else 0.0) for i, (label, value) in enumerate(rows)]

    def _mastery(self) -> list[Para]:
        paras = [Para.of("Mastered, per pack", BOLD, color=theme.DIM)]
        for pack in self.stats["packs"]:
            paras.append(Para((Run(pack["title"] + ": "), Run(f"{pack['mastered']} of {pack['questions']} ({pack['mastery']:.0%})", BOLD)), gap=0.3))
        return paras

    def _chart(self, area: pygame.Rect, height: int) -> None:
        counts = self.stats["due_by_day"]
        label_px = theme.text_px(height, 0.028)
        title_h = theme.px(height, 0.05, 16)
        self.fit(Para.of("Reviews due, next 14 days", BOLD, color=theme.DIM), pygame.Rect(area.left, area.top, area.width, title_h), label_px, valign="middle")
        label_h = round(label_px * 1.4)
        plot = pygame.Rect(area.left, area.top + title_h + label_h, area.width, area.height - title_h - 2 * label_h)
        step = plot.width / len(counts)
        tallest = max(counts) or 1
        today = date.today()
        for day, count in enumerate(counts):
            column = pygame.Rect(round(plot.left + day * step), plot.top, max(1, round(step)), plot.height)
            bar_h = round(plot.height * count / tallest)
            bar = pygame.Rect(column.left + column.width // 6, plot.bottom - bar_h, column.width * 2 // 3, bar_h)
            self.bars.append(bar)
            self.fit(Para.of(str(count), BOLD), pygame.Rect(column.left, bar.top - label_h, column.width, label_h), label_px, align="center", valign="bottom")
            name = "Today" if day == 0 else (today + timedelta(days=day)).strftime("%a")
            self.fit(Para.of(name, color=theme.DIM), pygame.Rect(column.left, plot.bottom + 2, column.width, label_h), label_px, align="center")
        self.axis = pygame.Rect(plot.left, plot.bottom, plot.width, 2)

    def action_for(self, inp: Input) -> Action | None:
        if inp.kind == KEY and inp.key in (pygame.K_ESCAPE, pygame.K_BACKSPACE, *CONFIRM_KEYS):
            return Action("back")
        if inp.kind == PRESS:
            return Action("back")
        return None

    def apply(self, action: Action) -> Command | None:
        return Pop()

    def draw(self, surface: pygame.Surface, now: float) -> None:
        surface.fill(theme.BACKGROUND)
        self.legend.draw(surface)
        for bar in self.bars:
            pygame.draw.rect(surface, theme.ACCENT, bar)
        if self.bars:
            pygame.draw.rect(surface, theme.PANEL_EDGE, self.axis)
        for block in self.blocks:
            block.draw(surface)
