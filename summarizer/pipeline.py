"""The main job, one way through the stages:

read → clean → group duplicates → select sentences and plan themes → condense (model, one
batched call) → trace and verify → executive summary → write the .docx and the JSON trace.

The model, the embedder and the tracer are passed in or built from the settings, so tests run
the very same path with small real components.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

from summarizer.cleaning.cleaner import clean_article
from summarizer.cleaning.duplicates import group_duplicates
from summarizer.config import Settings
from summarizer.dom import Article, Briefing, SkippedFile, Summary, Theme
from summarizer.errors import InputError
from summarizer.llm.base import GenerationStats, TextGenerator
from summarizer.nlp.embedder import Embedder
from summarizer.parsers.reader import read_folder
from summarizer.render.docx_writer import write_briefing
from summarizer.render.trace_json import write_trace
from summarizer.summarizers.article import article_drafts, article_requests, plan_article
from summarizer.summarizers.condense import condense
from summarizer.summarizers.grounding import SupportTracer, ground
from summarizer.summarizers.themes import finish_themes, plan_themes

Report = Callable[[str], None]


@dataclass(frozen=True)
class BriefingFiles:
    docx: Path
    trace: Path
    briefing: Briefing
    generation: GenerationStats | None = None  # what the model did, for benchmarks


def prepare_articles(
    folder: Path, report: Report, exclude: Path | None = None
) -> tuple[list[Article], list[SkippedFile]]:
    """Read and clean; articles with no text left are skipped with a reason, not fatal.
    ``exclude``: a folder under ``folder`` not to read (where the briefings go)."""
    result = read_folder(folder, exclude)
    for note in result.notes:
        report(note)
    for skipped in result.skipped:
        report(f"skipping {skipped.path}: {skipped.problem}")
    articles: list[Article] = []
    skipped_files = list(result.skipped)
    for article in result.articles:
        clean_article(article)
        if not article.body_paragraphs:
            problem = "no article text left after removing site furniture"
            report(f"skipping {article.path}: {problem}")
            skipped_files.append(SkippedFile(article.path, problem))
            continue
        removed = sum(1 for p in article.paragraphs if not p.kept)
        how = ""
        if article.extracted and article.extracted.method != "text":
            how = f" ({article.extracted.method.split(' ')[0]})"
        if article.extracted and article.extracted.encoding_detected:
            how += f" (decoded as {article.extracted.encoding})"
        report(
            f"{article.id} {article.title!r}{how}: {len(article.paragraphs)} paragraphs, {removed} removed in cleaning"
        )
        articles.append(article)
    if not articles:
        problems = "; ".join(f"{s.path.name}: {s.problem}" for s in skipped_files)
        raise InputError(folder, f"no usable article ({problems})")
    return articles, skipped_files


def summarize(
    articles: list[Article],
    embedder: Embedder,
    generator: TextGenerator,
    tracer: SupportTracer,
    settings: Settings,
    report: Report,
) -> tuple[list[Summary], list[Theme], Summary | None]:
    """Article summaries, themes and the executive summary of the independent ``articles``.

    Everything the model writes is planned first and sent in one ``condense`` call: a batch
    decodes until its longest row is done, and on a CPU a step for 24 rows costs far less than
    two steps for 10 and 14, so one call for the article and theme requests beats two (the
    samples' 24 requests: bench/RESULTS.md).
    """
    plans = [plan_article(article, embedder, settings.summary) for article in articles]
    article_reqs = [r for article, plan in zip(articles, plans) for r in article_requests(article, plan)]
    article_sources = [s.sentence.text for plan in plans for s in plan]
    theme_plan = plan_themes(articles, embedder, settings, report)
    report(
        f"condensing {len(article_reqs)} selected sentences and writing {len(theme_plan.requests)} theme "
        f"sentences with {generator.identity.name}"
    )
    texts = condense(
        generator,
        article_reqs + theme_plan.requests,
        article_sources + theme_plan.sources,
        settings.model.max_new_tokens,
    )
    summaries = []
    offset = 0
    for article, plan in zip(articles, plans):
        drafts = article_drafts(article, plan, texts[offset : offset + len(plan)])
        offset += len(plan)
        report(f"verifying the summary of {article.id} {article.title!r}")
        sentences = ground(drafts, tracer, f"article:{article.id}", f"{article.id}.sum")
        summaries.append(Summary(f"article:{article.id}", article.title, [article.id], sentences))
    themes, executive = finish_themes(theme_plan, texts[offset:], summaries, embedder, tracer, settings, report)
    return summaries, themes, executive


def build_briefing(
    articles: list[Article],
    skipped: list[SkippedFile],
    settings: Settings,
    *,
    embedder: Embedder,
    generator: TextGenerator,
    tracer: SupportTracer,
    report: Report,
    today: dt.date | None = None,
) -> Briefing:
    groups = group_duplicates(articles, embedder)
    for group in groups:
        report(f"near-duplicates: {', '.join(group.members)} are one story; summarizing {group.representative}")
    independent = [a for a in articles if a.duplicate_of is None]
    summaries, themes, executive = summarize(independent, embedder, generator, tracer, settings, report)
    today = today or dt.date.today()
    return Briefing(
        title=f"Weekly briefing — {today:%d %B %Y}",
        date=today.isoformat(),
        articles=articles,
        executive_summary=executive,
        themes=themes,
        article_summaries=summaries,
        duplicate_groups=groups,
        skipped_files=skipped,
        settings=settings.as_dict(),
        model=dataclasses.asdict(generator.identity),
        embedder=embedder.name,
        created_at=dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds"),
    )


def output_paths(output_folder: Path, date: str, force: bool = False) -> tuple[Path, Path]:
    """``briefing-DATE.docx`` and its ``.json``; when either exists already (an earlier run of the
    same day, perhaps already reviewed), the first free ``briefing-DATE-2``, ``-3``... unless
    ``force``, which overwrites."""
    number = 1
    while True:
        stem = f"briefing-{date}" if number == 1 else f"briefing-{date}-{number}"
        docx, trace = output_folder / f"{stem}.docx", output_folder / f"{stem}.json"
        if force or not (docx.exists() or trace.exists()):
            return docx, trace
        number += 1


def write_outputs(briefing: Briefing, output_folder: Path, force: bool = False) -> BriefingFiles:
    output_folder.mkdir(parents=True, exist_ok=True)
    docx, trace = output_paths(output_folder, briefing.date, force)
    write_briefing(briefing, docx)
    write_trace(briefing, trace, docx.name)
    return BriefingFiles(docx, trace, briefing)
