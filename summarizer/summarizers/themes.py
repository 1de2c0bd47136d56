"""Cross-article themes and the executive summary.

0. ``theme_points`` finds the points that several articles make (paraphrased sentences),
   most widely made first, and groups them into themes with their points already planned;
   the candidates of step 1 fill any theme slots left (``find_themes``).
1. ``theme_clusters`` groups the candidate sentences of all independent articles (near-
   duplicates were already folded into one representative by the pipeline) and keeps the
   clusters that two or more articles share, best first; each gets a title made of phrases
   that occur in the member sentences of at least two articles (nothing invented).
2. For each theme, ``theme_sentences`` *points* are chosen: pairs of sentences from two
   different articles that say nearly the same thing, picked by similarity and spread by MMR.
   The local model merges each pair into one sentence (short, grounded requests; all themes
   in one batched ``generate`` call).
3. Every draft goes through ``grounding.ground``: traced against the theme's member paragraphs
   of every sharing article and verified; a draft that does not hold up is replaced by the two
   source sentences verbatim, which cite both articles.
4. Executive summary: the lead point of each top theme, traced again against all articles'
   body paragraphs (section "executive"), topped up with the most central article-summary
   sentences when there are fewer themes than points wanted.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Callable, Sequence

import numpy as np

from summarizer.config import Settings
from summarizer.dom import Article, Paragraph, Sentence, Summary, Theme
from summarizer.llm.base import Request, TextGenerator
from summarizer.nlp.embedder import Embedder
from summarizer.nlp.text import key_terms
from summarizer.summarizers.condense import condense, condense_request, merge_request
from summarizer.summarizers.grounding import Draft, SupportTracer, ground
from summarizer.summarizers.theme_clusters import (
    ABSORB_SHARE,
    POINT_SIMILARITY,
    Cluster,
    SentenceSpace,
    build_space,
    find_clusters,
)
from summarizer.summarizers.theme_points import point_themes

from summarizer.summarizers.theme_contrast import Contrast, find_contrast, ground_contrast

Report = Callable[[str], None]

# MMR trade-off when spreading a theme's points: 1.0 = most similar pairs only.
POINT_MMR_LAMBDA = 0.6
# Rows of one theme considered when pairing (most central first) -- bounds the pair count.
MAX_PAIR_ROWS = 300
# Score lost per source sentence too long to be condensed well.
LONG_PENALTY = 0.1
# Score gained per name or number the pair shares (at most three).
SPECIFIC_BONUS = 0.03
# A point this close (cosine of pair vectors) to one of an earlier theme is a repeat.
REPEATED_POINT = 0.85
# Sentences a theme must have planned to be kept (or theme_sentences, if smaller): a theme
# is what several points have in common; a single point is already in the article sections.
MIN_THEME_SENTENCES = 2


@dataclass
class Point:
    """A theme sentence to write: source sentences from two (or more) articles."""

    rows: tuple[int, ...]
    similarity: float
    members: tuple[int, ...] = ()  # every sentence making the point (theme_points), rows included


@dataclass
class PlannedTheme:
    cluster: Cluster
    points: list[Point]
    contrast: Contrast | None = None


@dataclass
class ThemePlan:
    """Everything the themes need from the model, asked before any of it is written: the
    pipeline sends these requests in the same batch as the article summaries'."""

    articles: list[Article]
    space: SentenceSpace | None
    plans: list[PlannedTheme]
    requests: list[Request]
    sources: list[str]  # what each request is written from (condense's length check)


def plan_themes(
    articles: list[Article], embedder: Embedder, settings: Settings, report: Callable[[str], None]
) -> ThemePlan:
    """Find the themes shared by >= 2 independent articles and plan their sentences."""
    options = settings.summary
    independent = [a for a in articles if a.duplicate_of is None]
    if len(independent) < 2 or options.max_themes <= 0:
        report(f"themes: 0 shared by two or more of {len(independent)} articles")
        return ThemePlan(independent, None, [], [], [])
    space = build_space(independent, embedder, options.min_sentence_words)
    clusters = find_themes(space, options.max_themes, options.theme_sentences, options.max_sentence_words)
    report(f"themes: {len(clusters)} shared by two or more of {len(independent)} articles")
    plans = plan_theme_sentences(space, clusters, settings)
    requests, sources = theme_requests(space, plans)
    return ThemePlan(independent, space, plans, requests, sources)


def finish_themes(
    plan: ThemePlan,
    drafted: Sequence[str | None],
    summaries: list[Summary],
    embedder: Embedder,
    tracer: SupportTracer,
    settings: Settings,
    report: Callable[[str], None],
) -> tuple[list[Theme], Summary | None]:
    """Ground the drafted theme sentences (one per ``plan.requests``) and write the
    executive summary."""
    themes: list[Theme] = []
    lead_drafts: list[Draft] = []
    if plan.space is not None:
        themes, lead_drafts = ground_themes(plan.space, plan.plans, drafted, plan.articles, tracer, report)
    executive = executive_summary(plan.articles, summaries, lead_drafts, embedder, tracer, settings, report)
    return themes, executive


def build_themes(
    articles: list[Article],
    summaries: list[Summary],
    embedder: Embedder,
    generator: TextGenerator,
    tracer: SupportTracer,
    settings: Settings,
    report: Callable[[str], None],
) -> tuple[list[Theme], Summary | None]:
    """Themes shared by >= 2 independent articles, and the executive summary, with their own
    generate call (the pipeline instead shares one with the article summaries)."""
    plan = plan_themes(articles, embedder, settings, report)
    drafted = draft_theme_sentences(plan.requests, plan.sources, generator, settings, report)
    return finish_themes(plan, drafted, summaries, embedder, tracer, settings, report)


def find_themes(space: SentenceSpace, max_themes: int, per_theme: int, max_words: int = 70) -> list[Cluster]:
    """Themes of widely made points first (``theme_points``), then the named and semantic
    subjects of ``theme_clusters`` that those do not already hold: up to ``max_themes``, plus
    as many spares (``write_themes`` keeps the first ``max_themes`` that still have a sentence
    to write once earlier themes have taken theirs)."""
    chosen = point_themes(space, max_themes, per_theme, max_words)
    for cluster in find_clusters(space, 2 * max_themes):
        if len(chosen) >= 2 * max_themes:
            break
        rows = set(cluster.rows)
        if any(len(rows & set(theme.rows)) > ABSORB_SHARE * len(rows) for theme in chosen):
            continue
        chosen.append(cluster)
    return chosen


def write_themes(
    space: SentenceSpace,
    clusters: Sequence[Cluster],
    articles: Sequence[Article],
    generator: TextGenerator,
    tracer: SupportTracer,
    settings: Settings,
    report: Report,
) -> tuple[list[Theme], list[Draft]]:
    """Plan the clusters' points, draft them in one batch, ground them; (themes, lead drafts)."""
    plans = plan_theme_sentences(space, clusters, settings)
    requests, sources = theme_requests(space, plans)
    drafted = draft_theme_sentences(requests, sources, generator, settings, report)
    return ground_themes(space, plans, drafted, articles, tracer, report)


def plan_theme_sentences(space: SentenceSpace, clusters: Sequence[Cluster], settings: Settings) -> list[PlannedTheme]:
    """Plan the clusters' points in order, keeping the first ``max_themes`` clusters left with
    at least ``MIN_THEME_SENTENCES`` sentences to write."""
    options = settings.summary
    taken: list[np.ndarray] = []  # vectors of points already planned, across themes
    used: set[int] = set()  # sentences already planned, across themes
    plans: list[PlannedTheme] = []
    needed = min(MIN_THEME_SENTENCES, options.theme_sentences)
    for cluster in clusters:
        if len(plans) >= options.max_themes:
            break
        used_before, taken_before = set(used), len(taken)
        plan = plan_theme(space, cluster, options.theme_sentences, options.max_sentence_words, taken, used)
        if len(plan.points) + (plan.contrast is not None) >= needed:
            plans.append(plan)
        else:  # too little left to say: its sentences stay free for the clusters after it
            used.clear()
            used.update(used_before)
            del taken[taken_before:]
    return plans


def theme_requests(space: SentenceSpace, plans: Sequence[PlannedTheme]) -> tuple[list[Request], list[str]]:
    """The model requests for every theme point and contrast clause, in plan order, and the
    source text each is written from."""
    requests: list[Request] = []
    sources: list[str] = []
    for plan in plans:
        for point in plan.points:
            texts = [space.units[r].sentence.text for r in point.rows]
            requests.append(merge_request(texts))
            sources.append(" ".join(texts))
        if plan.contrast is not None:
            for row in plan.contrast.rows:
                unit = space.units[row]
                requests.append(condense_request(unit.article.title, "", unit.sentence.text))
                sources.append(unit.sentence.text)
    return requests, sources


def draft_theme_sentences(
    requests: list[Request], sources: list[str], generator: TextGenerator, settings: Settings, report: Report
) -> list[str | None]:
    if requests:
        report(f"writing {len(requests)} theme sentences with {generator.identity.name}")
    return condense(generator, requests, sources, settings.model.max_new_tokens)


def ground_themes(
    space: SentenceSpace,
    plans: Sequence[PlannedTheme],
    drafted: Sequence[str | None],
    articles: Sequence[Article],
    tracer: SupportTracer,
    report: Report,
) -> tuple[list[Theme], list[Draft]]:
    """Verify the drafted sentences of ``plans`` (in ``theme_requests`` order) into themes;
    also the first draft of each theme, for the executive summary."""
    themes: list[Theme] = []
    lead_drafts: list[Draft] = []
    offset = 0
    for number, plan in enumerate(plans, 1):
        cluster = plan.cluster
        title = cluster.title
        theme_id = f"T{number}"
        candidates = theme_paragraphs(articles, cluster)
        drafts = []
        for point in plan.points:
            sentences = tuple(space.units[r].sentence for r in point.rows)
            drafts.append(Draft(drafted[offset], sentences, point_paragraphs(space, point, candidates)))
            offset += 1
        report(f"verifying theme {theme_id} {title!r} ({', '.join(cluster.article_ids)})")
        sentences = ground(drafts, tracer, f"theme:{theme_id}", theme_id)
        if plan.contrast is not None:
            clauses = (drafted[offset], drafted[offset + 1])
            offset += 2
            report(f"theme {theme_id}: articles differ ({', '.join(plan.contrast.cues)}); writing both sides")
            sentences.append(
                ground_contrast(
                    plan.contrast, space, clauses, tracer, candidates,
                    f"theme:{theme_id}", f"{theme_id}.{len(sentences) + 1}",
                )
            )
        summary = Summary(f"theme:{theme_id}", title, list(cluster.article_ids), sentences)
        themes.append(
            Theme(
                id=theme_id,
                title=title,
                article_ids=list(cluster.article_ids),
                paragraph_ids=list(cluster.paragraph_ids),
                similarity=round(cluster.similarity, 4),
                summary=summary,
            )
        )
        if drafts:
            lead_drafts.append(drafts[0])
    return themes, lead_drafts


def plan_theme(
    space: SentenceSpace,
    cluster: Cluster,
    count: int,
    max_words: int,
    taken: list[np.ndarray] | None = None,
    used: set[int] | None = None,
) -> PlannedTheme:
    """The theme's points. With room for two or more sentences, a disagreement between
    articles, when there is one, is planned first (it tells a reader more than one more point
    of agreement) and the points are chosen among the other sentences."""
    used = used if used is not None else set()
    if cluster.points:
        return plan_selected(space, cluster, count, used)
    contrast = find_contrast(space, cluster, exclude=used) if count >= 2 else None
    if contrast is None:
        plan = PlannedTheme(cluster, plan_points(space, cluster, count, max_words, exclude=used, taken=taken))
    else:
        points = plan_points(space, cluster, count - 1, max_words, exclude=used | set(contrast.rows), taken=taken)
        plan = PlannedTheme(cluster, points, contrast)
        used.update(contrast.rows)
    used.update(r for point in plan.points for r in point.rows)
    return plan


def plan_selected(space: SentenceSpace, cluster: Cluster, count: int, used: set[int]) -> PlannedTheme:
    """A theme whose points were chosen with it (``theme_points``): its points in order, then a
    disagreement between its member sentences when there is room for one. Here a point
    already stands for a claim several articles make; the cue-based disagreement test is
    weaker evidence (on 100 generated news articles its finds were mostly paraphrases), so it
    does not displace a point."""
    members = cluster.point_members or [()] * len(cluster.points)
    planned = [(rows, more) for rows, more in zip(cluster.points, members) if not used & set(rows)][:count]
    points = [
        Point(
            tuple(sorted(rows, key=lambda r: space.units[r].article.id)),
            float(space.similarity[rows[0], rows[1]]),
            tuple(more),
        )
        for rows, more in planned
    ]
    used.update(r for point in points for r in point.rows)
    contrast = None
    if len(points) < count and count >= 2:
        contrast = find_contrast(space, cluster, exclude=used)
        if contrast is not None:
            used.update(contrast.rows)
    return PlannedTheme(cluster, points, contrast)


def plan_points(
    space: SentenceSpace,
    cluster: Cluster,
    count: int,
    max_words: int = 70,
    exclude: set[int] | None = None,
    taken: list[np.ndarray] | None = None,
) -> list[Point]:
    """Cross-article sentence pairs that state one point, diverse by MMR.

    Pair score = blended similarity + a small bonus for points many articles make + a small
    bonus per name or number both sentences contain (a reported fact, not a generality),
    minus a penalty per sentence longer than ``max_words`` (it can only be quoted whole).
    A pair as close as ``REPEATED_POINT`` to a point planned for an earlier theme (``taken``,
    updated here) is not used again.
    """
    rows = np.array([r for r in cluster.rows if r not in (exclude or set())], dtype=int)
    if len(rows) < 2 or count <= 0:
        return []
    vectors = space.vectors[rows]
    if len(rows) > MAX_PAIR_ROWS:
        centroid = vectors.mean(axis=0)
        keep = np.argsort(-(vectors @ centroid), kind="stable")[:MAX_PAIR_ROWS]
        rows, vectors = rows[np.sort(keep)], vectors[np.sort(keep)]
    sub = space.similarity[np.ix_(rows, rows)]
    owners = np.array([space.units[r].article.id for r in rows])
    # How widely a sentence's point is shared: distinct other articles with a close sentence.
    close = (sub >= POINT_SIMILARITY) & (owners[:, None] != owners[None, :])
    spread = np.array([len(set(owners[close[i]])) for i in range(len(rows))])
    i_idx, j_idx = np.triu_indices(len(rows), k=1)
    cross = owners[i_idx] != owners[j_idx]
    i_idx, j_idx = i_idx[cross], j_idx[cross]
    if len(i_idx) == 0:
        return []
    pair_sim = sub[i_idx, j_idx]
    long = np.array([space.units[r].words > max_words for r in rows], dtype=np.float32)
    score = pair_sim + 0.05 * np.log1p(spread[i_idx] + spread[j_idx]) - LONG_PENALTY * (long[i_idx] + long[j_idx])
    # Only the best pairs compete; MMR over all of a large theme is wasted work.
    top = np.argsort(-score, kind="stable")[:2000]
    keys = {int(r): key_terms(space.units[int(r)].sentence.text) for r in set(i_idx[top]) | set(j_idx[top])}
    for k in top:
        shared = len(keys[int(i_idx[k])] & keys[int(j_idx[k])])
        score[k] += SPECIFIC_BONUS * min(shared, 3)
    top = top[np.argsort(-score[top], kind="stable")][:500]
    pair_vectors = vectors[i_idx] + vectors[j_idx]
    pair_vectors /= np.linalg.norm(pair_vectors, axis=1, keepdims=True) + 1e-9
    earlier = np.stack(taken) if taken else None
    if earlier is not None:
        repeated = (pair_vectors[top] @ earlier.T).max(axis=1) >= REPEATED_POINT
        top = top[~repeated]
    chosen: list[int] = []
    used: set[int] = set()
    while len(chosen) < count:
        best, best_value = None, -np.inf
        for k in top:
            if int(i_idx[k]) in used or int(j_idx[k]) in used:
                continue
            redundancy = max((float(pair_vectors[k] @ pair_vectors[c]) for c in chosen), default=0.0)
            value = POINT_MMR_LAMBDA * score[k] - (1 - POINT_MMR_LAMBDA) * redundancy
            if value > best_value:
                best, best_value = int(k), value
        if best is None:
            break
        chosen.append(best)
        used |= {int(i_idx[best]), int(j_idx[best])}
        if taken is not None:
            taken.append(pair_vectors[best])
    points = []
    for k in chosen:
        a, b = int(rows[i_idx[k]]), int(rows[j_idx[k]])
        ordered = tuple(sorted((a, b), key=lambda r: space.units[r].article.id))
        points.append(Point(ordered, float(pair_sim[k])))
    return points


def point_paragraphs(space: SentenceSpace, point: Point, candidates: tuple[Paragraph, ...]) -> tuple[Paragraph, ...]:
    """Where a point's sentence is traced: the theme's paragraphs that make the point (its own
    and its echoes'), so that it cites the articles making it rather than the theme at large."""
    if not point.members:
        return candidates
    wanted = {space.units[r].paragraph.id for r in (*point.rows, *point.members)}
    return tuple(p for p in candidates if p.id in wanted) or candidates


def theme_paragraphs(articles: Sequence[Article], cluster: Cluster) -> tuple[Paragraph, ...]:
    wanted = set(cluster.paragraph_ids)
    return tuple(p for a in articles for p in a.body_paragraphs if p.id in wanted)


def executive_summary(
    articles: Sequence[Article],
    summaries: Sequence[Summary],
    lead_drafts: Sequence[Draft],
    embedder: Embedder,
    tracer: SupportTracer,
    settings: Settings,
    report: Report,
) -> Summary | None:
    count = settings.summary.executive_sentences
    if count <= 0 or not articles:
        return None
    everything = tuple(p for a in articles for p in a.body_paragraphs)
    drafts = [Draft(d.text, d.sources, everything) for d in lead_drafts[:count]]
    if len(drafts) < count:
        drafts += fill_from_summaries(articles, summaries, embedder, count - len(drafts), everything, drafts)
    if not drafts:
        return None
    report(f"verifying the executive summary ({len(drafts)} points)")
    sentences = ground(drafts, tracer, "executive", "exec")
    ids = list(dict.fromkeys(a.id for a in articles))
    return Summary("executive", "Executive summary", ids, sentences)


def fill_from_summaries(
    articles: Sequence[Article],
    summaries: Sequence[Summary],
    embedder: Embedder,
    count: int,
    candidates: tuple[Paragraph, ...],
    taken: Sequence[Draft],
) -> list[Draft]:
    """The article-summary sentences most central to the whole set, one article at a time."""
    by_id: dict[str, Sentence] = {s.id: s for a in articles for p in a.body_paragraphs for s in p.sentences}
    used = {s.id for d in taken for s in d.sources}
    pool = []
    for summary in summaries:
        for sentence in summary.sentences:
            sources = tuple(by_id[i] for i in sentence.source_sentence_ids if i in by_id)
            if not sources or used & {s.id for s in sources}:
                continue
            text = sentence.text if sentence.origin == "rewrite" else None
            pool.append((summary.article_ids[0] if summary.article_ids else "", Draft(text, sources, candidates)))
    if not pool:
        return []
    vectors = embedder.encode([d.text or d.fallback for _, d in pool])
    centroid = vectors.mean(axis=0)
    centrality = vectors @ (centroid / (np.linalg.norm(centroid) or 1.0))
    order = np.argsort(-centrality, kind="stable")
    out: list[Draft] = []
    seen_articles: set[str] = set()
    # First pass: one point per article (breadth); second pass: the rest by centrality.
    for strict in (True, False):
        for index in order:
            article_id, draft = pool[int(index)]
            if draft in out or (strict and article_id in seen_articles):
                continue
            out.append(draft)
            seen_articles.add(article_id)
            if len(out) >= count:
                return out
    return out
