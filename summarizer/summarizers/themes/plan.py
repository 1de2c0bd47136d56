"""Plan the themes: stories → topics → each article's candidate lines → title."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

import numpy as np

from summarizer.dom import Paragraph, Sentence
from summarizer.nlp.embedder import Embedder
from summarizer.nlp.text import STOP_WORDS, stem, words
from summarizer.summarizers.pool import SentencePool
from summarizer.summarizers.themes.stories import group_stories
from summarizer.summarizers.themes.titles import choose_title
from summarizer.summarizers.themes.topics import Topic, find_topics

# Candidate lines kept per article and theme: the first that shortens well and is not used
# elsewhere in the briefing is printed.
LINE_OPTIONS = 3
# Sentences shown to the model for a title: the theme's most central, a few, kept short.
TITLE_SENTENCES = 4
# A word in more than this share of a story's sentences names the story itself (title_for).
STORY_WORD_SHARE = 0.25


@dataclass(frozen=True)
class PlannedTheme:
    title: str
    article_ids: tuple[str, ...]
    options: dict[str, tuple[Sentence, ...]]  # per article: its lines, most central first
    paragraphs: tuple[Paragraph, ...]  # member paragraphs of every sharing article
    similarity: float  # cohesion of the topic, recorded in the trace
    central: tuple[str, ...] = ()  # its most central sentences, for the model's title
    story_words: frozenset[str] = frozenset()  # stems that name the whole story, not the topic


@dataclass(frozen=True)
class ThemePlan:
    stories: list[list[str]]  # article ids per story, largest story first
    themes: list[PlannedTheme]


def plan_themes(pool: SentencePool, embedder: Embedder, max_themes: int) -> ThemePlan:
    ids = [a.id for a in pool.articles]
    article_vectors = np.stack([pool.article_vector(i) for i in ids]) if ids else np.zeros((0, 1))
    stories = [[ids[i] for i in group] for group in group_stories(article_vectors)]
    themes: list[tuple[int, PlannedTheme]] = []
    for story in stories:
        if len(story) < 2:
            continue
        rows = [r for a in story for r in pool.rows_of(a)]
        if not rows:
            continue
        vectors = pool.vectors[rows]
        article_ids = [pool.sentences[r].article_id for r in rows]
        story_words = _story_words([pool.sentences[r].text for r in rows])
        found = [_plan_topic(pool, rows, topic, story_words, embedder) for topic in find_topics(vectors, article_ids)]
        themes.extend((rank, theme) for rank, theme in enumerate(t for t in found if t is not None))
    # Every story's best topic before any story's second: a week of five stories should not
    # spend its theme slots on one of them.
    themes.sort(key=lambda item: (item[0], -len(item[1].article_ids), -item[1].similarity))
    return ThemePlan(stories, [theme for _, theme in themes[:max_themes]])


def _story_words(texts: list[str]) -> set[str]:
    counts: Counter[str] = Counter()
    for text in texts:
        counts.update({stem(w) for w in words(text) if w not in STOP_WORDS})
    return {w for w, n in counts.items() if n > STORY_WORD_SHARE * len(texts)}


def _plan_topic(
    pool: SentencePool, story_rows: list[int], topic: Topic, story_words: set[str], embedder: Embedder
) -> PlannedTheme | None:
    members = [story_rows[r] for r in topic.rows]
    centre = pool.vectors[members].mean(axis=0)
    centre /= np.linalg.norm(centre) or 1.0
    ordered = sorted(members, key=lambda r: -float(pool.vectors[r] @ centre))
    options: dict[str, list[Sentence]] = {}
    for row in ordered:
        sentence = pool.sentences[row]
        options.setdefault(sentence.article_id, [])
        if len(options[sentence.article_id]) < LINE_OPTIONS:
            options[sentence.article_id].append(sentence)
    title = choose_title(
        [pool.sentences[r].text for r in ordered],
        [pool.sentences[r].article_id for r in ordered],
        centre,
        story_words,
        embedder,
    )
    if title is None:
        return None
    paragraphs = tuple(dict.fromkeys(pool.paragraphs[r].id for r in members))
    by_id = {pool.paragraphs[r].id: pool.paragraphs[r] for r in members}
    return PlannedTheme(
        title=title,
        article_ids=topic.articles,
        options={a: tuple(s) for a, s in options.items()},
        paragraphs=tuple(by_id[p] for p in paragraphs),
        similarity=topic.cohesion,
        central=tuple(pool.sentences[r].text for r in ordered[:TITLE_SENTENCES]),
        story_words=frozenset(story_words),
    )
