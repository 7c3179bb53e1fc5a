"""The question screen: the prompt and a way to answer each of the five question types."""

from __future__ import annotations

import pygame

from game.play.session import Session
from game.textnorm import parse_number
from game.ui import theme, widgets
from game.ui.input import CONFIRM_KEYS, DRAG, HOVER, KEY, PRESS, RELEASE, TEXT, Input, digit, letter
from game.ui.scene import Action, Command, Pop, Replace, Scene, Ui
from game.ui.scenes import quiz
from game.ui.text import Para

MAX_TYPED = 200
NUMBER_HINT = "Type a number, like 122,000"


class QuestionScene(Scene):
    name = "question"

    def __init__(self, ui: Ui, session: Session):
        super().__init__(ui)
        self.session = session
        self.shown = session.shown
        self.kind = self.shown.item.question.type
        self.focus: int | None = None  # choice/true_false: focused option; order: the cursor row
        self.typed = ""
        self.problem = ""  # why a typed answer was not accepted ("type a number")
        self.arrangement = list(range(len(self.shown.options)))  # order: option indexes, top down
        self.held = False  # order: the row under the cursor is picked up
        self.pressed = False  # order: the pointer went down on a row and is still down
        self.dragged = False
        if self.kind == "order":
            self.focus = 0
        self.option_rects: list[pygame.Rect] = []
        self.submit_rect: pygame.Rect | None = None
        self.input_rect: pygame.Rect | None = None
        self.row_blocks: dict[int, object] = {}  # order: option index -> its text block

    # -- layout

    def arrange(self, size) -> None:
        width, height = size
        m = theme.margin(size)
        self.caps: list[pygame.Rect] = []
        self.header = widgets.quiz_header(self, size, self.shown, self.session.score, self.session.streak, False)
        self.legend = widgets.legend(self, self.legend_entries(), size)
        content_w = theme.content_width(size)
        left = (width - content_w) // 2
        area = pygame.Rect(left, self.header.bottom, content_w, self.legend.top - m - self.header.bottom)
        share = {"choice": 0.36, "true_false": 0.5, "text": 0.45, "number": 0.45, "order": 0.26}[self.kind]
        prompt_box = pygame.Rect(area.left, area.top, area.width, round(area.height * share))
        self.fit(self.shown.item.question.prompt, prompt_box, theme.text_px(height, 0.068), valign="middle")
        rest = pygame.Rect(area.left, prompt_box.bottom + theme.px(height, 0.03), area.width, 0)
        rest.height = area.bottom - rest.top
        getattr(self, f"_arrange_{self.kind}")(rest, size)
        self._refresh_typed()

    def _arrange_choice(self, rest: pygame.Rect, size) -> None:
        labels = [f"{i + 1} {chr(65 + i)}" for i in range(len(self.shown.options))]
        self._option_rows(rest, size, labels, self.shown.options)

    def _arrange_true_false(self, rest: pygame.Rect, size) -> None:
        height = size[1]
        gap = theme.px(height, 0.03)
        row_h = min(rest.height, theme.px(height, 0.16))
        half = (rest.width - gap) // 2
        top = rest.top + (rest.height - row_h) // 2
        self.option_rects = [pygame.Rect(rest.left, top, half, row_h), pygame.Rect(rest.left + half + gap, top, half, row_h)]
        font = theme.text_px(height, 0.065)
        for rect, label, text in zip(self.option_rects, ("1 T", "2 F"), self.shown.options):
            cap, text_box = self._cap_and_text(rect, label, font)
            self.fit(Para.of(text, "bold"), text_box, font, valign="middle")

    def _arrange_text(self, rest: pygame.Rect, size) -> None:
        height = size[1]
        font = theme.text_px(height, 0.055)
        box_h = self.ui.text.line_height(font) + theme.px(height, 0.03)
        unit = self.shown.item.question.unit if self.kind == "number" else None
        unit_w = self.ui.text.width(unit, font) + theme.px(height, 0.03) if unit else 0
        button_w = min(rest.width // 3, widgets.cap_size(self, "Submit", font)[0] + theme.px(height, 0.04))
        gap = theme.px(height, 0.02)
        input_w = max(40, rest.width - unit_w - button_w - gap)
        self.input_rect = pygame.Rect(rest.left, rest.top, input_w, box_h)
        if unit:
            self.fit(Para.of(unit, color=theme.DIM), pygame.Rect(self.input_rect.right + gap // 2, rest.top, unit_w, box_h), font, valign="middle")
        self.submit_rect = pygame.Rect(rest.right - button_w, rest.top, button_w, box_h)
        self.fit(Para.of("Submit", "bold"), self.submit_rect.inflate(-gap, 0), font, align="center", valign="middle")
        self.typed_font = font
        note = pygame.Rect(rest.left, self.input_rect.bottom + gap, rest.width, min(rest.bottom - self.input_rect.bottom - gap, box_h))
        if self.problem and note.height > 0:
            self.fit(Para.of(f"! {self.problem}", "bold", color=theme.WRONG), note, theme.text_px(height, 0.04))

    _arrange_number = _arrange_text

    def _arrange_order(self, rest: pygame.Rect, size) -> None:
        height = size[1]
        gap = theme.px(height, 0.015)
        button_h = theme.px(height, 0.075, 18)
        rows = pygame.Rect(rest.left, rest.top, rest.width, rest.height - button_h - gap)
        labels = [str(i + 1) for i in range(len(self.shown.options))]
        blocks = self._option_rows(rows, size, labels, self.shown.options, reserve=0.5)
        self.row_blocks = dict(enumerate(blocks))
        # Rows are drawn wherever their option currently sits, not where they were laid out.
        self.blocks = [b for b in self.blocks if b not in blocks]
        font = theme.text_px(height, 0.045)
        button_w = min(rest.width, widgets.cap_size(self, "Submit order", font)[0] + 2 * gap)
        self.submit_rect = pygame.Rect(rest.right - button_w, rows.bottom + gap, button_w, button_h)
        self.fit(Para.of("Submit order", "bold"), self.submit_rect.inflate(-gap, 0), font, align="center", valign="middle")

    def _option_rows(self, area: pygame.Rect, size, labels: list[str], options, reserve: float = 0.0) -> list:
        """One row per option, a key cap on the left, the text at one shared size; `reserve`
        keeps that fraction of the row height free on the right (for the order grip)."""
        height = size[1]
        count = len(options)
        gap = theme.px(height, 0.015)
        row_h = min((area.height - gap * (count - 1)) // count, theme.px(height, 0.12))
        font = theme.text_px(height, 0.05)
        self.option_rects = [pygame.Rect(area.left, area.top + i * (row_h + gap), area.width, row_h) for i in range(count)]
        boxes = []
        cap_font = min(font, theme.text_px(height, 0.045))
        cap_w = max(widgets.cap_size(self, label, cap_font)[0] for label in labels)  # text lines up
        for rect, label in zip(self.option_rects, labels):
            box = self._cap_and_text(rect, label, cap_font, cap_w)[1]
            boxes.append(box.inflate(-round(row_h * reserve), 0).move(-round(row_h * reserve) // 2, 0) if reserve else box)
        # Options share one size: the largest at which every one of them fits.
        shared = min(self.ui.text.fitting_size(text, box, font) for text, box in zip(options, boxes))
        return [self.fit(text, box, shared, valign="middle") for text, box in zip(options, boxes)]

    def _cap_and_text(self, rect: pygame.Rect, label: str, font: int, cap_w: int | None = None):
        pad = max(4, rect.height // 8)
        natural_w, cap_h = widgets.cap_size(self, label, font)
        cap_w = cap_w or natural_w
        cap_h = min(cap_h, rect.height - 2 * pad)
        cap = pygame.Rect(rect.left + pad, rect.centery - cap_h // 2, min(cap_w, rect.width // 3), cap_h)
        self.caps.append(widgets.key_cap(self, cap, label, font))
        text_box = pygame.Rect(cap.right + pad, rect.top + pad // 2, max(1, rect.right - cap.right - 2 * pad), rect.height - pad)
        return cap, text_box

    def legend_entries(self) -> list[tuple[str, str]]:
        count = len(self.shown.options)
        entries = {
            "choice": [(f"1-{count} / A-{chr(64 + count)}", "answer"), ("Up / Down", "move"), ("Enter", "confirm")],
            "true_false": [("T / F", "answer"), ("Left / Right", "move"), ("Enter", "confirm")],
            "text": [("Type", "your answer"), ("Enter", "submit")],
            "number": [("Type", "a number"), ("Enter", "submit")],
            "order": [("Up / Down", "select"), ("Space", "pick up / drop"), ("Shift+Up / Down", "move"), ("Enter", "submit")],
        }[self.kind]
        return [*entries, ("Esc", "menu")]

    def _refresh_typed(self) -> None:
        if self.input_rect is None:
            return
        shown = self.ui.text.shown(self.typed)
        self.typed_surface = self.ui.text.render(shown, self.typed_font, theme.TEXT) if shown else None
        hint = NUMBER_HINT if self.kind == "number" else "Type your answer"
        self.hint_surface = self.ui.text.render(hint, self.typed_font, theme.DIM)

    # -- input

    def action_for(self, inp: Input) -> Action | None:
        if inp.kind == KEY and inp.key == pygame.K_ESCAPE:
            return Action("leave")
        return getattr(self, f"_input_{'text' if self.kind == 'number' else self.kind}")(inp)

    def _input_choice(self, inp: Input) -> Action | None:
        count = len(self.shown.options)
        if inp.kind == KEY:
            index = digit(inp)
            char = letter(inp)
            if self.kind == "true_false" and char in ("t", "f"):
                return Action("choose", 0 if char == "t" else 1)
            if index is None and char is not None:
                index = ord(char) - ord("a")
            if index is not None and index < count:
                return Action("choose", index)
            step = _step(inp, horizontal=self.kind == "true_false")
            if step:
                start = self.focus if self.focus is not None else (-1 if step > 0 else count)
                return Action("focus", (start + step) % count)
            if inp.key in (*CONFIRM_KEYS, pygame.K_SPACE) and self.focus is not None:
                return Action("choose", self.focus)
        if inp.kind == PRESS:
            hit = _hit(self.option_rects, inp.pos)
            return Action("choose", hit) if hit is not None else None
        if inp.kind == HOVER:
            hit = _hit(self.option_rects, inp.pos)
            return Action("focus", hit) if hit is not None and hit != self.focus else None
        return None

    _input_true_false = _input_choice

    def _input_text(self, inp: Input) -> Action | None:
        if inp.kind == TEXT:
            return Action("type", inp.text)
        if inp.kind == KEY and inp.key == pygame.K_BACKSPACE:
            return Action("erase")
        if inp.kind == KEY and inp.key in CONFIRM_KEYS:
            return Action("submit")
        if inp.kind == PRESS and self.submit_rect.collidepoint(inp.pos):
            return Action("submit")
        return None

    def _input_order(self, inp: Input) -> Action | None:
        if inp.kind == KEY:
            step = _step(inp, horizontal=False)
            if step and (inp.shift or self.held):
                return Action("shift", step)
            if step:
                return Action("cursor", step)
            if inp.key == pygame.K_SPACE:
                return Action("hold")
            if inp.key in CONFIRM_KEYS:
                return Action("submit")
            return None
        if inp.kind == PRESS and self.submit_rect.collidepoint(inp.pos):
            return Action("submit")
        if inp.kind in (PRESS, DRAG, RELEASE):
            if inp.kind != PRESS and not self.pressed:
                return None
            row = _hit(self.option_rects, inp.pos)
            if inp.kind == DRAG and (row is None or row == self.focus):
                return None
            return Action(inp.kind, row)
        return None

    # -- state

    def apply(self, action: Action) -> Command | None:
        name, arg = action.name, action.arg
        if name == "leave":
            return quiz.leave(self.ui)
        if name == "focus":
            self.focus = arg
        elif name == "choose":
            response = arg == 0 if self.kind == "true_false" else arg
            return self._answer(response)
        elif name in ("type", "erase", "set_text"):
            self.typed = {"type": (self.typed + str(arg))[:MAX_TYPED], "erase": self.typed[:-1], "set_text": str(arg)}[name]
            if self.problem:
                self.problem = ""
                self.layout(self.size)
            self._refresh_typed()
        elif name == "submit":
            return self._submit()
        elif name == "cursor":
            self.focus = (self.focus + arg) % len(self.arrangement)
        elif name == "hold":
            self.held = not self.held
        elif name == "shift":
            self._move(self.focus, self.focus + arg)
        elif name == "arrange":
            self.arrangement = list(arg)
        elif name == PRESS:
            self._press(arg)
        elif name == DRAG:
            self._move(self.focus, arg)
            self.dragged = True
        elif name == RELEASE:
            if self.dragged:
                self.held = False
            self.pressed = self.dragged = False
        return None

    def resumed(self, result: object) -> Command | None:
        return Pop() if result else None  # the player confirmed leaving the quiz

    def _press(self, row: int | None) -> None:
        if row is None:
            self.held = False  # a press beside the list puts the item back
        elif self.held and row != self.focus:
            self._move(self.focus, row)  # click to select, then click to place
            self.held = False
        elif self.held:
            self.held = False
        else:
            self.focus, self.held, self.pressed, self.dragged = row, True, True, False

    def _move(self, start: int, end: int) -> None:
        end = max(0, min(len(self.arrangement) - 1, end))
        self.arrangement.insert(end, self.arrangement.pop(start))
        self.focus = end

    def _submit(self) -> Command | None:
        if self.kind == "order":
            return self._answer(tuple(self.arrangement))
        if self.kind == "number" and parse_number(self.typed) is None:
            self.problem = "Type a number, like 122,000" if self.typed.strip() else "Type a number first"
            self.layout(self.size)
            return None
        if self.kind == "text" and not self.typed.strip():
            return None  # an empty Enter is a slip, not an answer
        return self._answer(self.typed)

    def _answer(self, response) -> Command:
        outcome = self.session.answer(response)
        self.ui.cues.play("right" if outcome.correct else "wrong")
        if self.ui.recorder is not None:
            from game.progress.store import ProgressError  # here: sqlite3 need not load before the first frame

            try:
                self.ui.recorder.record(outcome.item, outcome)
                self.ui.unsaved = None
            except ProgressError as error:  # the game goes on; the feedback says it was not saved
                self.ui.unsaved = str(error)
        from game.ui.scenes.feedback import FeedbackScene  # here: with the results screen, not needed for the first frame

        return Replace(FeedbackScene(self.ui, self.session))

    # -- drawing

    def draw(self, surface: pygame.Surface, now: float) -> None:
        surface.fill(theme.BACKGROUND)
        self.header.draw(surface)
        self.legend.draw(surface)
        if self.kind in ("choice", "true_false"):
            widgets.choices(surface, self.option_rects, self.focus)
        if self.kind == "order":
            self._draw_order(surface)
        widgets.draw_caps(surface, self.caps)
        if self.input_rect is not None:
            self._draw_input(surface)
        if self.submit_rect is not None:
            widgets.panel(surface, self.submit_rect, theme.FOCUS, theme.ACCENT)
        for block in self.blocks:
            block.draw(surface)

    def _draw_order(self, surface) -> None:
        for row, option in enumerate(self.arrangement):
            rect = self.option_rects[row]
            focused = row == self.focus
            lifted = focused and self.held
            widgets.panel(surface, rect, theme.HELD if lifted else theme.FOCUS if focused else theme.PANEL, theme.ACCENT if lifted else theme.PANEL_EDGE)
            if focused:
                widgets.focus_ring(surface, rect)
            if lifted:
                _grip(surface, rect)
            # Each option's text was laid out in the row of its own index; draw it in its row now.
            block, home = self.row_blocks[option], self.option_rects[option]
            block.draw(surface, (block.rect.left, block.rect.top + rect.top - home.top))

    def _draw_input(self, surface) -> None:
        box = self.input_rect
        widgets.panel(surface, box, theme.FOCUS, theme.ACCENT, 3)
        pad = box.height // 5
        inner = box.inflate(-2 * pad, 0)
        caret_h = box.height * 3 // 5
        if self.typed_surface is None:
            surface.blit(self.hint_surface, (inner.left, box.centery - self.hint_surface.get_height() // 2), pygame.Rect(0, 0, inner.width, box.height))
            x = inner.left
        else:
            # Show the end of a long answer: that is where the typing happens.
            w, h = self.typed_surface.get_size()
            visible = min(w, inner.width - 6)
            surface.blit(self.typed_surface, (inner.left, box.centery - h // 2), pygame.Rect(w - visible, 0, visible, h))
            x = inner.left + visible + 2
        pygame.draw.rect(surface, theme.ACCENT, (x, box.centery - caret_h // 2, max(2, box.height // 20), caret_h))

    def visible_text(self) -> str:
        rows = [self.row_blocks[option].text for option in self.arrangement]
        typed = [self.typed] if self.typed else []
        return "\n".join([super().visible_text(), *rows, *typed])


def _grip(surface, rect) -> None:
    """Up and down arrowheads at the right of a picked-up row: it can move."""
    size = rect.height // 6
    x = rect.right - 2 * size
    for direction in (-1, 1):
        tip = rect.centery + direction * size * 2
        base = tip - direction * size
        pygame.draw.polygon(surface, theme.ACCENT, [(x, tip), (x - size, base), (x + size, base)])


def _step(inp: Input, horizontal: bool) -> int:
    backward = (pygame.K_UP, pygame.K_LEFT) if horizontal else (pygame.K_UP,)
    forward = (pygame.K_DOWN, pygame.K_RIGHT) if horizontal else (pygame.K_DOWN,)
    if inp.key in backward or (inp.key == pygame.K_TAB and inp.shift):
        return -1
    if inp.key in forward or inp.key == pygame.K_TAB:
        return 1
    return 0


def _hit(rects: list[pygame.Rect], pos) -> int | None:
    return next((i for i, rect in enumerate(rects) if rect.collidepoint(pos)), None)
