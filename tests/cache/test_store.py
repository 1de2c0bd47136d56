"""WorkCache: entries survive reopening and a killed writer; clearing removes the file."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

from summarizer.cache.store import WorkCache, clear_cache, digest, prefix_states_path, work_cache_path


def test_entries_survive_reopening(tmp_path: Path):
    path = work_cache_path(tmp_path)
    assert path == tmp_path / "work" / "work-cache.sqlite3"
    cache = WorkCache(path)
    cache.put("generate", "k1", "a draft".encode())
    cache.put_many("yes", [("k2", b"\x00" * 8)])
    cache.close()
    again = WorkCache(path)
    assert again.get_many("generate", ["k1", "absent"]) == {"k1": b"a draft"}
    assert again.get_many("yes", ["k1"]) == {}  # kinds are separate
    assert (again.hits, again.misses) == (1, 2)
    assert again.count() == {"generate": 1, "yes": 1}


def test_an_entry_committed_before_the_writer_is_killed_is_kept(tmp_path: Path):
    path = tmp_path / "c.sqlite3"
    script = textwrap.dedent(
        f"""
        import os, signal
        from summarizer.cache.store import WorkCache
        cache = WorkCache({str(path)!r})
        cache.put("generate", "done", b"finished work")
        os.kill(os.getpid(), signal.SIGKILL)  # no close, no clean exit
        """
    )
    subprocess.run([sys.executable, "-c", script], cwd=Path(__file__).resolve().parents[2], check=False)
    assert WorkCache(path).get_many("generate", ["done"]) == {"done": b"finished work"}


def test_clear_removes_the_file_and_its_side_files(tmp_path: Path):
    path = tmp_path / "c.sqlite3"
    cache = WorkCache(path)
    cache.put("generate", "k", b"v")
    removed = clear_cache(path)
    cache.close()
    assert path in removed and not path.exists()
    assert clear_cache(path) == []


def test_clear_also_removes_the_saved_system_turns_beside_it(tmp_path: Path):
    path = tmp_path / "work" / "c.sqlite3"
    WorkCache(path).close()
    states = prefix_states_path(path)
    assert states.parent == path.parent
    states.mkdir()
    (states / "a.kv").write_bytes(b"cells")
    removed = clear_cache(path)
    assert states in removed and not states.exists() and path.parent.exists()


def test_digest_is_stable_and_sensitive_to_every_part():
    base = digest("generate", {"name": "m", "precision": "p"}, "system", "user", 72, True)
    assert base == digest("generate", {"precision": "p", "name": "m"}, "system", "user", 72, True)
    assert base != digest("generate", {"name": "m", "precision": "q"}, "system", "user", 72, True)
    assert base != digest("generate", {"name": "m", "precision": "p"}, "system", "user", 73, True)
    assert base != digest("generate", {"name": "m", "precision": "p"}, "system", "user.", 72, True)
