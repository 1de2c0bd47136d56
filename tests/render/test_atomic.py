from __future__ import annotations

import os
from pathlib import Path

import pytest

from summarizer.render.atomic import atomic_write


def _leftovers(folder: Path, keep: set[str]) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name not in keep)


def test_writes_the_file(tmp_path: Path) -> None:
    target = tmp_path / "out.json"
    result = atomic_write(target, lambda tmp: tmp.write_text('{"ok": true}', encoding="utf-8"))
    assert result == target
    assert target.read_text(encoding="utf-8") == '{"ok": true}'
    assert _leftovers(tmp_path, {"out.json"}) == []


def test_replaces_an_existing_file(tmp_path: Path) -> None:
    target = tmp_path / "out.txt"
    target.write_text("old", encoding="utf-8")
    atomic_write(target, lambda tmp: tmp.write_text("new", encoding="utf-8"))
    assert target.read_text(encoding="utf-8") == "new"
    assert _leftovers(tmp_path, {"out.txt"}) == []


def test_temp_file_is_in_the_same_folder_and_keeps_the_suffix(tmp_path: Path) -> None:
    seen: list[Path] = []

    def writer(tmp: Path) -> None:
        seen.append(tmp)
        tmp.write_bytes(b"x")

    atomic_write(tmp_path / "briefing.docx", writer)
    assert seen[0].parent == tmp_path
    assert seen[0].suffix == ".docx"
    assert seen[0].name != "briefing.docx"


def test_failure_leaves_no_file_and_no_temp_file(tmp_path: Path) -> None:
    target = tmp_path / "out.txt"

    def writer(tmp: Path) -> None:
        tmp.write_text("half a fi", encoding="utf-8")
        raise RuntimeError("disk on fire")

    with pytest.raises(RuntimeError, match="disk on fire"):
        atomic_write(target, writer)
    assert not target.exists()
    assert _leftovers(tmp_path, set()) == []


def test_failure_keeps_the_existing_file_intact(tmp_path: Path) -> None:
    target = tmp_path / "out.txt"
    target.write_text("the good version", encoding="utf-8")

    def writer(tmp: Path) -> None:
        tmp.write_text("broken", encoding="utf-8")
        raise KeyboardInterrupt  # even a BaseException cleans up

    with pytest.raises(KeyboardInterrupt):
        atomic_write(target, writer)
    assert target.read_text(encoding="utf-8") == "the good version"
    assert _leftovers(tmp_path, {"out.txt"}) == []


def test_writer_that_deletes_its_temp_file_still_fails_cleanly(tmp_path: Path) -> None:
    def writer(tmp: Path) -> None:
        tmp.unlink()
        raise ValueError("gave up")

    with pytest.raises(ValueError):
        atomic_write(tmp_path / "out.txt", writer)
    assert _leftovers(tmp_path, set()) == []


@pytest.mark.skipif(os.name != "posix", reason="POSIX permission bits")
def test_result_has_ordinary_permissions(tmp_path: Path) -> None:
    umask = os.umask(0o022)
    try:
        target = atomic_write(tmp_path / "out.txt", lambda tmp: tmp.write_text("x"))
    finally:
        os.umask(umask)
    assert target.stat().st_mode & 0o777 == 0o644


def test_missing_folder_raises_and_creates_nothing(tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError):
        atomic_write(tmp_path / "nope" / "out.txt", lambda tmp: tmp.write_text("x"))
    assert _leftovers(tmp_path, set()) == []


@pytest.mark.skipif(os.name != "posix", reason="POSIX permission bits")
def test_replacing_keeps_the_old_files_permissions(tmp_path: Path) -> None:
    target = tmp_path / "out.txt"
    target.write_text("old")
    target.chmod(0o640)
    atomic_write(target, lambda tmp: tmp.write_text("new"))
    assert target.stat().st_mode & 0o777 == 0o640
