"""Records answers through ProgressStore.record until killed, printing each answer's number
once record has returned: every number printed must be in the store after a kill.

Usage: python crash_writer.py STORE PACK_ID
Answer n is to question q{n % 7} of PACK_ID and took n seconds (how the test finds it).
"""

import sys
from types import SimpleNamespace

from game.progress.store import ProgressStore


def main(path: str, pack_id: str) -> None:
    store = ProgressStore(path)
    pack = SimpleNamespace(id=pack_id)
    n = 0
    while True:
        n += 1
        question = SimpleNamespace(id=f"q{n % 7}", content_hash="h")
        store.record(SimpleNamespace(pack=pack, question=question),
                     SimpleNamespace(correct=n % 3 != 0, seconds=float(n), streak=n % 5))
        print(n, flush=True)


if __name__ == "__main__":
    main(*sys.argv[1:])
