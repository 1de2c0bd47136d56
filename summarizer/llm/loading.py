"""Turn a model setting into a ready ``TextGenerator``, converting and caching GGUF files once.

Spec forms:

* ``"qwen2.5-coder-1.5b"`` (default) / ``"smollm2-135m"`` - GGUF models shipped as pip packages
  (see ``packaged.py``);
* a path to a ``.gguf`` file;
* a local folder with ``config.json`` (causal or encoder-decoder transformers model);
* a Hugging Face model id already in the local hub cache (never downloaded).

transformers can only run a GGUF file by dequantizing it, which takes about a minute for 1.5B
parameters on this class of CPU (plus ~15 s to rebuild the tokenizer). So the first load saves the
dequantized model and tokenizer as safetensors in ``cache_dir/<name>-<sha256[:12]>/`` and every
later load reads that folder, without touching the GGUF file or the pip parts again.

With the llama.cpp backend (``backend="llama.cpp"``, or ``"auto"`` where ``llama-cpp-python`` is
installed) a GGUF model is run as it is: nothing is converted, the verified file is loaded
directly (see ``llamacpp.py``).
"""

from __future__ import annotations

import contextlib
import dataclasses
import hashlib
import io
import json
import os
import re
import shutil
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, Callable, Iterator

# The product never downloads a model. Set before transformers / huggingface_hub are imported
# below (they read it at import); every load also passes local_files_only in case they already were.
os.environ["HF_HUB_OFFLINE"] = "1"

from summarizer.errors import ModelError
from summarizer.llm.base import ModelIdentity
from summarizer.llm.packaged import (
    KNOWN_SHA256,
    PACKAGED_MODELS,
    Locator,
    PackagedModel,
    locate_installed,
    packaged_gguf,
    sha256_file,
)

if TYPE_CHECKING:  # hf.py imports torch; keep importing this module cheap
    from summarizer.llm.base import TextGenerator

Progress = Callable[[str], None]

DEFAULT_MODEL = "qwen2.5-coder-1.5b"
METADATA_FILE = "summarizer-model.json"
_METADATA_VERSION = 1

# "auto" picks the fastest precision that stays faithful on this CPU (bench/RESULTS.md):
# * "bf16-linear" (bf16 weights in the linear layers, float32 otherwise) where the CPU multiplies
#   bf16 natively (AVX512-BF16/AMX): on a 2-core EPYC, the samples' 24 requests took 54 s vs 69 s
#   for int8, and 18 of 24 outputs were word-for-word float32's (int8: 10); see bf16.py;
# * else "int8" (dynamic int8 linear layers, x86/fbgemm, AVX2): on a 2-core AVX-512 Xeon without
#   native bf16, float32 beat bfloat16 (prefill of 16 condense prompts 76-102 s vs 327 s: bf16 is
#   emulated there) and int8 beat float32 (prefill 17.1 -> 9.0 s, decoding 12.9 -> 31.3 tokens/s);
# * else float32.
# Float weights are stored as float32 (6.7 GB cache folder for 1.5B parameters); the int8 layers
# are cached beside them (2.5 GB, see int8.py); bf16 layers are cast at load (~1 s).
_DTYPES = ("bf16-linear", "int8", "float32", "bfloat16", "float16")


BACKENDS = ("auto", "llama.cpp", "transformers")


def is_gguf_spec(spec: str) -> bool:
    """Whether ``spec`` names a GGUF model (a packaged one or a .gguf path)."""
    return spec in PACKAGED_MODELS or Path(spec).suffix.lower() == ".gguf"


def resolve_backend(backend: str, spec: str, dtype: str = "auto") -> str:
    """"llama.cpp" or "transformers" for this model setting.

    "auto" runs a GGUF model on llama.cpp where ``llama-cpp-python`` is installed, no torch
    precision was asked for (``dtype`` other than "auto" means the torch path) and the CPU has
    no AMX tiles; everything else runs on transformers, the reference path. Why (bench/RESULTS.md):
    on the samples' 24 requests llama.cpp's AVX2 kernels used 105 CPU-s against float32's 319 and
    wrote 18/24 completions word for word float32's, where int8 (auto on such CPUs until then)
    wrote 10/24 and was slower. On an AMX CPU, bf16-linear layers agreed 18/24 while llama.cpp's
    AVX-512 kernels agreed 15/24 (at half bf16-linear's CPU time): faithfulness first, so auto
    keeps bf16-linear there. On a CPU with AVX512-BF16 and no AMX (AMD EPYC, 2026-12-07) the two
    agreed equally (27/31 each) and llama.cpp took 27 s to bf16-linear's 42 s (the samples' whole
    briefing 40 s to 70 s, word for word the same): speed decides there.
    """
    from summarizer.llm.bf16 import amx_tiles
    from summarizer.llm.llamacpp import llama_cpp_available

    if backend not in BACKENDS:
        raise ModelError(f"backend {backend!r} is not one of {', '.join(BACKENDS)}")
    if backend == "transformers":
        return backend
    if backend == "auto":
        wanted = dtype == "auto" and is_gguf_spec(spec) and not amx_tiles()
        return "llama.cpp" if wanted and llama_cpp_available() else "transformers"
    if not is_gguf_spec(spec):
        raise ModelError(f"model {spec!r}: the llama.cpp backend runs GGUF models only; use backend transformers")
    if not llama_cpp_available():
        raise ModelError(
            "the llama.cpp backend needs llama-cpp-python: run ./setup.sh, or "
            f"pip install {LLAMA_CPP_REQUIREMENT} (builds from source with cmake and a C++ compiler)"
        )
    return backend


LLAMA_CPP_REQUIREMENT = "llama-cpp-python==0.3.36"


def auto_dtype() -> str:
    from summarizer.llm.bf16 import native_bf16
    from summarizer.llm.int8 import int8_engine

    if native_bf16():
        return "bf16-linear"
    return "int8" if int8_engine() else "float32"


def default_cache_dir() -> Path:
    """$SUMMARIZER_CACHE, else ~/.cache/briefing-summarizer."""
    env = os.environ.get("SUMMARIZER_CACHE")
    return Path(env).expanduser() if env else Path.home() / ".cache" / "briefing-summarizer"


def resolve_dtype(dtype: str) -> str:
    """The compute precision: "bf16-linear", "int8" (linear layers only) or a torch float dtype name."""
    if dtype == "auto":
        return auto_dtype()
    if dtype not in _DTYPES:
        raise ModelError(f"dtype {dtype!r} is not one of auto, {', '.join(_DTYPES)}")
    return dtype


@dataclass(frozen=True)
class PreparedModel:
    """A model folder transformers can load directly, and what is known about where it came from."""

    path: Path  # folder with config.json, weights and tokenizer
    identity: ModelIdentity
    converted: bool  # True when this call converted a GGUF file into ``path``
    stored_dtype: str | None  # dtype of the saved weights, when we wrote them


# -- spec resolution ------------------------------------------------------------------------


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9.]+", "-", text.lower()).strip("-") or "model"


def _read_metadata(folder: Path) -> dict[str, Any] | None:
    try:
        meta = json.loads((folder / METADATA_FILE).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return meta if isinstance(meta, dict) else None


def _cache_is_complete(folder: Path, sha256: str) -> dict[str, Any] | None:
    """The metadata of a finished conversion of the file with ``sha256``, else None.

    The metadata file is written last and the folder renamed into place only after, so its
    presence under the final name means the save completed.
    """
    meta = _read_metadata(folder)
    if not meta or meta.get("version") != _METADATA_VERSION or meta.get("sha256") != sha256:
        return None
    if not (folder / "config.json").is_file() or not any(folder.glob("*.safetensors")):
        return None
    return meta


def _gguf_general_name(path: Path) -> str | None:
    try:
        from gguf import GGUFReader

        field = GGUFReader(str(path)).fields.get("general.name")
        return str(field.contents()) if field is not None else None
    except Exception:  # a name is only cosmetic; a broken file is reported by the real load
        return None


def _convert_gguf(
    gguf_path: Path,
    dest: Path,
    *,
    sha256: str,
    source: str,
    name: str,
    dtype: str,
    extra: dict[str, Any],
    progress: Progress | None,
    verbose: bool = False,
) -> None:
    """Dequantize ``gguf_path`` and save it as safetensors into ``dest``, atomically."""
    import torch
    from transformers import AutoModelForCausalLM, AutoTokenizer, GgufConfig

    if progress:
        progress("converting GGUF to safetensors (one-time, ~1 min)")
    dest.parent.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix=f".{dest.name}.", suffix=".tmp", dir=dest.parent))
    started = time.perf_counter()
    try:
        # transformers' GGUF reader draws a tqdm bar that ignores its own progress-bar switch;
        # the caller's progress message already says what is happening.
        quiet = contextlib.nullcontext() if verbose else contextlib.redirect_stderr(io.StringIO())
        try:
            with quiet:
                tokenizer = AutoTokenizer.from_pretrained(str(gguf_path.parent), gguf_file=str(gguf_path))
                # dequantize=True: always a plain dense model, which is what can be saved;
                # transformers would otherwise keep packed blocks for some architectures.
                model = AutoModelForCausalLM.from_pretrained(
                    str(gguf_path.parent),
                    gguf_file=str(gguf_path),
                    dtype=getattr(torch, dtype),
                    quantization_config=GgufConfig(dequantize=True),
                )
        except Exception as exc:
            raise ModelError(
                f"{gguf_path}: cannot read this GGUF file ({type(exc).__name__}: {exc}); it is corrupt, "
                "truncated or of an unsupported architecture - reinstall or replace it"
            ) from exc
        quantizer = getattr(model, "hf_quantizer", None)
        if quantizer is not None:  # the weights are dense now; the GGUF tag would block saving
            quantizer.remove_quantization_config(model)
        model.save_pretrained(str(tmp))
        tokenizer.save_pretrained(str(tmp))
        meta = {
            "version": _METADATA_VERSION,
            "name": name,
            "source": source,
            "source_file": str(gguf_path),
            "sha256": sha256,
            "dtype": dtype,
            "kind": "causal",
            "converted_seconds": round(time.perf_counter() - started, 1),
            "transformers": _transformers_version(),
            **extra,
        }
        (tmp / METADATA_FILE).write_text(json.dumps(meta, indent=2) + "\n", encoding="utf-8")
        if dest.exists():  # a stale or partial folder from an older run
            shutil.rmtree(dest)
        try:
            os.rename(tmp, dest)
        except OSError:
            # Another process finished the same conversion first; keep its copy if it is whole.
            if _cache_is_complete(dest, sha256) is None:
                raise
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def _transformers_version() -> str:
    import transformers

    return str(transformers.__version__)


@contextlib.contextmanager
def _conversion_lock(path: Path, progress: Progress | None) -> Iterator[None]:
    """Serialise joining and converting one model across processes sharing a cache.

    Without it two runs would both spend a minute converting, and one could delete the joined
    GGUF while the other is still reading it.
    """
    try:
        import fcntl
    except ImportError:  # not POSIX: no cross-process lock, the atomic renames still apply
        yield
        return
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("a") as handle:
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            if progress:
                progress("waiting for another process that is preparing this model")
            fcntl.flock(handle, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


def _prepare_gguf(
    *,
    spec: str,
    cache_dir: Path,
    sha256: str,
    name: str,
    slug: str,
    dtype: str,
    get_file: Callable[[], Path],
    extra: dict[str, Any],
    cleanup_file: bool,
    progress: Progress | None,
    verbose: bool,
) -> PreparedModel:
    """Reuse the converted folder for the file with ``sha256``, or make it."""
    folder = cache_dir / f"{slug}-{sha256[:12]}"
    meta = _cache_is_complete(folder, sha256)
    if meta is None:
        # The same file reached by another spec (e.g. the packaged SmolLM2 given by its path)
        # was converted under another name: the hash, not the name, identifies the content.
        for other in sorted(cache_dir.glob(f"*-{sha256[:12]}")):
            if (other_meta := _cache_is_complete(other, sha256)) is not None:
                folder, meta = other, other_meta
                break
    converted = False
    if meta is None:
        with _conversion_lock(cache_dir / f".{slug}-{sha256[:12]}.lock", progress):
            # Another process (a second briefing run, a test) may have converted it while we waited.
            meta = _cache_is_complete(folder, sha256)
            if meta is None:
                gguf_path = get_file()
                _convert_gguf(
                    gguf_path,
                    folder,
                    sha256=sha256,
                    source=spec,
                    name=name,
                    dtype=dtype,
                    extra=extra,
                    progress=progress,
                    verbose=verbose,
                )
                if cleanup_file:
                    # A joined copy is rebuilt from the installed parts if ever needed again;
                    # keeping it would leave 1.1 GB next to the converted folder for nothing.
                    gguf_path.unlink(missing_ok=True)
                meta = _cache_is_complete(folder, sha256)
                if meta is None:
                    raise ModelError(f"{folder}: the converted model was not saved completely; delete it and retry")
                converted = True
    identity = ModelIdentity(name=name, source=spec, file=meta.get("source_file"), sha256=sha256, kind="causal")
    return PreparedModel(path=folder, identity=identity, converted=converted, stored_dtype=meta.get("dtype"))


def _prepare_packaged(
    model: PackagedModel, cache_dir: Path, dtype: str, locator: Locator, progress: Progress | None, verbose: bool
) -> PreparedModel:
    return _prepare_gguf(
        spec=model.key,
        cache_dir=cache_dir,
        sha256=model.sha256,
        name=model.display_name,
        slug=model.key,
        dtype=dtype,
        get_file=lambda: packaged_gguf(model, cache_dir, locator=locator, progress=progress),
        extra={"packages": list(dict.fromkeys(p.distribution for p in model.parts))},
        # The llama.cpp backend runs the joined file itself; without it the copy is dead weight.
        cleanup_file=model.is_split and not _llama_cpp_installed(),
        progress=progress,
        verbose=verbose,
    )


def _llama_cpp_installed() -> bool:
    from summarizer.llm.llamacpp import llama_cpp_available

    return llama_cpp_available()


def _prepare_gguf_path(
    spec: str, path: Path, cache_dir: Path, dtype: str, progress: Progress | None, verbose: bool
) -> PreparedModel:
    if not path.is_file():
        raise ModelError(f"{path}: GGUF file not found")
    if progress:
        progress(f"hashing {path.name}")
    # The hash names the cache folder, so an edited or replaced file is never mistaken for the
    # one converted before. Seconds for a 1 GB file, against a minute of conversion.
    sha256 = sha256_file(path)
    known = KNOWN_SHA256.get(sha256)
    name = known.display_name if known else (_gguf_general_name(path) or path.stem)
    return _prepare_gguf(
        spec=spec,
        cache_dir=cache_dir,
        sha256=sha256,
        name=name,
        slug=known.key if known else _slug(path.stem),
        dtype=dtype,
        get_file=lambda: path,
        extra={},
        cleanup_file=False,
        progress=progress,
        verbose=verbose,
    )


def _prepare_folder(spec: str, folder: Path) -> PreparedModel:
    config_path = folder / "config.json"
    try:
        config = json.loads(config_path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise ModelError(f"{config_path}: unreadable model config ({exc})") from exc
    kind = "seq2seq" if config.get("is_encoder_decoder") else "causal"
    weights = sorted(folder.glob("*.safetensors")) or sorted(folder.glob("pytorch_model*.bin"))
    if not weights:
        raise ModelError(f"{folder}: no model weights (*.safetensors or pytorch_model*.bin) in this folder")
    meta = _read_metadata(folder)
    name = (meta or {}).get("name") or config.get("_name_or_path") or folder.name
    identity = ModelIdentity(
        name=str(name),
        source=spec,
        file=str(weights[0]) if len(weights) == 1 else str(folder),
        sha256=(meta or {}).get("sha256"),  # the GGUF's, when this is one of our conversions
        kind=kind,
    )
    return PreparedModel(path=folder, identity=identity, converted=False, stored_dtype=(meta or {}).get("dtype"))


def _hub_snapshot(spec: str) -> Path | None:
    """The local snapshot folder of hub id ``spec``, or None if it is not in the cache."""
    if not re.fullmatch(r"[\w.-]+(/[\w.-]+)?", spec):
        return None
    try:
        from huggingface_hub import snapshot_download

        return Path(snapshot_download(spec, local_files_only=True))
    except Exception:  # not cached (or an invalid id): reported as an unknown spec by the caller
        return None


def _resolve(
    spec: str,
    cache_dir: Path,
    dtype: str,
    locator: Locator,
    progress: Progress | None,
    verbose: bool = False,
) -> PreparedModel:
    if spec in PACKAGED_MODELS:
        return _prepare_packaged(PACKAGED_MODELS[spec], cache_dir, dtype, locator, progress, verbose)
    path = Path(spec).expanduser()
    if path.suffix.lower() == ".gguf":
        return _prepare_gguf_path(spec, path, cache_dir, dtype, progress, verbose)
    if path.is_dir():
        if not (path / "config.json").is_file():
            raise ModelError(f"{path}: not a model folder (no config.json)")
        return _prepare_folder(spec, path)
    snapshot = _hub_snapshot(spec)
    if snapshot is not None and (snapshot / "config.json").is_file():
        return _prepare_folder(spec, snapshot)
    raise ModelError(
        f"model {spec!r} not found: it is not one of {', '.join(PACKAGED_MODELS)}, a .gguf file, a model "
        "folder, or a Hugging Face model id in the local cache (models are never downloaded at run time); "
        f"for the default model run: {PACKAGED_MODELS[DEFAULT_MODEL].pip_command}"
    )


# -- public ---------------------------------------------------------------------------------


def _stored_dtype(compute: str) -> str:
    """The float dtype weights are converted to and loaded in for a compute precision."""
    return "float32" if compute in ("int8", "bf16-linear") else compute


def _int8_cache_file(prepared: PreparedModel, cache_dir: Path) -> tuple[Path, dict[str, Any]]:
    """Where the int8 layers of ``prepared`` are cached, and what identifies their source."""
    weights = sorted(prepared.path.glob("*.safetensors")) or sorted(prepared.path.glob("pytorch_model*.bin"))
    source = {
        "sha256": prepared.identity.sha256,
        "weights": [[w.name, w.stat().st_size, w.stat().st_mtime_ns] for w in weights],
    }
    if prepared.stored_dtype:  # our own conversion folder: keep them together
        return prepared.path / "int8-linear.pt", source
    # A user's folder or hub snapshot is not ours to write into.
    key = hashlib.sha256(str(prepared.path.resolve()).encode()).hexdigest()[:12]
    return cache_dir / "int8" / f"{_slug(prepared.identity.name)}-{key}.pt", source


def _to_int8(model: Any, prepared: PreparedModel, cache_dir: Path, progress: Progress | None) -> Any:
    """Swap in the cached int8 linear layers, quantizing and caching them the first time."""
    from summarizer.llm.int8 import load_quantized_linears, quantize_linears, save_quantized_linears

    path, source = _int8_cache_file(prepared, cache_dir)
    if load_quantized_linears(model, path, source=source):
        return model
    with _conversion_lock(path.parent / f".{path.name}.lock", progress):
        if load_quantized_linears(model, path, source=source):  # made by another process meanwhile
            return model
        if progress:
            progress("quantizing linear layers to int8 (one-time, ~1 min)")
        quantize_linears(model)
        try:
            save_quantized_linears(model, path, source=source)
        except OSError as exc:  # a read-only cache only costs the next run the same minute
            if progress:
                progress(f"could not cache the int8 layers in {path.parent} ({exc}); continuing")
    return model


def _load(
    prepared: PreparedModel, compute: str, cache_dir: Path, progress: Progress | None
) -> tuple[Any, Any, Any]:
    """(config, tokenizer, model) for ``prepared`` in the ``compute`` precision."""
    import torch
    from transformers import AutoConfig, AutoModelForCausalLM, AutoModelForSeq2SeqLM, AutoTokenizer

    try:
        config = AutoConfig.from_pretrained(str(prepared.path), local_files_only=True)
        auto = AutoModelForSeq2SeqLM if config.is_encoder_decoder else AutoModelForCausalLM
        tokenizer = AutoTokenizer.from_pretrained(str(prepared.path), local_files_only=True)
        model = auto.from_pretrained(
            str(prepared.path), dtype=getattr(torch, _stored_dtype(compute)), local_files_only=True
        )
    except Exception as exc:
        hint = (
            f"delete {prepared.path} to have it converted again"
            if prepared.stored_dtype
            else "check that the folder holds a complete transformers model"
        )
        raise ModelError(f"{prepared.path}: cannot load model ({type(exc).__name__}: {exc}); {hint}") from exc
    model.eval()
    if compute == "int8":
        model = _to_int8(model, prepared, cache_dir, progress)
    elif compute == "bf16-linear":
        from summarizer.llm.bf16 import linears_to_bf16

        linears_to_bf16(model)
    return config, tokenizer, model


def _precision(compute: str) -> str:
    described = {
        "int8": "int8 linear layers (dynamic), float32 otherwise",
        "bf16-linear": "bfloat16 linear layers, float32 otherwise",
    }
    return described.get(compute, compute)


LLAMA_CPP_PRECISION = "as stored in the GGUF file (llama.cpp quantized kernels)"


@dataclass(frozen=True)
class GGUFSource:
    """A GGUF model before any work on it: what it is, and how to get the verified file."""

    name: str
    sha256: str
    get_file: Callable[[], Path]  # joins/verifies as needed
    # Where ``get_file`` will find the file, known without reading it: a trace answered wholly
    # from the work cache still names the model file (None: a single-part package not installed).
    planned_file: Path | None = None


def _gguf_source(spec: str, cache_dir: Path, locator: Locator, progress: Progress | None) -> GGUFSource:
    if spec in PACKAGED_MODELS:
        model = PACKAGED_MODELS[spec]
        return GGUFSource(
            model.display_name,
            model.sha256,
            lambda: packaged_gguf(model, cache_dir, locator=locator, progress=progress),
            cache_dir / model.file_name if model.is_split else locator(model.parts[0]),
        )
    path = Path(spec).expanduser()
    if not path.is_file():
        raise ModelError(f"{path}: GGUF file not found")
    if progress:
        progress(f"hashing {path.name}")
    sha256 = sha256_file(path)
    known = KNOWN_SHA256.get(sha256)
    return GGUFSource(known.display_name if known else (_gguf_general_name(path) or path.stem), sha256, lambda: path, path)


def _planned_file(source: GGUFSource) -> str | None:
    return str(source.planned_file) if source.planned_file is not None else None


def _llama_cpp_identity(spec: str, source: GGUFSource) -> ModelIdentity:
    return ModelIdentity(
        name=source.name, source=spec, file=_planned_file(source), sha256=source.sha256, kind="causal",
        precision=LLAMA_CPP_PRECISION, backend="llama.cpp",
    )


def describe_model(
    spec: str,
    *,
    cache_dir: Path,
    backend: str = "auto",
    dtype: str = "auto",
    progress: Progress | None = None,
    locator: Locator = locate_installed,
) -> ModelIdentity:
    """What ``load_generator`` with the same arguments would load, without loading, joining or
    converting anything: the work cache keys on it, so a run whose work is all cached never
    loads the model. (A .gguf path is hashed: seconds.)"""
    chosen = resolve_backend(backend, spec, dtype)
    if chosen == "llama.cpp":
        return _llama_cpp_identity(spec, _gguf_source(spec, Path(cache_dir), locator, progress))
    compute = resolve_dtype(dtype)
    if is_gguf_spec(spec):
        source = _gguf_source(spec, Path(cache_dir), locator, progress)
        identity = ModelIdentity(name=source.name, source=spec, file=_planned_file(source), sha256=source.sha256, kind="causal")
    else:
        identity = _resolve(spec, Path(cache_dir), _stored_dtype(compute), locator, progress).identity
    return dataclasses.replace(identity, precision=_precision(compute), backend="transformers")


def prepare_model(
    spec: str,
    cache_dir: Path,
    *,
    dtype: str = "auto",
    backend: str = "auto",
    progress: Progress | None = None,
    verbose: bool = False,
    locator: Locator = locate_installed,
) -> Path:
    """Join, verify, convert (and for int8, quantize) ``spec`` as needed; return its folder
    (for the llama.cpp backend: the verified GGUF file, which is all it needs).

    For a set-up step: after it, ``load_generator`` starts without any one-time work.
    """
    if resolve_backend(backend, spec, dtype) == "llama.cpp":
        return _gguf_source(spec, Path(cache_dir), locator, progress).get_file()
    from summarizer.llm.hf import quiet_transformers

    quiet_transformers(verbose)
    compute = resolve_dtype(dtype)
    prepared = _resolve(spec, Path(cache_dir), _stored_dtype(compute), locator, progress, verbose)
    if compute == "int8":
        _load(prepared, compute, Path(cache_dir), progress)
    return prepared.path


def load_generator(
    spec: str,
    *,
    cache_dir: Path,
    dtype: str = "auto",
    backend: str = "auto",
    batch_size: int = 16,
    prefix_dir: Path | None = None,
    progress: Progress | None = None,
    verbose: bool = False,
    locator: Locator = locate_installed,
) -> "TextGenerator":
    """A ``TextGenerator`` for ``spec`` (see the module docstring for the accepted forms).

    ``backend``: "llama.cpp", "transformers" or "auto" (``resolve_backend``). ``dtype`` is the
    torch compute precision ("auto", "int8", or a float dtype); a cached conversion stored in
    another dtype is cast on load. ``batch_size``: rows decoded together. ``prefix_dir``
    (llama.cpp): where the tasks' system turns are saved between runs. Every failure to find
    or read the model is one ``ModelError`` saying what to install or fix.
    """
    if resolve_backend(backend, spec, dtype) == "llama.cpp":
        from summarizer.llm.llamacpp import LlamaCppGenerator

        source = _gguf_source(spec, Path(cache_dir), locator, progress)
        identity = _llama_cpp_identity(spec, source)
        path = source.get_file()
        if progress:
            progress("loading model (llama.cpp)")
        return LlamaCppGenerator(
            path, identity=dataclasses.replace(identity, file=str(path)), parallel=batch_size,
            prefix_dir=prefix_dir, verbose=verbose,
        )
    import torch

    from summarizer.llm.hf import HFGenerator, quiet_transformers

    quiet_transformers(verbose)
    compute = resolve_dtype(dtype)
    prepared = _resolve(spec, Path(cache_dir), _stored_dtype(compute), locator, progress, verbose)
    if progress:
        progress("loading model")
    config, tokenizer, model = _load(prepared, compute, Path(cache_dir), progress)
    identity = dataclasses.replace(
        prepared.identity,
        kind="seq2seq" if config.is_encoder_decoder else "causal",
        precision=_precision(compute),
        backend="transformers",
    )
    return HFGenerator(
        model,
        tokenizer,
        identity=identity,
        batch_size=batch_size,
        model_dir=prepared.path,
        converted=prepared.converted,
        dtype=getattr(torch, _stored_dtype(compute)),
    )
