"""Which packs are on offer, and loading several at once."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from game import paths
from game.packs.cache import PackCache
from game.packs.loader import Problem, check_pack
from game.packs.model import Pack


def packs_on_offer(extra: Iterable[Path] = ()) -> list[tuple[str, Path]]:
    """(where, path) of every pack: shipped, the user's `packs` folder, then `extra` (the
    command line); each file once."""
    found: dict[Path, tuple[str, Path]] = {}
    for where, folder in (("shipped", paths.shipped_packs_dir()), ("your packs", paths.user_packs_dir())):
        for path in sorted(folder.glob("*.yaml")) if folder.is_dir() else ():
            found.setdefault(path.resolve(), (where, path))
    for path in extra:
        found.setdefault(path.resolve(), ("command line", path))
    return list(found.values())


def check_offered(path: Path) -> tuple[Pack | None, list[Problem]]:
    """`check_pack` for a pack the game offers: parsed before, it comes from the cache in the
    data directory (and is checked all the same)."""
    return check_pack(path, PackCache(paths.data_dir() / "cache"))


def load_packs(pack_paths: Iterable[Path]) -> tuple[list[Pack], list[Problem]]:
    """The packs that load, and every problem of those that do not."""
    packs, problems = [], []
    for path in pack_paths:
        pack, found = check_offered(path)
        problems += found
        if pack is not None:
            packs.append(pack)
    return packs, problems
