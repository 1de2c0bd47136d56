"""Wire the real components from the settings: the one place that builds models.

Kept apart from ``pipeline`` so the pipeline stays a function of its inputs (tests hand it
small real components) and the CLI stays a thin parser.
"""

from __future__ import annotations

import dataclasses
from pathlib import Path
from typing import Any

from summarizer.attribution.probe import packaged_probe
from summarizer.attribution.tracer import Tracer
from summarizer.attribution.verifier import JUDGE_SYSTEM
from summarizer.cache import CachedEmbedder, CachedGenerator, WorkCache, work_cache_path
from summarizer.cache.store import FILE_NAME, prefix_states_path
from summarizer.config import AttributionSettings, Settings
from summarizer.llm.base import TextGenerator
from summarizer.llm.loading import default_cache_dir, describe_model, load_generator, prepare_model, resolve_backend
from summarizer.nlp.embedder import Embedder, default_embedder, embedder_name
from summarizer.pipeline import BriefingFiles, Report, build_briefing, prepare_articles, write_outputs
from summarizer.summarizers.compress import PARTS_SYSTEM, SYSTEM
from summarizer.summarizers.themes.titles import TITLE_SYSTEM

# Every system message the briefing sends the model (set-up saves their turns: ``prepare``).
TASK_SYSTEMS = (SYSTEM, PARTS_SYSTEM, TITLE_SYSTEM, JUDGE_SYSTEM)


def cache_dir(settings: Settings) -> Path:
    return Path(settings.model.cache_dir).expanduser() if settings.model.cache_dir else default_cache_dir()


def load_model(settings: Settings, report: Report) -> TextGenerator:
    """The generator the settings name, loaded now: a server client when ``model.endpoint`` is
    set, else the local model."""
    if settings.model.endpoint:
        from summarizer.llm.endpoint import EndpointGenerator

        report(f"connecting to the model server {settings.model.endpoint}")
        return EndpointGenerator(
            settings.model.endpoint,
            model=settings.model.endpoint_model,
            concurrency=settings.model.concurrency,
            timeout=settings.model.timeout,
        )
    report(f"loading the language model {settings.model.name}")
    return load_generator(
        settings.model.name,
        cache_dir=cache_dir(settings),
        dtype=settings.model.dtype,
        backend=settings.model.backend,
        batch_size=settings.model.batch_size,
        prefix_dir=prefix_states_path(work_cache_file(settings)) if settings.cache.enabled else None,
        progress=report,
    )


def work_cache_file(settings: Settings) -> Path:
    if settings.cache.dir:
        return Path(settings.cache.dir).expanduser() / FILE_NAME
    return work_cache_path(cache_dir(settings))


def open_work_cache(settings: Settings) -> WorkCache | None:
    return WorkCache(work_cache_file(settings)) if settings.cache.enabled else None


def run_models(settings: Settings, report: Report, cache: WorkCache | None) -> tuple[Embedder, TextGenerator]:
    """The embedder and generator of a run; with a work cache, both answer from it first and
    are loaded only when something is not cached."""
    if cache is None:
        report("loading the embedding model")
        return default_embedder(), load_model(settings, report)

    def embedder() -> Embedder:
        report("loading the embedding model")
        return default_embedder()

    cached_embedder = CachedEmbedder(embedder_name(), embedder, cache)
    if settings.model.endpoint:  # a server is asked for its model's name up front
        served = load_model(settings, report)
        return cached_embedder, CachedGenerator(served.identity, lambda: served, cache)
    identity = describe_model(
        settings.model.name,
        cache_dir=cache_dir(settings),
        backend=settings.model.backend,
        dtype=settings.model.dtype,
        progress=report,
    )
    return cached_embedder, CachedGenerator(identity, lambda: load_model(settings, report), cache)


def prepare(settings: Settings, report: Report) -> Path:
    """The set-up step: the model joined, verified and converted; on llama.cpp, also the tasks'
    system turns read once and saved beside the work cache, which every briefing would
    otherwise read first (~10 s on 2 AVX2 cores)."""
    model = settings.model
    if not (settings.cache.enabled and resolve_backend(model.backend, model.name, model.dtype) == "llama.cpp"):
        return prepare_model(model.name, cache_dir(settings), dtype=model.dtype, backend=model.backend, progress=report)
    # Loading joins and verifies the file as ``prepare_model`` would: the ~1 GB hash done once.
    generator = load_model(settings, report)
    try:
        if generator.save_system_turns(TASK_SYSTEMS):  # type: ignore[attr-defined]
            report(f"saved the tasks' system turns in {prefix_states_path(work_cache_file(settings))}")
        return generator.path  # type: ignore[attr-defined]
    finally:
        generator.close()  # type: ignore[attr-defined]


def run_brief(
    settings: Settings, *, input_folder: Path, output_folder: Path, report: Report, force: bool = False
) -> BriefingFiles:
    """``force``: overwrite a briefing of the same date instead of writing ``briefing-DATE-2``."""
    report(f"reading {input_folder}")
    # Input first, before the slow model load, so a wrong folder fails in a second.
    articles, skipped = prepare_articles(input_folder, report, exclude=output_folder)
    cache = open_work_cache(settings)
    try:
        embedder, generator = run_models(settings, report, cache)
        judge = generator if settings.attribution.judge else None
        # The probe was trained on, and holds for, the judge model's own sentences: every
        # sentence this tracer reads was written by the run's model (``attribution.probe``).
        probe = packaged_probe() if judge is not None and settings.attribution.judge_probe else None
        tracer = Tracer(embedder, judge=judge, probe=probe, max_citations=settings.attribution.max_citations)
        briefing = build_briefing(
            articles, skipped, settings, embedder=embedder, generator=generator, tracer=tracer, report=report
        )
        files = dataclasses.replace(write_outputs(briefing, output_folder, force), generation=generator.stats)
    finally:
        if cache is not None:
            cache.close()
    if files.docx.stem != f"briefing-{briefing.date}":
        report(f"briefing-{briefing.date} exists already (kept); this one is {files.docx.stem} (--force overwrites)")
    stats = generator.stats
    report(
        f"wrote {files.docx.name} and {files.trace.name}; model wrote {stats.generated_tokens} tokens "
        f"in {stats.seconds:.1f}s ({stats.tokens_per_second:.1f} tokens/s)"
        + (f"; {cache.hits} answers from the work cache, {cache.misses} computed" if cache is not None else "")
    )
    return files


def review_verifier(trace: dict[str, Any]) -> Tracer:
    """What a review re-verifies changed sentences with: the packaged MiniLM and the run's
    ``attribution.max_citations``. Never a language model: no judge, whatever the run used."""
    attribution = (trace.get("settings") or {}).get("attribution") or {}
    max_citations = attribution.get("max_citations")
    if not isinstance(max_citations, int) or max_citations < 1:
        max_citations = AttributionSettings().max_citations
    return Tracer(default_embedder(), judge=None, max_citations=max_citations)

