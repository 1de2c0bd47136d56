"""The main job, one way through the stages:

read → clean → group duplicates → plan (each article's candidate sentences, stories and
themes, the executive summary's candidates) → shorten (model, one request per sentence, in
batched rounds for the places still open) → assemble (each section takes its sentences once,
traced and verified) → write the .docx and the JSON trace.

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
from summarizer.dom import Article, Briefing, Sentence, SkippedFile, Summary, Theme
from summarizer.errors import InputError
from summarizer.llm.base import GenerationStats, Request, TextGenerator
from summarizer.nlp.embedder import Embedder
from summarizer.parsers.reader import read_folder
from summarizer.render.docx_writer import write_briefing
from summarizer.render.trace_json import write_trace
from summarizer.summarizers.article import ArticlePlan, plan_article
from summarizer.summarizers.assemble import assemble, choose
from summarizer.summarizers.compress import (
    MAX_NEW_TOKENS,
    first_line,
    parts_request,
    read_parts,
    read_shortened,
    shorten_request,
)
from summarizer.summarizers.deletion import Compression
from summarizer.summarizers.executive import plan_executive
from summarizer.summarizers.grounding import SupportTracer
from summarizer.summarizers.pool import SentencePool, build_pool
from summarizer.summarizers.themes import ThemePlan, plan_themes
from summarizer.summarizers.themes.titles import checked_title, title_request

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


@dataclass(frozen=True)
class BriefingPlan:
    """Which sentences each section may print, and the model requests that shorten them."""

    pool: SentencePool
    articles: list[ArticlePlan]
    themes: ThemePlan
    executive: list[tuple[int, Sentence]]
    sentences: list[Sentence]  # every sentence a section may print (``summarize`` asks about fewer)


def plan_briefing(articles: list[Article], embedder: Embedder, settings: Settings) -> BriefingPlan:
    """Plan every section of the independent ``articles`` before the model is asked anything."""
    options = settings.summary
    pool = build_pool(articles, embedder, options.min_sentence_words, options.max_sentence_words)
    plans = [plan_article(article, embedder, options) for article in articles]
    theme_plan = plan_themes(pool, embedder, options.max_themes)
    executive = plan_executive(theme_plan.stories, {plan.article.id: plan for plan in plans}, pool)
    wanted: dict[str, dict[str, Sentence]] = {a.id: {} for a in articles}
    for plan in plans:
        for selection in plan.candidates:
            wanted[plan.article.id][selection.sentence.id] = selection.sentence
    for theme in theme_plan.themes:
        for article_id, lines in theme.options.items():
            for sentence in lines:
                wanted[article_id][sentence.id] = sentence
    # The executive summary's first candidates, with spares for those that fail a check.
    for _, sentence in executive[: 2 * options.executive_sentences]:
        wanted[sentence.article_id][sentence.id] = sentence
    sentences = [s for a in articles for s in sorted(wanted[a.id].values(), key=lambda s: s.start)]
    return BriefingPlan(pool, plans, theme_plan, executive, sentences)


def summarize(
    articles: list[Article],
    embedder: Embedder,
    generator: TextGenerator,
    tracer: SupportTracer,
    settings: Settings,
    report: Report,
) -> tuple[list[Summary], list[Theme], Summary | None]:
    """Article summaries, themes and the executive summary of the independent ``articles``.

    Everything is planned first (``plan_briefing``), then the sentences the sections want are
    shortened in batched rounds (``shorten_in_rounds``, one short request per sentence), and
    finally each section takes its sentences, once each, and checks them (``assemble``).
    """
    plan = plan_briefing(articles, embedder, settings)
    report(
        f"themes: {len(plan.themes.themes)} candidates shared by two or more articles; "
        f"{len(plan.themes.stories)} {'story' if len(plan.themes.stories) == 1 else 'stories'} "
        f"among {len(articles)} articles"
    )
    compressions, titles = shorten_in_rounds(plan, articles, generator, settings, report)
    themes = ThemePlan(
        plan.themes.stories,
        [
            dataclasses.replace(t, title=checked_title(title, t.central, set(t.story_words)) or t.title)
            for t, title in zip(plan.themes.themes, titles)
        ],
    )
    report("choosing and verifying the briefing's sentences")
    summaries, printed, executive = assemble(
        articles, plan.articles, themes, plan.executive, compressions, plan.pool, tracer, settings.summary
    )
    if len(printed) < len(themes.themes):
        # The progress line above counted candidates; say how many reached the page, so that a
        # reader of the log does not look for the others (a new user's question, 2026-12-06).
        report(f"themes printed: {len(printed)} of {len(themes.themes)} (a theme needs two lines from two "
               "articles that pass the checks and are in no other section)")
    return summaries, printed, executive


# Rounds of shortening requests: the first asks for each section's places, the next ones only
# for places the refused sentences left open (assemble.SPARES_PER_ROUND); a fifth call only
# chooses parts. Each round is one batched call whose shared system prefix the llama.cpp
# backend keeps from the last (llamacpp.KEPT_PREFIXES).
SHORTEN_ROUNDS = 4


def shorten_in_rounds(
    plan: BriefingPlan, articles: list[Article], generator: TextGenerator, settings: Settings, report: Report
) -> tuple[dict[str, Compression], list[str | None]]:
    """The model's shortened form of every sentence the sections want, asked as needed, and the
    themes' titles.

    Each round is one batched call. It asks (a) to shorten the sentences the sections would try
    next (``assemble.choose``: the first candidates for the places still open) and
    (b) to choose the parts of the sentences whose shortened line the last round refused (a
    second, cheaper try: whole parts are deletions the checks accept by construction). Asking
    for every candidate up front cost a week of 30 articles 332 requests, most of them spares
    that no section needed (bench/RESULTS.md).
    """
    compressions: dict[str, Compression] = {}
    awaiting_parts: dict[str, Request] = {}  # refused by the checks; its parts not asked yet
    refused: dict[str, Compression] = {}  # the refused line, kept: its ``quote`` may still serve
    titles: list[str | None] = [None] * len(plan.themes.themes)
    for number in range(SHORTEN_ROUNDS + 1):
        choice = choose(articles, plan.articles, plan.themes, plan.executive, compressions, plan.pool, settings.summary)
        parts = [s for s in choice.wanted if s.id in awaiting_parts]
        shorten = [s for s in choice.wanted if s.id not in awaiting_parts] if number < SHORTEN_ROUNDS else []
        title_requests = [title_request(t.central) for t in plan.themes.themes] if number == 0 else []
        if not (shorten or parts or title_requests):
            break
        if number == 0:
            report(
                f"shortening {len(shorten)} sentences of {len(articles)} articles and naming "
                f"{len(title_requests)} themes with {generator.identity.name}"
            )
        else:
            report(
                f"round {number + 1}: shortening {len(shorten)} more sentences for places left open"
                + (f", choosing the parts of {len(parts)} refused ones" if parts else "")
            )
        requests = (
            [shorten_request(s) for s in shorten] + [awaiting_parts[s.id] for s in parts] + title_requests
        )
        # One call: its rows are decoded together (a shortened line is ~30 tokens and ends at its
        # first finished line; a choice of parts, a few tokens, ends at the end token).
        outputs = generator.generate(requests, max_new_tokens=MAX_NEW_TOKENS, stop_at_line=True)
        for sentence, compression in zip(shorten, read_shortened(outputs[: len(shorten)], shorten)):
            request = parts_request(sentence) if compression.text is None else None
            if request is None:
                compressions[sentence.id] = compression
            else:
                awaiting_parts[sentence.id] = request
                refused[sentence.id] = compression
        answers = outputs[len(shorten) : len(shorten) + len(parts)]
        for sentence, answer in zip(parts, answers):
            del awaiting_parts[sentence.id]
            chosen = read_parts(answer, sentence)
            compressions[sentence.id] = chosen if chosen.text is not None else refused[sentence.id]
        if title_requests:
            titles = [first_line(o) for o in outputs[len(shorten) + len(parts) :]]
    # Refused lines whose parts no section needed after all.
    for sentence_id in awaiting_parts:
        compressions[sentence_id] = refused[sentence_id]
    return compressions, titles


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
        # the day without a leading zero, as the date line and the footer print it ("7 December")
        title=f"Weekly briefing — {today.day} {today:%B %Y}",
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
