"""Shared helpers for the benchmarks: synthetic case text, vaults, timing, memory."""

from __future__ import annotations

import itertools
import os
import random
import resource
import statistics
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

import sqlcipher3

from casebook.base.paths import VaultPaths
from casebook.crypto.keys import Identity
from casebook.service import CaseService
from casebook.store import db
from casebook.store.schema import FTS_TABLES, SCHEMA_VERSION, ddl
from casebook.store.store import Store
from casebook.vault.session import Session

# Word lists as tuples of lines, so the formatter keeps them readable.
COMMON = tuple(
    word
    for line in (
        "и в не на что его её он она был была были у с по к из за от без для как это так",
        "the and of to in was he she they at by for with police officer",
    )
    for word in line.split()
)
DOMAIN = tuple(
    word
    for line in (
        "задержали обыск допрос адвокат протокол полиция отдел суд статья экстремизм публикация",
        "лайк телефон изъяли давление признание свидетель угрожали избили ночью утром квартира",
        "подъезд следователь прокурор штраф арест ЛГБТ сообщество пост репост канал чат",
        "detained search interrogation lawyer protocol court article extremism post like phone",
        "seized pressure confession witness threatened beaten night morning apartment",
        "investigator",
    )
    for word in line.split()
)


class Corpus:
    """Zipf-distributed words: a few very common, a long tail of rare ones."""

    def __init__(self, seed: int = 7, rare: int = 20000) -> None:
        self.rng = random.Random(seed)
        self.words = [*COMMON, *DOMAIN, *(f"слово{i}" for i in range(rare))]
        self.weights = [1.0 / (rank + 1) ** 1.1 for rank in range(len(self.words))]
        # What `choices` would sum on every call (the same words come out): summed once.
        self.cum_weights = list(itertools.accumulate(self.weights))

    def sentence(self, n: int) -> str:
        """`n` words."""
        return " ".join(self.rng.choices(self.words, cum_weights=self.cum_weights, k=n))


def plain_service(root: Path) -> CaseService:
    """The same schema and code path on plain SQLite (no key): the baseline for overhead."""
    root.mkdir(parents=True, exist_ok=True)
    con = sqlcipher3.connect(str(root / "vault.db"), isolation_level=None, check_same_thread=False)
    for name, value, _ in db.PRAGMAS:
        con.execute(f"PRAGMA {name} = {value}").fetchall()
    con.execute("PRAGMA cache_size = -65536")
    con.executescript(ddl())
    con.execute("INSERT OR REPLACE INTO meta VALUES ('schema', ?)", (SCHEMA_VERSION,))
    store = Store(con)
    with store.transaction():
        store.keys.save_identity(Identity.generate(int(time.time() * 1000)))
    _ = FTS_TABLES
    return CaseService(Session(store, VaultPaths(root)))


def percentile(samples: list[float], p: float) -> float:
    """The p-th percentile (0..100) of `samples`."""
    ordered = sorted(samples)
    k = max(0, min(len(ordered) - 1, round(p / 100 * (len(ordered) - 1))))
    return ordered[k]


def summary_ms(samples: list[float]) -> str:
    """p50/p95/max of durations in seconds, shown in milliseconds."""
    p50, p95 = 1000 * statistics.median(samples), 1000 * percentile(samples, 95)
    return f"p50 {p50:7.2f} ms   p95 {p95:7.2f} ms   max {1000 * max(samples):7.2f} ms"


@contextmanager
def timer() -> Iterator[Callable[[], float]]:
    """`with timer() as t: …; t()` gives the seconds elapsed."""
    start = time.perf_counter()
    end: list[float] = []
    yield lambda: (end[0] if end else time.perf_counter()) - start
    end.append(time.perf_counter())


def peak_rss_mib() -> float:
    """This process's peak resident set size in MiB (Linux reports KiB)."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def write_random_file(path: Path, size: int) -> None:
    """A file of `size` random bytes, written in 64 MiB pieces."""
    piece = 64 * 1024 * 1024
    with open(path, "wb") as fh:
        left = size
        while left:
            n = min(piece, left)
            fh.write(os.urandom(n))
            left -= n
