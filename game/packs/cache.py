"""Parsed packs kept in the user's data directory, so a pack played before starts without
importing PyYAML and parsing it again (together about as long as opening the window).

Only the parse is kept. The loader checks cached data exactly as it checks freshly parsed
data (every source read again, every quote looked for), so a cache can never hide a problem
or an edited source; and when those checks find anything, it parses the file again, so a
problem is never reported from a cache. An entry holds the pack text it was parsed from
and is used only when the pack file's text is exactly that and the entry was written for
this LOADER version; anything else, a corrupt or unreadable file included, is ignored and
written again. The entries are JSON, never pickle: reading one can only ever give data.

The folder keeps the entries of the packs used last (MAX_ENTRIES): those of packs deleted,
moved or long unplayed are dropped whenever an entry is written.
"""

from __future__ import annotations

import json
import os
import zlib
from contextlib import suppress
from pathlib import Path

# Raise whenever the same text would parse to other data (another YAML loader or setting).
LOADER = 1
MAX_ENTRIES = 50
# YAML aliases repeat a value wherever they are used, so a small pack can parse to data whose
# JSON is gigabytes (a 100 KB pack made a 200 MB entry). Such data is not kept: JSON without
# aliases is about as long as its YAML, and walking stops at this many times the text.
MAX_GROWTH = 4


class PackCache:
    def __init__(self, folder: Path):
        self.folder = folder

    def entry_path(self, pack_path: Path) -> Path:
        # One entry per pack file; the checksum of the full path tells same-named packs apart.
        where = str(pack_path.resolve()).encode("utf-8", "surrogateescape")
        return self.folder / f"{pack_path.stem[:100]}-{zlib.crc32(where):08x}.json"

    def get(self, pack_path: Path, text: str) -> object | None:
        """The data parsed from `text` earlier, or None."""
        where = self.entry_path(pack_path)
        try:
            entry = json.loads(where.read_bytes())
        except (OSError, ValueError, RecursionError):  # missing, unreadable, not JSON
            return None
        if isinstance(entry, dict) and entry.get("loader") == LOADER and entry.get("text") == text:
            with suppress(OSError):
                os.utime(where)  # used now: the last to be dropped
            return entry.get("data")
        return None

    def put(self, pack_path: Path, text: str, data: object) -> None:
        """Keep `data`, parsed from `text`, if JSON carries it exactly (YAML can also give dates
        and keys that are not text). Never fails: without a cache the pack is parsed again."""
        if _outgrows(data, MAX_GROWTH * len(text) + 1000):
            return
        try:
            encoded = json.dumps({"loader": LOADER, "text": text, "data": data})
            if json.loads(encoded)["data"] != data:
                return
        except (TypeError, ValueError, RecursionError):
            return
        try:
            target = self.entry_path(pack_path)
            target.parent.mkdir(parents=True, exist_ok=True)
            # Written whole, then renamed: a reader never sees half an entry.
            partial = target.with_name(f"{target.name}.{os.getpid()}.tmp")
            try:
                partial.write_text(encoded, encoding="ascii")
                os.replace(partial, target)
            finally:
                with suppress(OSError):
                    partial.unlink(missing_ok=True)
        except OSError:
            return
        self._prune()

    def _prune(self) -> None:
        """Keep the MAX_ENTRIES entries used last; partial files a killed writer left go too."""
        try:
            files = sorted(self.folder.iterdir(), key=_last_used, reverse=True)
        except OSError:
            return
        for stale in files[MAX_ENTRIES:]:
            with suppress(OSError):
                stale.unlink()


def _last_used(path: Path) -> float:
    try:
        return path.stat().st_mtime
    except OSError:  # gone meanwhile (another launch pruning)
        return 0.0


def _outgrows(data: object, budget: int) -> bool:
    """Whether `data` has more than `budget` values and characters of text all told. It
    counts as it walks, so aliased data is never walked further than the budget."""
    stack = [data]
    while stack:
        value = stack.pop()
        budget -= 1
        if isinstance(value, str):
            budget -= len(value)
        elif isinstance(value, dict):
            budget -= len(value)
            stack += value.keys()
            stack += value.values()
        elif isinstance(value, list):
            budget -= len(value)
            stack += value
        if budget < 0:
            return True
    return False
