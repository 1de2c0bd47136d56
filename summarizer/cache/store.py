"""A key/value store in one SQLite file: every entry committed as it is made.

SQLite because it is in the standard library, a committed entry survives an interrupted run or
a crash (write-ahead log), and two runs sharing the cache lock each other out correctly. Keys
are SHA-256 hex digests of what determines the value (see ``digest``).
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
import threading
import time
from pathlib import Path
from typing import Any, Iterable

from summarizer.errors import SummarizerError

FILE_NAME = "work-cache.sqlite3"
# Bumped when what a key covers changes; entries of another version are never read.
KEY_VERSION = 1
_BUSY_SECONDS = 30.0  # another run writing the same cache holds the lock for milliseconds


def work_cache_path(model_cache_dir: Path) -> Path:
    """The work cache lives beside the model cache: ``<model cache>/work/work-cache.sqlite3``."""
    return Path(model_cache_dir) / "work" / FILE_NAME


def prefix_states_path(work_cache: Path) -> Path:
    """Saved system turns of the llama.cpp backend (``llm.llamacpp``), beside the work cache:
    like it, work a later run need not repeat, and cleared with it."""
    return Path(work_cache).parent / "prefixes"


def digest(*parts: Any) -> str:
    """A stable key for ``parts`` (JSON-serialisable values)."""
    text = json.dumps([KEY_VERSION, *parts], ensure_ascii=False, separators=(",", ":"), sort_keys=True)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


class WorkCache:
    """Entries by (kind, key); ``kind`` names what is stored ("generate", "yes", "embedding")."""

    def __init__(self, path: Path) -> None:
        self.path = Path(path)
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            self._db = sqlite3.connect(str(self.path), timeout=_BUSY_SECONDS, check_same_thread=False,
                                       isolation_level=None)
            self._db.execute("PRAGMA journal_mode=WAL")
            self._db.execute("PRAGMA synchronous=NORMAL")
            self._db.execute(
                "CREATE TABLE IF NOT EXISTS entries (kind TEXT NOT NULL, key TEXT NOT NULL, value BLOB NOT NULL, "
                "created REAL NOT NULL, PRIMARY KEY (kind, key))"
            )
        except sqlite3.Error as exc:
            raise SummarizerError(
                f"{self.path}: cannot open the work cache ({exc}); delete it with `summarizer cache clear`"
            ) from None
        self._lock = threading.Lock()
        self.hits = 0
        self.misses = 0

    def get_many(self, kind: str, keys: Iterable[str]) -> dict[str, bytes]:
        wanted = list(dict.fromkeys(keys))
        found: dict[str, bytes] = {}
        with self._lock:
            for start in range(0, len(wanted), 500):  # SQLite's bound-parameter limit
                chunk = wanted[start : start + 500]
                marks = ",".join("?" * len(chunk))
                rows = self._db.execute(
                    f"SELECT key, value FROM entries WHERE kind = ? AND key IN ({marks})", [kind, *chunk]
                )
                found.update((key, bytes(value)) for key, value in rows)
        self.hits += len(found)
        self.misses += len(wanted) - len(found)
        return found

    def put(self, kind: str, key: str, value: bytes) -> None:
        self.put_many(kind, [(key, value)])

    def put_many(self, kind: str, items: Iterable[tuple[str, bytes]]) -> None:
        rows = [(kind, key, value, time.time()) for key, value in items]
        if not rows:
            return
        with self._lock:
            self._db.executemany("INSERT OR REPLACE INTO entries VALUES (?, ?, ?, ?)", rows)

    def count(self) -> dict[str, int]:
        with self._lock:
            return dict(self._db.execute("SELECT kind, COUNT(*) FROM entries GROUP BY kind").fetchall())

    def close(self) -> None:
        with self._lock:
            self._db.close()


def clear_cache(path: Path) -> list[Path]:
    """Delete the work cache file (and SQLite's side files) and the saved system turns; the
    removed paths."""
    removed = []
    for candidate in (path, path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")):
        if candidate.exists():
            candidate.unlink()
            removed.append(candidate)
    states = prefix_states_path(path)
    if states.is_dir():
        for state in sorted(states.iterdir()):
            if state.is_file():
                state.unlink()
        states.rmdir()
        removed.append(states)
    return removed
