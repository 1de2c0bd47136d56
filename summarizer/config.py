"""Settings: defaults here, overridden by ``config.toml``, overridden by the command line.

Every setting lives in a section dataclass; the TOML file and the command-line flags are both
derived from these fields, so there is one list of settings and it cannot drift. Unknown keys
and values of the wrong type or range are a ``ConfigError`` naming the file and the key.
"""

from __future__ import annotations

import dataclasses
import tomllib
from dataclasses import dataclass, field, fields
from pathlib import Path
from typing import Any, get_type_hints

from summarizer.errors import CommandLineSettingError, ConfigError


@dataclass
class PathSettings:
    input: str = "../shared/samples/articles"  # folder of .txt / .md articles
    output: str = "reports"  # where briefing-YYYY-MM-DD.docx and .json go


@dataclass
class ModelSettings:
    # "qwen2.5-coder-1.5b" (default, from pip packages), "smollm2-135m" (small, for tests),
    # a .gguf file, a local model folder, or a Hugging Face id already in the local cache.
    name: str = "qwen2.5-coder-1.5b"
    dtype: str = "auto"  # auto | bf16-linear | int8 | float32 | bfloat16 (llm/loading.py)
    batch_size: int = 32  # prompts per generate call: one batch beats two on 2 cores (pipeline.summarize)
    max_new_tokens: int = 72  # per one-line answer (the judge, a model rewrite); shortening asks 40 a sentence
    cache_dir: str = ""  # converted weights; empty = $SUMMARIZER_CACHE or ~/.cache/briefing-summarizer
    backend: str = "auto"  # auto | llama.cpp | transformers (llm/loading.py: resolve_backend)
    endpoint: str = ""  # an OpenAI-compatible server (vLLM, llama.cpp's server, TGI); empty = local model
    endpoint_model: str = ""  # the served model to ask; empty = the first the server lists
    concurrency: int = 8  # requests in flight to the endpoint at once
    timeout: float = 120.0  # seconds to wait for the endpoint's answer to one request


@dataclass
class SummarySettings:
    sentences: int = 4  # per article summary at most; fewer for a short article (article_words)
    article_words: int = 80  # words per article summary at most; a short article gets fewer (summarizers/budget.py)
    executive_sentences: int = 5  # points in the executive summary at most
    executive_words: int = 120  # words in the executive summary at most
    theme_words: int = 90  # words per theme at most (one line per article)
    max_themes: int = 6
    min_sentence_words: int = 8  # shorter source sentences are rarely a key point
    max_sentence_words: int = 70  # longer ones are usually run-ons a reader can't scan


@dataclass
class AttributionSettings:
    max_citations: int = 3  # paragraphs cited per sentence at most
    judge: bool = True  # also ask the local model about each sentence in other words than its source
    # read the judge's verdict on the model's own sentences from its hidden state (the shipped
    # probe, ``attribution.probe``) rather than its Yes/No, where the judge is the default model
    judge_probe: bool = True


@dataclass
class CacheSettings:
    # Keep each article's model work (drafts, verdicts, embeddings) beside the model cache, so a
    # re-run only pays for what changed; `summarizer cache clear` empties it.
    enabled: bool = True
    dir: str = ""  # "" = <model cache_dir>/work


@dataclass
class Settings:
    paths: PathSettings = field(default_factory=PathSettings)
    model: ModelSettings = field(default_factory=ModelSettings)
    summary: SummarySettings = field(default_factory=SummarySettings)
    attribution: AttributionSettings = field(default_factory=AttributionSettings)
    cache: CacheSettings = field(default_factory=CacheSettings)

    def as_dict(self) -> dict[str, dict[str, Any]]:
        return dataclasses.asdict(self)


# Value ranges checked after every override; (low, high) inclusive.
RANGES: dict[str, tuple[float, float]] = {
    "model.batch_size": (1, 256),
    "model.max_new_tokens": (8, 512),
    "model.concurrency": (1, 256),
    "model.timeout": (1, 3600),
    "summary.sentences": (1, 12),
    "summary.executive_sentences": (0, 10),
    "summary.article_words": (15, 400),
    "summary.executive_words": (0, 600),
    "summary.theme_words": (15, 400),
    "summary.max_themes": (0, 20),
    "summary.min_sentence_words": (1, 50),
    "summary.max_sentence_words": (10, 200),
    "attribution.max_citations": (1, 10),
}
CHOICES: dict[str, tuple[str, ...]] = {
    "model.dtype": ("auto", "bf16-linear", "int8", "float32", "bfloat16"),
    "model.backend": ("auto", "llama.cpp", "transformers"),
}


def setting_types() -> dict[str, type]:
    """``"section.key"`` → Python type, for every setting."""
    types: dict[str, type] = {}
    for section in fields(Settings):
        section_type = get_type_hints(Settings)[section.name]
        for item, item_type in get_type_hints(section_type).items():
            types[f"{section.name}.{item}"] = item_type
    return types


def load_settings(path: Path | None, overrides: dict[str, str] | None = None) -> Settings:
    """Defaults, then the TOML file (if given and present), then ``overrides`` (strings)."""
    settings = Settings()
    if path is not None:
        if not path.is_file():
            raise ConfigError(f"{path}: config file not found")
        try:
            data = tomllib.loads(path.read_text(encoding="utf-8"))
        except (tomllib.TOMLDecodeError, UnicodeDecodeError) as error:
            raise ConfigError(f"{path}: not valid TOML ({error})") from None
        _apply_table(settings, data, str(path))
    for key, raw in (overrides or {}).items():
        _set(settings, key, _parse(key, raw, COMMAND_LINE), COMMAND_LINE)
    _validate(settings, str(path) if path else "settings", set(overrides or {}))
    return settings


COMMAND_LINE = "command line"


def _error(origin: str, problem: str) -> ConfigError:
    """A setting's problem; one given on the command line is a usage error (exit 2)."""
    if origin == COMMAND_LINE:
        return CommandLineSettingError(f"{origin}: {problem}")
    return ConfigError(f"{origin}: {problem}")


def _apply_table(settings: Settings, data: dict[str, Any], origin: str) -> None:
    sections = {f.name for f in fields(Settings)}
    for section, table in data.items():
        if section not in sections:
            raise ConfigError(f"{origin}: unknown section [{section}] (known: {', '.join(sorted(sections))})")
        if not isinstance(table, dict):
            raise ConfigError(f"{origin}: {section} must be a table [{section}]")
        for key, value in table.items():
            _set(settings, f"{section}.{key}", value, origin)


def _set(settings: Settings, dotted: str, value: Any, origin: str) -> None:
    types = setting_types()
    if dotted not in types:
        known = ", ".join(k for k in types if k.startswith(dotted.split(".")[0] + ".")) or ", ".join(types)
        raise _error(origin, f"unknown setting '{dotted}' (known: {known})")
    expected = types[dotted]
    if expected is float and isinstance(value, int) and not isinstance(value, bool):
        value = float(value)
    if not isinstance(value, expected) or (expected is int and isinstance(value, bool)):
        raise _error(origin, f"'{dotted}' must be {expected.__name__}, got {type(value).__name__} {value!r}")
    section, key = dotted.split(".", 1)
    setattr(getattr(settings, section), key, value)


def _parse(dotted: str, raw: str, origin: str) -> Any:
    expected = setting_types().get(dotted)
    if expected is None:
        _set(Settings(), dotted, raw, origin)  # raises the unknown-key error
    try:
        if expected is bool:
            lowered = raw.strip().lower()
            if lowered not in ("true", "false", "1", "0", "yes", "no"):
                raise ValueError
            return lowered in ("true", "1", "yes")
        if expected is int:
            return int(raw)
        if expected is float:
            return float(raw)
        return raw
    except ValueError:
        raise _error(origin, f"'{dotted}' must be {expected.__name__}, got {raw!r}") from None


def _validate(settings: Settings, origin: str, overridden: set[str] = frozenset()) -> None:
    flat = {f"{s}.{k}": v for s, table in settings.as_dict().items() for k, v in table.items()}

    def where(key: str) -> str:
        return COMMAND_LINE if key in overridden else origin

    for key, (low, high) in RANGES.items():
        if not low <= flat[key] <= high:
            raise _error(where(key), f"'{key}' = {flat[key]} is out of range ({low:g} to {high:g})")
    for key, choices in CHOICES.items():
        if flat[key] not in choices:
            raise _error(where(key), f"'{key}' = {flat[key]!r} must be one of {', '.join(choices)}")
    if settings.summary.min_sentence_words >= settings.summary.max_sentence_words:
        raise ConfigError(f"{origin}: 'summary.min_sentence_words' must be below 'summary.max_sentence_words'")
    if not settings.model.name.strip():
        raise ConfigError(f"{origin}: 'model.name' is empty")
