"""Find the topics that two or more independent articles discuss.

Unit: the *sentence*. Paragraphs of analysis pieces mix several subjects, and many inputs
(wire copy, generated news) come as one or two huge paragraphs; a sentence carries one claim.
A theme's member paragraphs are the paragraphs its sentences come from.

Two kinds of candidate theme, scored on one scale and chosen together:

- **Anchored**: a distinctive phrase used by two or more articles -- a name ("Persian Gulf"),
  a code or acronym ("S-400", "JCPOA") or a repeated two-word term ("nuclear deal") -- with the
  sentences that use it. Articles on one subject share their subject words everywhere, so a
  name found in more than ``MAX_ANCHOR_SHARE`` of all sentences and in nearly every article
  (the set's own subject, "Russia", "Iran") is not a theme, nor are its derived forms.
- **Semantic**: average-linkage clusters of sentences by blended similarity (MiniLM cosine
  and IDF bag-of-words cosine); they catch the same point made in different words, as in many
  reports of one event.

A candidate is *shared* by the articles whose member sentences have a close counterpart in
another article's members (blended similarity >= ``SHARED_SIMILARITY``): a phrase that two
articles use about unrelated things does not make a theme. Candidates rank by the number of
articles sharing them, then by coherence (mean over sharing articles of their best
cross-article sentence similarity). A candidate mostly contained in a theme already chosen is
absorbed into it rather than listed twice.
"""

from __future__ import annotations

import math
import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from typing import Sequence

import numpy as np

from summarizer.dom import Article, Paragraph, Sentence
from summarizer.nlp.embedder import Embedder
from summarizer.nlp.text import STOP_WORDS, content_terms, stem, words

# Weight of the lexical (IDF bag-of-words) cosine in the blended similarity; 0 = embeddings only.
LEXICAL_WEIGHT = 0.3
# Average-linkage cut for semantic candidates: members' mean blended similarity.
CLUSTER_SIMILARITY = 0.42
# An article shares a candidate when one of its member sentences is at least this similar to a
# member sentence of another article.
SHARED_SIMILARITY = 0.25
# Two sentences of different articles this similar make the same point.
POINT_SIMILARITY = 0.55
# A phrase used in more than this share of all sentences is the set's subject, not a theme.
MAX_ANCHOR_SHARE = 0.20
# Added to an anchored candidate's coherence per point of phrase_quality (1-3): a shared code
# ("S-400") or full name is better evidence of one subject than a shared common term.
QUALITY_BONUS = 0.05
# ... and used by at least this share of the articles (else it is what some articles share).
SUBJECT_ARTICLE_SHARE = 0.8
# In a set of at least MIN_ARTICLES_FOR_SPREAD_TEST articles, a phrase used by more than this
# share of them is also the subject ("V8" in 98 of 100 articles on Dodge muscle cars). Smaller
# sets are left alone: two articles share every theme 100 %.
MAX_ANCHOR_ARTICLE_SHARE = 0.5
MIN_ARTICLES_FOR_SPREAD_TEST = 6
# A candidate with more than this share of its sentences in a chosen theme is absorbed by it
# (one of two sentences is not "mostly": the Persian Gulf is not the Middle East theme).
ABSORB_SHARE = 0.5
# An acronym that one article keeps using ("JCPOA", in at least this many of its sentences) is
# that article's name for a shared term it uses beside it in a sentence ("the nuclear deal").
MIN_ALIAS_SENTENCES = 3
# Sentences longer than this are not used for themes (run-ons, lists); shorter than the
# summary's min_sentence_words neither.
MAX_THEME_SENTENCE_WORDS = 120
# Sentences per article considered at most (keeps 100-document sets fast).
MAX_SENTENCES_PER_ARTICLE = 80


@dataclass
class Unit:
    """One candidate sentence of one article, a row of the similarity matrix."""

    row: int
    article: Article
    paragraph: Paragraph
    sentence: Sentence
    words: int


@dataclass
class Cluster:
    """A candidate theme: member sentences (rows), how it was found, how well it is shared."""

    rows: list[int]
    origin: str  # "anchor: <phrase>" or "semantic"
    phrases: list[str] = field(default_factory=list)  # anchor phrases, surface form
    article_ids: list[str] = field(default_factory=list)  # articles that share it
    paragraph_ids: list[str] = field(default_factory=list)
    similarity: float = 0.0  # mean pairwise blended similarity of the members
    coherence: float = 0.0  # mean over sharing articles of the best cross-article similarity
    article_scores: dict[str, float] = field(default_factory=dict)  # that best similarity, per article
    title: str = ""
    absorbed: list[str] = field(default_factory=list)  # phrases of candidates merged into it
    points: list[tuple[int, ...]] = field(default_factory=list)  # planned points (theme_points)
    point_members: list[tuple[int, ...]] = field(default_factory=list)  # each point's echoes too

    @property
    def score(self) -> tuple[float, ...]:
        return (len(self.article_ids), round(self.strength, 6), -len(self.rows))

    @property
    def strength(self) -> float:
        """Coherence, plus a small bonus for an anchor phrase of a specific form."""
        if self.anchored and self.phrases:
            return self.coherence + QUALITY_BONUS * phrase_quality(self.phrases[0])
        return self.coherence

    @property
    def anchored(self) -> bool:
        return self.origin.startswith("anchor")


@dataclass
class SentenceSpace:
    """Every candidate sentence of the set with its vectors and similarity matrix."""

    units: list[Unit]
    vectors: np.ndarray  # embeddings, L2-normalised
    similarity: np.ndarray  # blended similarity, n x n
    term_idf: dict[str, float]
    unit_terms: list[list[str]]


def build_space(articles: Sequence[Article], embedder: Embedder, min_words: int) -> SentenceSpace:
    units: list[Unit] = []
    for article in articles:
        count = 0
        for paragraph in article.body_paragraphs:
            for sentence in paragraph.sentences:
                n = len(words(sentence.text))
                if n < min_words or n > MAX_THEME_SENTENCE_WORDS or sentence.text.rstrip().endswith("?"):
                    continue
                if count < MAX_SENTENCES_PER_ARTICLE:
                    units.append(Unit(len(units), article, paragraph, sentence, n))
                    count += 1
    texts = [u.sentence.text for u in units]
    if not texts:
        return SentenceSpace([], np.zeros((0, 1), np.float32), np.zeros((0, 0), np.float32), {}, [])
    vectors = np.asarray(embedder.encode(texts), dtype=np.float32)
    unit_terms = [content_terms(t) for t in texts]
    idf = _idf(unit_terms)
    lexical = _tfidf_matrix(unit_terms, idf)
    similarity = (1.0 - LEXICAL_WEIGHT) * (vectors @ vectors.T) + LEXICAL_WEIGHT * (lexical @ lexical.T)
    return SentenceSpace(units, vectors, similarity.astype(np.float32), idf, unit_terms)


def _idf(docs: list[list[str]]) -> dict[str, float]:
    df: Counter[str] = Counter()
    for terms in docs:
        df.update(set(terms))
    n = len(docs)
    return {t: math.log((1 + n) / (1 + c)) + 1.0 for t, c in df.items()}


def _tfidf_matrix(docs: list[list[str]], idf: dict[str, float]) -> np.ndarray:
    vocabulary = {t: i for i, t in enumerate(idf)}
    matrix = np.zeros((len(docs), max(1, len(vocabulary))), dtype=np.float32)
    for row, terms in enumerate(docs):
        for term, count in Counter(terms).items():
            matrix[row, vocabulary[term]] = (1.0 + math.log(count)) * idf[term]
    norms = np.linalg.norm(matrix, axis=1, keepdims=True)
    norms[norms == 0] = 1.0
    return matrix / norms


# --- candidates ----------------------------------------------------------------------------

_TOKEN = re.compile(r"[A-Za-z0-9]+(?:[-‑][A-Za-z0-9]+)*(?:['’]s)?")
# Words that are never a theme on their own or at a phrase's edge: reporting verbs, hedges,
# time words. (Stop words are excluded anyway.)
_WEAK = frozenset(
    """also according said says told stated noted added suggested suggesting claimed reported
    reportedly would could new like well much many however although first last recent recently
    year years including even way since meanwhile notably certain certainly least major key
    another several various whole among within across toward towards upon based regarding
    despite amid mr ms mrs dr per cent percent""".split()
)
# Words of institution and office names that say nothing about the subject on their own.
_GENERIC_NAME_WORDS = frozenset(
    """foreign minister ministry president prime council committee corps guard revolutionary
    islamic republic union united states national party agency department house senate court
    office general secretary deputy high representative affairs chief director""".split()
)


def _key(token: str) -> str:
    lower = token.lower().replace("’", "'").replace("‑", "-")
    if lower.endswith("'s"):
        lower = lower[:-2]
    return lower if ("-" in lower or any(c.isdigit() for c in lower)) else stem(lower)


def phrase_quality(surface: str) -> float:
    """How specific a phrase is by its form: codes > multi-word names > names > terms."""
    tokens = surface.split()
    if any(any(c.isdigit() for c in t) and any(c.isalpha() for c in t) for t in tokens):
        return 3.0
    if all(t[:1].isupper() for t in tokens):
        return 2.0 if len(tokens) > 1 else 1.5
    return 1.0


def sentence_phrases(text: str) -> dict[tuple[str, ...], str]:
    """Anchor phrases of one sentence: {key: surface}.

    Names: runs of capitalised words not opening the sentence (or all-capitals / with digits,
    anywhere), whole and word by word. Codes: words mixing letters and digits ("S-400").
    Terms: two adjacent lower-case content words ("nuclear deal").
    """
    tokens = _TOKEN.findall(text)
    out: dict[tuple[str, ...], str] = {}

    def is_name(i: int) -> bool:
        t = tokens[i]
        core = t.removesuffix("'s").removesuffix("’s")
        if core.lower() in STOP_WORDS or core.lower() in _WEAK or len(core) < 2:
            return False
        coded = any(c.isdigit() for c in core) and any(c.isalpha() for c in core)
        return coded or core.isupper() or (i > 0 and core[:1].isupper())

    i = 0
    while i < len(tokens):
        if is_name(i):
            j = i
            while j + 1 < len(tokens) and is_name(j + 1) and not tokens[j].endswith(("'s", "’s")):
                j += 1
            run = tokens[i : j + 1]
            surface = " ".join(run).removesuffix("'s").removesuffix("’s")
            out[tuple(_key(t) for t in run)] = surface
            if len(run) > 1:
                # "Persian Gulf" also counts as "Gulf", "Vladimir Putin" as "Putin".
                heads = [run[-1]] + ([run[0]] if len(run) == 2 else [])
                for t in heads:
                    core = t.removesuffix("'s").removesuffix("’s")
                    if core.lower() not in _GENERIC_NAME_WORDS:
                        out.setdefault((_key(t),), core)
            i = j + 1
        else:
            i += 1
    for a, b in zip(tokens, tokens[1:]):
        la, lb = a.lower(), b.lower()
        if not (a.islower() and b.islower()) or la.endswith(("'s", "’s")):
            continue
        if la in STOP_WORDS or lb in STOP_WORDS or la in _WEAK or lb in _WEAK:
            continue
        if len(la) < 3 or len(lb) < 3 or la.endswith("ly") or lb.endswith("ly"):
            continue
        out.setdefault((_key(a), _key(b)), f"{a} {b}".removesuffix("'s").removesuffix("’s"))
    return out


def phrase_occurrences(
    space: SentenceSpace,
) -> tuple[dict[tuple[str, ...], list[int]], dict[tuple[str, ...], Counter[str]]]:
    occurrences: dict[tuple[str, ...], list[int]] = defaultdict(list)
    surfaces: dict[tuple[str, ...], Counter[str]] = defaultdict(Counter)
    for unit in space.units:
        for key, surface in sentence_phrases(unit.sentence.text).items():
            occurrences[key].append(unit.row)
            surfaces[key][surface] += 1
    # One name in two forms ("West" / "Western", "Israel" / "Israeli") is one anchor.
    singles = sorted((k[0] for k in occurrences if len(k) == 1 and k[0][:1].isalpha()), key=len)
    for long in singles[::-1]:
        for short in singles:
            if len(short) >= 4 and short != long and long.startswith(short) and len(long) - len(short) <= 3:
                occurrences[(short,)] = sorted(set(occurrences[(short,)]) | set(occurrences.pop((long,))))
                surfaces[(short,)].update(surfaces.pop((long,)))
                break
    return occurrences, surfaces


def subject_words(space: SentenceSpace) -> set[str]:
    """The set's own subject: single-word names used in more than MAX_ANCHOR_SHARE of all
    sentences and by at least SUBJECT_ARTICLE_SHARE of the articles ("Iran" in a set on Iran;
    not "Rotterdam" when only two of three articles are about the strike there)."""
    occurrences, _ = phrase_occurrences(space)
    limit = max(2, MAX_ANCHOR_SHARE * len(space.units))
    n_articles = len({u.article.id for u in space.units}) or 1
    out = set()
    for key, rows in occurrences.items():
        if len(key) != 1 or len(rows) <= limit:
            continue
        if len({space.units[r].article.id for r in rows}) >= SUBJECT_ARTICLE_SHARE * n_articles:
            out.add(key[0])
    return out


def anchor_candidates(space: SentenceSpace) -> list[Cluster]:
    occurrences, surfaces = phrase_occurrences(space)
    subject = subject_words(space)
    n_articles = len({u.article.id for u in space.units})
    out = []
    for key, rows in occurrences.items():
        if len(key) == 1 and key[0] in subject:
            continue
        users = len({space.units[r].article.id for r in rows})
        if n_articles >= MIN_ARTICLES_FOR_SPREAD_TEST and users > MAX_ANCHOR_ARTICLE_SHARE * n_articles:
            continue  # in most articles of a large set: the set's subject, not a theme
        if len(key) == 1 and any(len(w) >= 4 and key[0].startswith(w) for w in subject):
            continue
        if len({space.units[r].article.id for r in rows}) < 2:
            continue
        if len(key) == 2 and key[0][:1].islower() and len(rows) < 2:
            continue
        surface = surfaces[key].most_common(1)[0][0]
        cluster = Cluster(rows=sorted(set(rows)), origin=f"anchor: {surface}", phrases=[surface])
        for alias, alias_rows in aliases(space, key, occurrences, surfaces).items():
            cluster.rows = sorted(set(cluster.rows) | set(alias_rows))
            cluster.absorbed.append(alias)
        out.append(cluster)
    return out


def is_acronym(surface: str) -> bool:
    return len(surface) >= 3 and surface.isalpha() and surface.isupper()


def aliases(
    space: SentenceSpace,
    key: tuple[str, ...],
    occurrences: dict[tuple[str, ...], list[int]],
    surfaces: dict[tuple[str, ...], Counter[str]],
) -> dict[str, list[int]]:
    """Acronyms that stand for the two-word term ``key`` in one article: {acronym: its rows}.

    One article writes "the JCPOA", another "the nuclear deal": no shared phrase links them.
    An acronym used by a single article, in at least ``MIN_ALIAS_SENTENCES`` of its sentences,
    and in a sentence together with the term, is taken as that article's name for it.
    """
    if len(key) != 2 or not surfaces[key].most_common(1)[0][0][:1].islower():
        return {}
    term_rows = set(occurrences[key])
    out: dict[str, list[int]] = {}
    for other, rows in occurrences.items():
        surface = surfaces[other].most_common(1)[0][0]
        if len(other) != 1 or not is_acronym(surface) or len(rows) < MIN_ALIAS_SENTENCES:
            continue
        owners = {space.units[r].article.id for r in rows}
        if len(owners) != 1 or not term_rows & set(rows):
            continue
        out[surface] = sorted(rows)
    return out


def cluster_rows(similarity: np.ndarray, threshold: float = CLUSTER_SIMILARITY) -> list[list[int]]:
    """Average-linkage clusters cut where the mean member similarity falls below ``threshold``."""
    n = len(similarity)
    if n == 0:
        return []
    if n == 1:
        return [[0]]
    from scipy.cluster.hierarchy import fcluster, linkage
    from scipy.spatial.distance import squareform

    distance = np.clip(1.0 - similarity.astype(np.float64), 0.0, 2.0)
    distance = (distance + distance.T) / 2.0
    np.fill_diagonal(distance, 0.0)
    tree = linkage(squareform(distance, checks=False), method="average")
    labels = fcluster(tree, t=1.0 - threshold, criterion="distance")
    groups: dict[int, list[int]] = defaultdict(list)
    for row, label in enumerate(labels):
        groups[int(label)].append(row)
    return list(groups.values())


def semantic_candidates(space: SentenceSpace, threshold: float = CLUSTER_SIMILARITY) -> list[Cluster]:
    out = []
    for rows in cluster_rows(space.similarity, threshold):
        if len({space.units[r].article.id for r in rows}) >= 2:
            out.append(Cluster(rows=sorted(rows), origin="semantic"))
    return out


def eligible(cluster: Cluster) -> bool:
    """Shared by 2+ articles; a cluster without an anchor phrase must also make one point
    across articles (its sharing articles' best cross-article similarity >= POINT_SIMILARITY),
    or it is only "about the same broad subject", which every article of a set is."""
    if len(cluster.article_ids) < 2:
        return False
    return cluster.anchored or cluster.coherence >= POINT_SIMILARITY


def describe(space: SentenceSpace, cluster: Cluster) -> Cluster:
    """Fill in who shares the candidate, its member paragraphs and similarity scores."""
    rows = cluster.rows
    sub = space.similarity[np.ix_(rows, rows)]
    n = len(rows)
    cluster.similarity = float((sub.sum() - np.trace(sub)) / (n * (n - 1))) if n > 1 else 1.0
    owners = np.array([space.units[r].article.id for r in rows])
    cross = owners[:, None] != owners[None, :]
    best = np.where(cross, sub, -1.0).max(axis=1)
    per_article: dict[str, float] = {}
    for owner, value in zip(owners, best):
        per_article[owner] = max(per_article.get(owner, -1.0), float(value))
    owners_ = [str(a) for a in dict.fromkeys(owners.tolist())]
    sharing = [a for a in owners_ if per_article[a] >= SHARED_SIMILARITY]
    cluster.article_scores = {a: round(per_article[a], 4) for a in owners_}
    cluster.article_ids = sharing if len(sharing) >= 2 else []
    cluster.coherence = float(np.mean([per_article[a] for a in sharing])) if len(sharing) >= 2 else 0.0
    kept = [r for r in rows if space.units[r].article.id in set(sharing)]
    cluster.paragraph_ids = list(dict.fromkeys(space.units[r].paragraph.id for r in kept))
    return cluster


def find_clusters(space: SentenceSpace, max_themes: int) -> list[Cluster]:
    """Themes shared by two or more articles, best first, at most ``max_themes``."""
    if len({u.article.id for u in space.units}) < 2 or max_themes <= 0:
        return []
    candidates = [describe(space, c) for c in anchor_candidates(space) + semantic_candidates(space)]
    candidates = [c for c in candidates if eligible(c)]
    candidates.sort(key=lambda c: c.score, reverse=True)
    chosen: list[Cluster] = []
    for candidate in candidates:
        rows = set(candidate.rows)
        home = None
        for theme in chosen:
            if len(rows & set(theme.rows)) > ABSORB_SHARE * len(rows):
                home = theme
                break
        if home is not None:
            # Absorb: same subject under another name. Its phrases may help the title.
            home.absorbed += [p for p in candidate.phrases if p not in home.absorbed]
            home.rows = sorted(set(home.rows) | rows)
            continue
        if len(chosen) < max_themes:
            chosen.append(candidate)
    subject = subject_words(space)
    leads = {" ".join(_key(t) for t in _TOKEN.findall(c.phrases[0])) for c in chosen if c.phrases}
    for theme in chosen:
        theme.rows = [r for r in theme.rows if space.units[r].article.id in set(theme.article_ids)]
        describe(space, theme)
        own = {" ".join(_key(t) for t in _TOKEN.findall(p)) for p in theme.phrases[:1]}
        theme.title = title_for(space, theme, avoid=leads - own, subject=subject)
    return chosen


# --- titles --------------------------------------------------------------------------------


def _same_word(a: str, b: str) -> bool:
    """One word in two forms ("west" / "western"), as anchors are merged."""
    short, long = sorted((a, b), key=len)
    return a == b or (len(short) >= 4 and long.startswith(short) and len(long) - len(short) <= 3)


# Comparatives and loose adjectives, and common irregular verb forms (no -ed to show them).
_NOT_IN_TERMS = frozenset(
    """less more most extra alike due rapid sent came went took made gave found saw brought held
    kept left led paid began become became create creates renegotiate aren isn wasn weren don
    doesn didn won""".split()
)


def noun_like(term: str) -> bool:
    """A two-word term that reads as a noun phrase, by form alone (no tagger): no verb
    ending on its last word, no past-tense opener, no comparative or loose adjective."""
    first, last = term.lower().split()[:2]
    if first in _NOT_IN_TERMS or last in _NOT_IN_TERMS:
        return False
    return not (first.endswith("ed") or last.endswith(("ed", "ing")))


def title_for(
    space: SentenceSpace,
    cluster: Cluster,
    limit: int = 2,
    avoid: set[str] | None = None,
    subject: set[str] | None = None,
    terms: bool = False,
) -> str:
    """A short title made only of phrases that occur in member sentences of 2+ articles.

    With ``terms``, two-word terms ("regional banks", "interest rates") compete with names:
    for a theme of paraphrases of a few claims, the words they share say what the claims are
    about, while on a whole subject ("pushed back" in two analyses) they are chance pairs.

    An anchored theme leads with its anchor phrase. Other phrases (names, codes, two-word
    terms, single content words) score by the number of member articles using them times
    their IDF in the whole set (distinctive rather than merely frequent); the best ones sharing
    no word with the title so far are added, up to ``limit`` parts.
    """
    rows = cluster.rows
    seen: dict[tuple[str, ...], dict] = {}
    for r in rows:
        unit = space.units[r]
        for key, surface in sentence_phrases(unit.sentence.text).items():
            entry = seen.setdefault(key, {"articles": set(), "surface": Counter()})
            entry["articles"].add(unit.article.id)
            entry["surface"][surface] += 1
    scored = []
    absorbed = {tuple(_key(t) for t in _TOKEN.findall(p)) for p in cluster.absorbed}
    avoided_words = {w for phrase in (avoid or set()) for w in phrase.split()}
    for key, entry in seen.items():
        if set(key) & avoided_words:
            continue
        # An absorbed anchor was shared when it was found; anything else must be shared here.
        if len(entry["articles"]) < (1 if key in absorbed else 2):
            continue
        surface = entry["surface"].most_common(1)[0][0]
        term = terms and len(key) == 2 and phrase_quality(surface) < 1.5 and noun_like(surface)
        if (phrase_quality(surface) < 1.5 and not term) or (len(key) == 1 and key[0] in (subject or set())):
            continue
        idf = sum(space.term_idf.get(k, max(space.term_idf.values(), default=1.0)) for k in key) / len(key)
        bonus = 1.25 if len(key) > 1 or any(c.isdigit() for c in key[0]) else 1.0
        if key in absorbed:
            bonus *= 2.0  # another anchor of the same sentences: the best second name
        scored.append((len(entry["articles"]) * idf * bonus, key, surface))
    scored.sort(key=lambda x: (-x[0], x[1]))
    parts: list[str] = []
    used: set[str] = set()
    for phrase in cluster.phrases[:1]:
        parts.append(phrase)
        used |= {_key(t) for t in _TOKEN.findall(phrase)}
    for _, key, surface in scored:
        if len(parts) >= limit:
            break
        if any(_same_word(k, u) for k in key for u in used):
            continue
        parts.append(surface)
        used |= set(key)
    if not parts:
        # Only the set's own subject words are shared: name the theme by them.
        common = Counter(
            (key[0], surface)
            for r in rows
            for key, surface in sentence_phrases(space.units[r].sentence.text).items()
            if len(key) == 1 and key[0] in (subject or set())
        )
        parts = [surface for (_, surface), _ in common.most_common(limit)]
    if not parts:
        return "Shared topic"
    title = " and ".join(parts)
    return title[0].upper() + title[1:]
