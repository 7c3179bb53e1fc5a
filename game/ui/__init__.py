"""The pygame shell: window, loop, scenes, widgets, text layout and sound.

The only package that imports pygame; the core in game.packs and game.play never does.
"""

import os

os.environ.setdefault("PYGAME_HIDE_SUPPORT_PROMPT", "1")
