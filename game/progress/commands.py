"""The terminal side of self-study: `quotequiz stats [--json] [PACK...]`."""

from __future__ import annotations

import json
import sys
from datetime import datetime, timezone
from pathlib import Path

from game import paths
from game.packs import Pack, check_pack
from game.progress.stats import compute_stats, format_stats
from game.progress.store import ProgressError, ProgressStore


def default_pack_paths() -> list[Path]:
    """The shipped packs, then the player's own."""
    return sorted(paths.shipped_packs_dir().glob("*.yaml")) + sorted(paths.user_packs_dir().glob("*.yaml"))


def load_packs(pack_paths: list[Path]) -> tuple[list[Pack], list[str]]:
    """The packs that load, and one line per problem of those that do not."""
    packs, problems = [], []
    for path in pack_paths:
        pack, found = check_pack(path)
        if pack is not None:
            packs.append(pack)
        problems.extend(map(str, found))
    return packs, problems


def stats_command(json_output: bool, pack_paths: list[Path]) -> int:
    # Packs named on the command line must all load; among the discovered ones, a broken
    # user pack is reported and skipped so it cannot hide the statistics of the rest.
    packs, problems = load_packs(pack_paths or default_pack_paths())
    for problem in problems:
        print(problem, file=sys.stderr)
    if problems and pack_paths:
        return 1
    try:
        with ProgressStore() as store:
            stats = compute_stats(store, packs, datetime.now(timezone.utc))
    except ProgressError as error:
        print(f"quotequiz: {error}", file=sys.stderr)
        return 1
    print(json.dumps(stats, indent=2) if json_output else format_stats(stats))
    return 0
