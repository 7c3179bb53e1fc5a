"""Raw pygame events turned into the few kinds of input scenes care about.

Mouse and touch become one pointer (press, drag, release), so every scene gets touch for
free. SDL also turns each touch into a synthetic mouse click; those are dropped here, or a
tap would count twice.
"""

from __future__ import annotations

from typing import NamedTuple

import pygame

KEY, TEXT, PRESS, DRAG, RELEASE, HOVER, SCROLL = "key", "text", "press", "drag", "release", "hover", "scroll"

CONFIRM_KEYS = (pygame.K_RETURN, pygame.K_KP_ENTER)


class Input(NamedTuple):
    """A key, text, pointer or scroll event, with only what the scenes use of it."""

    kind: str
    key: int = 0
    mod: int = 0
    text: str = ""
    pos: tuple[int, int] = (0, 0)
    amount: float = 0.0  # SCROLL: positive means down

    @property
    def shift(self) -> bool:
        return bool(self.mod & pygame.KMOD_SHIFT)


def translate(event: pygame.event.Event, size: tuple[int, int]) -> Input | None:
    kind = event.type
    if kind == pygame.KEYDOWN:
        return Input(KEY, key=event.key, mod=getattr(event, "mod", 0))
    if kind == pygame.TEXTINPUT:
        return Input(TEXT, text=event.text)
    if kind in (pygame.MOUSEBUTTONDOWN, pygame.MOUSEBUTTONUP, pygame.MOUSEMOTION) and getattr(event, "touch", False):
        return None
    if kind == pygame.MOUSEBUTTONDOWN and event.button == 1:
        return Input(PRESS, pos=event.pos)
    if kind == pygame.MOUSEBUTTONUP and event.button == 1:
        return Input(RELEASE, pos=event.pos)
    if kind == pygame.MOUSEMOTION:
        return Input(DRAG if event.buttons[0] else HOVER, pos=event.pos)
    if kind == pygame.MOUSEWHEEL:
        return Input(SCROLL, amount=-event.y)
    if kind in (pygame.FINGERDOWN, pygame.FINGERMOTION, pygame.FINGERUP):
        pos = (round(event.x * size[0]), round(event.y * size[1]))
        return Input({pygame.FINGERDOWN: PRESS, pygame.FINGERMOTION: DRAG, pygame.FINGERUP: RELEASE}[kind], pos=pos)
    return None


def digit(inp: Input) -> int | None:
    """1-9 from the number row or keypad, as 0-based index; else None."""
    for first, last in ((pygame.K_1, pygame.K_9), (pygame.K_KP1, pygame.K_KP9)):
        if first <= inp.key <= last:
            return inp.key - first
    return None


def letter(inp: Input) -> str | None:
    if pygame.K_a <= inp.key <= pygame.K_z:
        return chr(inp.key)
    return None
