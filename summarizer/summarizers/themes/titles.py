"""A theme's title: 2-7 words naming its topic, in the articles' own words.

The model proposes a title from the theme's most central sentences (``title_request``, sent in
the same batch as the shortening requests); it is kept only when every content word of it
occurs in those sentences (``checked_title``), so nothing is invented. Otherwise the title is a
phrase the sentences share (``choose_title``):

Candidate phrases are runs of content words (split at stop words and punctuation, as in RAKE),
optionally joined by one "of"/"for"/"to"/"on"/"with"/"and" ("arms deliveries to Iran"). A title
must occur in sentences of at least two of the theme's articles when any such phrase exists
(else in its most central sentence): it is the articles' own wording, never invented. Among
those, the phrase closest to the theme's centre (MiniLM cosine) wins; words that run through
the whole story ("Russia", "Iran" in a set on Russia–Iran relations) name the story, not the
topic, so a title needs at least one other word.
"""

from __future__ import annotations

import re
from typing import Sequence

import numpy as np

from summarizer.llm.base import Request
from summarizer.nlp.embedder import Embedder
from summarizer.nlp.tagger import FINITE_VERB_TAGS, tag_spans
from summarizer.nlp.text import STOP_WORDS, stem, unquoted, words

MIN_TITLE_WORDS = 2
MAX_TITLE_WORDS = 7
_CONNECTORS = frozenset("of for to on with and".split())
_WORD = re.compile(r"[^\W_]+(?:[-'’][^\W_]+)*", re.UNICODE)
# Words that make a weak title on their own ("issue", "statement"); a phrase of only these and
# story words is skipped.
_VAGUE = frozenset(
    """issue issues matter matters thing things way ways part statement statements view views
    fact recent recently also new time times year years one two many much several various""".split()
)


def reads_as_noun_phrase(title: str) -> bool:
    """Whether ``title``, tagged alone, holds no finite verb and ends on a noun or number: "Dodge
    continues" (a SummHay theme's title, 2026-12-06) is a clause cut short, not a topic."""
    tags = [tag for _, _, tag in tag_spans(title) if tag not in (".", ",", ":", "``", "''", "POS")]
    return bool(tags) and not any(t in FINITE_VERB_TAGS for t in tags) and tags[-1].startswith(("NN", "CD"))


def _key(word: str) -> str:
    return stem(word.lower().replace("’", "'").removesuffix("'s"))


def phrases(text: str) -> list[str]:
    """Candidate phrases of ``text`` (surface forms)."""
    chunks: list[list[str]] = [[]]
    separators: list[str] = []
    position = 0
    for match in _WORD.finditer(text):
        gap = text[position : match.start()]
        position = match.end()
        word = match.group()
        lower = word.lower()
        if lower in STOP_WORDS or any(c in gap for c in ",;:.()\"“”—–") or lower.isdigit():
            if chunks[-1]:
                chunks.append([])
                separators.append(lower if lower in _CONNECTORS and not any(c in gap for c in ",;:.()\"“”—–") else "")
            if lower in STOP_WORDS or lower.isdigit():
                continue
        chunks[-1].append(word)
    out: list[str] = []
    for i, chunk in enumerate(chunks):
        if not chunk:
            continue
        out.extend(_subphrases(chunk))
        joiner = separators[i] if i < len(separators) else ""
        if joiner and i + 1 < len(chunks) and chunks[i + 1]:
            joined = chunk + [joiner] + chunks[i + 1]
            if len(joined) <= MAX_TITLE_WORDS:
                out.append(" ".join(joined))
    return list(dict.fromkeys(out))


def _subphrases(chunk: list[str]) -> list[str]:
    out = []
    for size in range(MIN_TITLE_WORDS, min(len(chunk), MAX_TITLE_WORDS) + 1):
        for start in range(len(chunk) - size + 1):
            out.append(" ".join(chunk[start : start + size]))
    return out


def _keys(phrase: str) -> tuple[str, ...]:
    return tuple(_key(w) for w in _WORD.findall(phrase) if w.lower() not in _CONNECTORS)


def choose_title(
    sentences: Sequence[str],
    article_ids: Sequence[str],
    centre: np.ndarray,
    story_words: set[str],
    embedder: Embedder,
) -> str | None:
    """The title for a theme whose sentences (with their article ids) are given, most central
    first; None when no sentence yields a phrase."""
    shared: dict[tuple[str, ...], set[str]] = {}
    surface: dict[tuple[str, ...], str] = {}
    for text, article_id in zip(sentences, article_ids):
        for phrase in phrases(text):
            key = _keys(phrase)
            if len(key) < MIN_TITLE_WORDS - 1 or all(k in story_words or k in _VAGUE for k in key):
                continue
            shared.setdefault(key, set()).add(article_id)
            surface.setdefault(key, phrase)
    shared = {k: ids for k, ids in shared.items() if reads_as_noun_phrase(surface[k])}
    candidates = [k for k, ids in shared.items() if len(ids) >= 2]
    if not candidates and sentences:
        first = {_keys(p) for p in phrases(sentences[0])}
        candidates = [k for k in shared if k in first]
    if not candidates:
        return None
    texts = [surface[k] for k in candidates]
    similarity = embedder.encode(texts) @ centre
    # Closest to the centre; a phrase shared by more articles, then a longer one, breaks ties.
    best = max(
        range(len(candidates)),
        key=lambda i: (round(float(similarity[i]), 2) + 0.05 * len(shared[candidates[i]]), len(candidates[i])),
    )
    title = texts[best]
    return title[:1].upper() + title[1:]


TITLE_SYSTEM = (
    "You write headings for a news briefing. Given sentences from several articles on one topic, "
    "reply with a 2 to 6 word noun phrase naming that topic, using words from the sentences. "
    "Reply with the phrase only."
)


def title_request(sentences: Sequence[str]) -> Request:
    listed = "\n".join(f"- {s}" for s in sentences)
    return Request(TITLE_SYSTEM, f"Sentences:\n{listed}\nTopic:")


def checked_title(line: str | None, sentences: Sequence[str], story_words: set[str]) -> str | None:
    """The model's title when it is a 2-7-word noun phrase (``reads_as_noun_phrase``), every
    content word of it occurs (by stem) in ``sentences``, and it names more than the story's
    subject; else None."""
    if not line:
        return None
    title = unquoted(line.strip().splitlines()[0].strip()).strip(" .:;-*#")
    title = title.removeprefix("Topic:").strip()
    found = words(title)
    if not MIN_TITLE_WORDS <= len(found) <= MAX_TITLE_WORDS:
        return None
    known = {stem(w) for s in sentences for w in words(s)}
    content = [w for w in found if w not in STOP_WORDS]
    if not content or any(stem(w) not in known for w in content):
        return None
    if all(stem(w) in story_words or w in _VAGUE for w in content):
        return None
    if not reads_as_noun_phrase(title):
        return None
    return title[:1].upper() + title[1:]
