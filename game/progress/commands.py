"""The terminal side of self-study: `quotequiz stats [--json] [PACK...]`."""

from __future__ import annotations

import json
import sys
from datetime import datetime, timezone
from pathlib import Path

from game.packs.catalog import load_packs, packs_on_offer
from game.progress.stats import compute_stats, format_stats
from game.progress.store import ProgressError, ProgressStore


def stats_command(json_output: bool, pack_paths: list[Path]) -> int:
    # Packs named on the command line must all load; among the discovered ones, a broken
    # user pack is reported and skipped so it cannot hide the statistics of the rest.
    packs, problems = load_packs(pack_paths or [path for _, path in packs_on_offer()])
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
