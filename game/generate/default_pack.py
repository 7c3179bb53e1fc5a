"""The shipped default pack is the generator's output on the two seed documents.

After changing the generator, regenerate it with

    python -m game.generate.default_pack

which runs `quotequiz generate` with the arguments below. A test checks that the shipped
file is exactly what this writes, so the pack and the generator never drift apart.
"""

from __future__ import annotations

import sys
from pathlib import Path

from game import paths
from game.generate.command import main as generate

SOURCES = ("rferl-mission-moves-to-doha.txt", "state-dept-afghanistan-evacuation.txt")
TITLE = "Leaving Kabul: August 2021"
# More than the pack needs: the generator keeps only the questions that pass every check
# and do not answer one another, which these two short documents hold about 30 of.
COUNT = 40
SEED = 1


def arguments(output: Path) -> list[str]:
    """The `quotequiz generate` arguments that write the default pack to `output`."""
    sources = paths.shipped_packs_dir() / "sources"
    return [*(str(sources / name) for name in SOURCES), "-o", str(output),
            "--title", TITLE, "--count", str(COUNT), "--seed", str(SEED)]


def main() -> int:
    return generate(arguments(paths.default_pack_path()))


if __name__ == "__main__":
    sys.exit(main())
