"""Play the mini pack through the real loop in a process of its own and print, as JSON, what
the player saw. For faults a test process cannot put on itself, such as a data directory this
process may not write to (the parent drops root's powers with setpriv before running it)."""

import json
import os
import sys

os.environ["SDL_VIDEODRIVER"] = "dummy"
os.environ["SDL_AUDIODRIVER"] = "dummy"
os.environ["PYGAME_HIDE_SUPPORT_PROMPT"] = "1"

from faultkit import MINI, Player  # noqa: E402

from game import paths  # noqa: E402
from game.ui.scenes import feedback  # noqa: E402
from game.ui.app import run_play  # noqa: E402


def main() -> None:
    folder = paths.data_dir()
    try:  # the test is only meaningful when this process really cannot write there
        (folder / "probe").write_bytes(b"")
        (folder / "probe").unlink()
        writable = True
    except OSError:
        writable = False
    feedback.POP_SECONDS = 0.001  # the pop of the verdict mark: only slows the pilot down
    player = Player()
    code = run_play([MINI], demo=False, delay=0, screenshot_dir=None, fullscreen=False, size=(1280, 720), seed=3, driver=player)
    json.dump({"writable": writable, "code": code, "asked": player.asked, "feedback": player.seen_feedback,
               "results": player.results_text, "title": player.title_blocks, "scenes": player.scenes}, sys.stdout)


if __name__ == "__main__":
    main()
