"""Wire the real components from the settings: the one place that builds models.

Kept apart from ``pipeline`` so the pipeline stays a function of its inputs (tests hand it
small real components) and the CLI stays a thin parser.
"""

from __future__ import annotations

import dataclasses
from pathlib import Path
from typing import Any

from summarizer.attribution.tracer import Tracer
from summarizer.config import AttributionSettings, Settings
from summarizer.llm.base import TextGenerator
from summarizer.llm.loading import default_cache_dir, load_generator, prepare_model
from summarizer.nlp.embedder import default_embedder
from summarizer.pipeline import BriefingFiles, Report, build_briefing, prepare_articles, write_outputs


def cache_dir(settings: Settings) -> Path:
    return Path(settings.model.cache_dir).expanduser() if settings.model.cache_dir else default_cache_dir()


def load_model(settings: Settings, report: Report) -> TextGenerator:
    return load_generator(
        settings.model.name,
        cache_dir=cache_dir(settings),
        dtype=settings.model.dtype,
        batch_size=settings.model.batch_size,
        progress=report,
    )


def prepare(settings: Settings, report: Report) -> Path:
    return prepare_model(settings.model.name, cache_dir(settings), dtype=settings.model.dtype, progress=report)


def run_brief(settings: Settings, *, input_folder: Path, output_folder: Path, report: Report) -> BriefingFiles:
    report(f"reading {input_folder}")
    # Input first, before the slow model load, so a wrong folder fails in a second.
    articles, skipped = prepare_articles(input_folder, report)
    report("loading the embedding model")
    embedder = default_embedder()
    report(f"loading the language model {settings.model.name}")
    generator = load_model(settings, report)
    judge = generator if settings.attribution.judge else None
    tracer = Tracer(embedder, judge=judge, max_citations=settings.attribution.max_citations)
    briefing = build_briefing(
        articles, skipped, settings, embedder=embedder, generator=generator, tracer=tracer, report=report
    )
    files = dataclasses.replace(write_outputs(briefing, output_folder), generation=generator.stats)
    stats = generator.stats
    report(
        f"wrote {files.docx.name} and {files.trace.name}; model wrote {stats.generated_tokens} tokens "
        f"in {stats.seconds:.1f}s ({stats.tokens_per_second:.1f} tokens/s)"
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

