"""Colours and sizes. Sizes are fractions of the window height, so a 1080p projector and a
720p laptop window show the same layout; nothing is drawn below MIN_TEXT pixels."""

from __future__ import annotations

# High contrast on a dark ground reads best from the back of a projected room.
BACKGROUND = (16, 20, 30)
PANEL = (33, 40, 57)
PANEL_EDGE = (70, 82, 110)
FOCUS = (58, 70, 102)
HELD = (96, 76, 30)  # an order item picked up to move: warm, unlike any other row
TEXT = (244, 244, 238)
DIM = (176, 184, 202)
ACCENT = (255, 204, 92)  # focus rings and the highlighted answer in a quote
ON_ACCENT = (16, 20, 30)
RIGHT = (72, 210, 128)
WRONG = (255, 110, 110)
SHADE = (0, 0, 0, 170)  # dims the scene under a dialog

MIN_TEXT = 14


def px(height: int, fraction: float, least: int = 1) -> int:
    """A length as a fraction of the window height, at least `least` pixels."""
    return max(least, round(height * fraction))


def text_px(height: int, fraction: float) -> int:
    return px(height, fraction, MIN_TEXT)


def margin(size: tuple[int, int]) -> int:
    return px(size[1], 0.035, 4)


def content_width(size: tuple[int, int]) -> int:
    """Lines longer than about twice the height are hard to follow; wide windows get side room."""
    width, height = size
    return min(width - 2 * margin(size), max(round(height * 2.0), 300))
