"""The core never imports pygame: it must run (validate, generate, stats) without a window."""

import ast
import subprocess
import sys
from pathlib import Path

GAME = Path(__file__).resolve().parents[2] / "game"


def _imports(path: Path) -> set[str]:
    names = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names.update(alias.name.split(".")[0] for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module.split(".")[0])
    return names


def test_nothing_outside_game_ui_imports_pygame():
    offenders = [
        str(path.relative_to(GAME))
        for path in GAME.rglob("*.py")
        if "ui" not in path.relative_to(GAME).parts[:1] and "pygame" in _imports(path)
    ]
    assert offenders == []


def test_validate_works_where_pygame_cannot_be_imported(tmp_path):
    # A meta-path hook that refuses pygame, then the real command on the shipped packs.
    script = (
        "import sys\n"
        "class Refuse:\n"
        "    def find_spec(self, name, path=None, target=None):\n"
        "        if name.split('.')[0] == 'pygame': raise ImportError('no pygame here')\n"
        "sys.meta_path.insert(0, Refuse())\n"
        "from game.cli import main\n"
        "sys.exit(main(['validate']))\n"
    )
    run = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, cwd=GAME.parent)
    assert run.returncode == 0, run.stdout + run.stderr
    assert "ok" in run.stdout
