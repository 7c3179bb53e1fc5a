"""After every answer: right or wrong, the right answer, and the quote that proves it."""

from __future__ import annotations

import math

import pygame

from game.play.session import Outcome, Session
from game.ui import theme, widgets
from game.ui.input import CONFIRM_KEYS, KEY, PRESS, Input
from game.ui.scene import Action, Command, Pop, Replace, Scene, Ui
from game.ui.scenes import question, quiz, results
from game.ui.text import BOLD, Para, Run, marked

POP_SECONDS = 0.3  # the verdict mark grows into place; the only animation in the game


class FeedbackScene(Scene):
    name = "feedback"

    def __init__(self, ui: Ui, session: Session):
        super().__init__(ui)
        self.session = session
        self.outcome: Outcome = session.outcome
        self.started = ui.clock()

    def arrange(self, size) -> None:
        width, height = size
        m = theme.margin(size)
        outcome, shown = self.outcome, self.session.shown
        self.header = widgets.quiz_header(self, size, shown, self.session.score, self.session.streak, True)
        last = shown.index + 1 == shown.total
        self.legend = widgets.legend(self, [("Enter / Space", "see results" if last else "next question"), ("Esc", "menu")], size)
        content_w = theme.content_width(size)
        area = pygame.Rect((width - content_w) // 2, self.header.bottom, content_w, self.legend.top - m - self.header.bottom)
        gap = theme.px(height, 0.015)

        prompt_h = round(area.height * 0.14)
        self.fit(Para.of(outcome.item.question.prompt, color=theme.DIM), pygame.Rect(area.left, area.top, area.width, prompt_h), theme.text_px(height, 0.036))

        verdict_h = theme.px(height, 0.085, 16)
        row = pygame.Rect(area.left, area.top + prompt_h + gap, area.width, verdict_h)
        self.mark_center = (row.left + verdict_h // 2, row.centery)
        self.mark_radius = verdict_h // 2
        word = "Right" if outcome.correct else "Wrong"
        text_left = row.left + verdict_h + gap
        self.fit(Para.of(word, BOLD, color=theme.RIGHT if outcome.correct else theme.WRONG), pygame.Rect(text_left, row.top, (row.right - text_left) // 2, verdict_h), theme.text_px(height, 0.075), valign="middle")
        points = f"+{outcome.points} points" if outcome.correct else "Streak reset"
        self.fit(Para.of(points, BOLD), pygame.Rect(row.centerx, row.top, row.width // 2, verdict_h), theme.text_px(height, 0.05), align="right", valign="middle")

        # For order the evidence lists every item with its quote, so the answers get less room.
        is_order = outcome.item.question.type == "order"
        answers_box = pygame.Rect(area.left, row.bottom + gap, area.width, round(area.height * (0.16 if is_order else 0.2)))
        lines = self._answer_lines()
        answers_bottom = answers_box.top - gap  # nothing to show: the evidence moves up
        if lines:
            answers_bottom = self.fit(lines, answers_box, theme.text_px(height, 0.036 if is_order else 0.05)).rect.bottom
        panel_top = answers_bottom + 2 * gap
        self.quote_panel = pygame.Rect(area.left, panel_top, area.width, area.bottom - panel_top)
        pad = theme.px(height, 0.025, 4)
        inner = self.quote_panel.inflate(-3 * pad, -2 * pad).move(pad // 2, 0)
        self.fit(self._evidence(), inner, theme.text_px(height, 0.048))

    def _answer_lines(self) -> list[Para]:
        unsaved = [Para((Run("Not saved: ", BOLD), Run(self.ui.unsaved)), scale=0.6, color=theme.WRONG)] if self.ui.unsaved else []
        return self._given_lines() + unsaved

    def _given_lines(self) -> list[Para]:
        outcome = self.outcome
        given = outcome.given_text or "(no answer)"
        if outcome.item.question.type == "order":
            # A right order is the list below; only a wrong one needs showing.
            return [] if outcome.correct else [Para((Run("Your order: "), Run(given, BOLD)), color=theme.DIM)]
        if outcome.correct:
            return [Para((Run("Your answer: "), Run(given, BOLD)))]
        return [
            Para((Run("Right answer: "), Run(outcome.expected_text, BOLD)), color=theme.RIGHT),
            Para((Run("Your answer: "), Run(given, BOLD)), color=theme.DIM),
        ]

    def _evidence(self) -> list[Para]:
        """The quote (one per item for order) with the answer marked, its source, the explanation."""
        outcome = self.outcome
        item = outcome.item
        q = item.question
        paras: list[Para] = []
        per_item = q.type == "order" and len(q.quotes) == len(q.items)
        if q.type == "order":
            paras.append(Para.of("Right order:", BOLD, color=theme.RIGHT))
            if not per_item:
                paras.extend(Para.of(f"{n + 1}. {text}", BOLD, gap=0.2) for n, text in enumerate(q.items))
        for i, quote in enumerate(q.quotes):
            span = outcome.highlights[i] if i < len(outcome.highlights) else None
            lead = (Run(f"{i + 1}. {q.items[i]}  ", BOLD),) if per_item else ()
            paras.append(Para((*lead, Run("“"), *marked(quote.text, span), Run("”")), gap=0.4 if paras else 0.0))
            following = q.quotes[i + 1].source if i + 1 < len(q.quotes) else None
            if following != quote.source:
                paras.append(Para.of(f"— {item.pack.sources[quote.source].title}", scale=0.75, color=theme.DIM, gap=0.3))
        if q.explanation:
            paras.append(Para.of(q.explanation, scale=0.85, gap=0.6))
        return paras

    def action_for(self, inp: Input) -> Action | None:
        if inp.kind == KEY and inp.key in (*CONFIRM_KEYS, pygame.K_SPACE):
            return Action("next")
        if inp.kind == KEY and inp.key == pygame.K_ESCAPE:
            return Action("leave")
        if inp.kind == PRESS:
            return Action("next")  # a tap anywhere goes on: the screen has nothing else to press
        return None

    def apply(self, action: Action) -> Command | None:
        if action.name == "leave":
            return quiz.leave(self.ui)
        self.session.next()
        if self.session.state == "results":
            return Replace(results.ResultsScene(self.ui, self.session))
        return Replace(question.QuestionScene(self.ui, self.session))

    def resumed(self, result: object) -> Command | None:
        return Pop() if result else None

    def animating(self, now: float) -> bool:
        return now - self.started < POP_SECONDS

    def draw(self, surface: pygame.Surface, now: float) -> None:
        surface.fill(theme.BACKGROUND)
        self.header.draw(surface)
        self.legend.draw(surface)
        widgets.panel(surface, self.quote_panel, theme.PANEL, theme.PANEL_EDGE)
        bar = pygame.Rect(self.quote_panel.left, self.quote_panel.top, max(4, self.quote_panel.height // 40), self.quote_panel.height)
        pygame.draw.rect(surface, theme.ACCENT, bar.inflate(0, -self.quote_panel.height // 6))
        grown = min(1.0, max(0.0, now - self.started) / POP_SECONDS)
        scale = 0.5 + 0.5 * grown + 0.2 * math.sin(math.pi * grown)  # a little overshoot: a pop
        widgets.verdict_mark(surface, self.mark_center, self.mark_radius, self.outcome.correct, scale)
        for block in self.blocks:
            block.draw(surface)
