"""The end of a quiz: score, accuracy, time, and every question with its answers and quote."""

from __future__ import annotations

import pygame

from game.play.session import Outcome, Session
from game.ui import theme, widgets
from game.ui.input import CONFIRM_KEYS, DRAG, KEY, PRESS, RELEASE, SCROLL, Input, letter
from game.ui.scene import Action, Command, Pop, Replace, Scene, Ui
from game.ui.scenes import quiz
from game.ui.text import BOLD, Block, Para, Run, marked


def clock_time(seconds: float) -> str:
    seconds = round(seconds)
    return f"{seconds // 60}:{seconds % 60:02d}" if seconds >= 60 else f"{seconds} s"


class ResultsScene(Scene):
    name = "results"

    def __init__(self, ui: Ui, session: Session):
        super().__init__(ui)
        self.results = session.results()
        self.offset = 0
        self.focus = 0
        self.grab: tuple[int, int] | None = None  # (pointer y, offset) while a finger drags the list
        self.buttons: list[tuple[str, str, str]] = []  # (key, label, action name)
        if self.results.missed:
            self.buttons.append(("M", f"Play missed again ({len(self.results.missed)})", "missed"))
        self.buttons += [("R", "Play all again", "again"), ("Esc", "Title screen", "title")]

    def arrange(self, size) -> None:
        width, height = size
        m = theme.margin(size)
        r = self.results
        self.legend = widgets.legend(self, [("Up / Down", "scroll"), ("Left / Right", "choose"), ("Enter", "confirm")], size)
        content_w = theme.content_width(size)
        left = (width - content_w) // 2
        title_h = theme.px(height, 0.075, 16)
        self.fit(Para.of("Results", BOLD), pygame.Rect(left, m, content_w // 3, title_h), theme.text_px(height, 0.07), valign="middle")
        packs = ", ".join(dict.fromkeys(o.item.pack.title for o in r.outcomes))
        self.fit(Para.of(packs, color=theme.DIM), pygame.Rect(left + content_w // 3, m, content_w - content_w // 3, title_h), theme.text_px(height, 0.035), align="right", valign="middle")

        percent = round(100 * r.correct / r.total) if r.total else 0
        stats = [("Score", str(r.score)), ("Right", f"{r.correct} of {r.total} ({percent}%)"), ("Time", clock_time(r.seconds)), ("Best streak", str(r.best_streak))]
        tile_gap = theme.px(height, 0.015)
        tile_w = (content_w - tile_gap * (len(stats) - 1)) // len(stats)
        tile_h = theme.px(height, 0.13, 30)
        top = m + title_h + tile_gap
        self.tiles = []
        for i, (label, value) in enumerate(stats):
            tile = pygame.Rect(left + i * (tile_w + tile_gap), top, tile_w, tile_h)
            self.tiles.append(tile)
            inner = tile.inflate(-tile_gap, -tile_gap // 2)
            self.fit([Para.of(value, BOLD), Para.of(label, scale=0.55, color=theme.DIM)], inner, theme.text_px(height, 0.06), align="center", valign="middle")

        button_h = theme.px(height, 0.075, 18)
        y = top + tile_h + tile_gap
        button_w = (content_w - tile_gap * (len(self.buttons) - 1)) // len(self.buttons)
        font = theme.text_px(height, 0.036)
        self.button_rects, self.caps = [], []
        for i, (key, label, _) in enumerate(self.buttons):
            rect = pygame.Rect(left + i * (button_w + tile_gap), y, button_w, button_h)
            self.button_rects.append(rect)
            cap_w, cap_h = widgets.cap_size(self, key, font)
            cap = pygame.Rect(rect.left + tile_gap, rect.centery - min(cap_h, rect.height) // 2, min(cap_w, rect.width // 3), min(cap_h, rect.height))
            self.caps.append(widgets.key_cap(self, cap, key, font))
            self.fit(Para.of(label, BOLD), pygame.Rect(cap.right + tile_gap // 2, rect.top, max(1, rect.right - cap.right - tile_gap), rect.height), font, valign="middle")

        view_top = y + button_h + tile_gap
        self.view = pygame.Rect(left, view_top, content_w - 12, max(1, self.legend.top - m // 2 - view_top))
        self.cards = self._cards(self.view.width, theme.text_px(height, 0.034), tile_gap)
        self.content_h = self.cards[-1][0].bottom if self.cards else 0
        self.line = theme.px(height, 0.06)
        self.offset = self._clamped(self.offset)

    def _cards(self, width: int, size: int, gap: int) -> list[tuple[pygame.Rect, Block, bool]]:
        cards = []
        y = 0
        pad = max(6, size // 2)
        for number, outcome in enumerate(self.results.outcomes, 1):
            block = self.ui.text.flow(self._card_text(number, outcome), width - 3 * pad, size, (2 * pad, y + pad))
            rect = pygame.Rect(0, y, width, block.rect.height + 2 * pad)
            cards.append((rect, block, outcome.correct))
            y = rect.bottom + gap
        return cards

    def _card_text(self, number: int, outcome: Outcome) -> list[Para]:
        q = outcome.item.question
        verdict = "Right" if outcome.correct else "Wrong"
        paras = [
            Para.of(f"{number}. {q.prompt}", BOLD),
            Para((Run(f"{verdict}: ", BOLD), Run("you answered "), Run(outcome.given_text or "(no answer)", BOLD)), color=theme.RIGHT if outcome.correct else theme.WRONG, gap=0.2),
        ]
        if not outcome.correct:
            paras.append(Para((Run("Right answer: "), Run(outcome.expected_text, BOLD))))
        for i, quote in enumerate(q.quotes):
            span = outcome.highlights[i] if i < len(outcome.highlights) else None
            paras.append(Para((Run("“"), *marked(quote.text, span), Run("”")), color=theme.DIM, gap=0.2))
        sources = dict.fromkeys(outcome.item.pack.sources[quote.source].title for quote in q.quotes)
        paras.append(Para.of("— " + "; ".join(sources), scale=0.85, color=theme.DIM))
        return paras

    def _clamped(self, offset: float) -> int:
        return round(max(0, min(offset, self.content_h - self.view.height)))

    # -- input

    def action_for(self, inp: Input) -> Action | None:
        if inp.kind == KEY:
            return self._key(inp)
        if inp.kind == SCROLL:
            return Action("scroll", self.offset + inp.amount * self.line)
        if inp.kind == PRESS:
            hit = next((i for i, rect in enumerate(self.button_rects) if rect.collidepoint(inp.pos)), None)
            if hit is not None:
                return Action(self.buttons[hit][2])
            if self.view.collidepoint(inp.pos):
                return Action("grab", (inp.pos[1], self.offset))
        if inp.kind == DRAG and self.grab is not None:
            return Action("scroll", self.grab[1] - (inp.pos[1] - self.grab[0]))
        if inp.kind == RELEASE and self.grab is not None:
            return Action("grab", None)
        return None

    def _key(self, inp: Input) -> Action | None:
        key = inp.key
        page = self.view.height - self.line
        scroll = {pygame.K_UP: -self.line, pygame.K_DOWN: self.line, pygame.K_PAGEUP: -page, pygame.K_PAGEDOWN: page}
        if key in scroll:
            return Action("scroll", self.offset + scroll[key])
        if key == pygame.K_HOME:
            return Action("scroll", 0)
        if key == pygame.K_END:
            return Action("scroll", self.content_h)
        if key in (pygame.K_LEFT, pygame.K_RIGHT, pygame.K_TAB):
            step = -1 if key == pygame.K_LEFT or (key == pygame.K_TAB and inp.shift) else 1
            return Action("focus", (self.focus + step) % len(self.buttons))
        if key in (*CONFIRM_KEYS, pygame.K_SPACE):
            return Action(self.buttons[self.focus][2])
        if key == pygame.K_ESCAPE:
            return Action("title")
        for button_key, _, name in self.buttons:
            if letter(inp) == button_key.lower():
                return Action(name)
        return None

    def apply(self, action: Action) -> Command | None:
        name = action.name
        if name == "scroll":
            self.offset = self._clamped(action.arg)
        elif name == "grab":
            self.grab = action.arg
        elif name == "focus":
            self.focus = action.arg
        elif name == "missed":
            return Replace(quiz.start(self.ui, self.results.missed))
        elif name == "again":
            return Replace(quiz.start(self.ui, [o.item for o in self.results.outcomes]))
        elif name == "title":
            return Pop()
        return None

    # -- drawing

    def draw(self, surface: pygame.Surface, now: float) -> None:
        surface.fill(theme.BACKGROUND)
        self.legend.draw(surface)
        for tile in self.tiles:
            widgets.panel(surface, tile)
        widgets.choices(surface, self.button_rects, self.focus)
        widgets.draw_caps(surface, self.caps)
        for block in self.blocks:
            block.draw(surface)
        surface.set_clip(self.view)
        for rect, block, correct in self.cards:
            placed = rect.move(self.view.left, self.view.top - self.offset)
            if placed.bottom < self.view.top or placed.top > self.view.bottom:
                continue
            widgets.panel(surface, placed)
            stripe = pygame.Rect(placed.left + 6, placed.top + 8, max(4, block.size // 4), placed.height - 16)
            pygame.draw.rect(surface, theme.RIGHT if correct else theme.WRONG, stripe, border_radius=stripe.width // 2)
            block.draw(surface, (placed.left + block.rect.left, placed.top + block.rect.top - rect.top))
        surface.set_clip(None)
        widgets.scroll_bar(surface, self.view, self.offset, self.content_h)

    def visible_text(self) -> str:
        return "\n".join([super().visible_text(), *(block.text for _, block, _ in self.cards)])
