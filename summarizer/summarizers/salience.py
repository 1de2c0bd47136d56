"""Pick the source sentences a summary should be built from.

Why select first: one prompt holding a whole article made the local model ramble and get
facts wrong; asking it to condense one chosen sentence at a time kept it faithful. So the
choice of *what* to say is made here, extractively and reproducibly, and the model only
decides *how* to say it.

A news report (a few hundred words) takes its opening sentences: it states its point first.
A longer piece maximises *coverage* (a facility-location objective, Lin & Bilmes 2011): each
sentence of the article should have a chosen sentence close to it, so a 5-sentence summary
spreads over the article's distinct claims instead of repeating its most generic one. A small
position prior favours the opening (news and analysis state the point early) and the close
(analyses conclude there). At most one sentence per paragraph is taken there. The result is in
document order, so a summary reads in the article's own sequence.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Sequence

import numpy as np

from summarizer.cleaning.furniture import ends_like_prose, is_caption_sentence
from summarizer.dom import Paragraph, Sentence
from summarizer.nlp.embedder import Embedder
from summarizer.nlp.text import STOP_WORDS, owns_the_sentence_before, words
from summarizer.summarizers.deletion import speaks_in_first_person

# MMR trade-off (used where a plain diverse top-k is wanted): 1.0 = pure salience, 0.0 = pure
# novelty.
MMR_LAMBDA = 0.7
# Weight of a candidate's own score against the coverage gain it brings, per sentence of the
# article: small, so coverage decides and the prior only breaks near-ties.
PRIOR_WEIGHT = 0.15
# Bonus for the opening sentences, decaying linearly to 0 at LEAD_SPAN of the article; the
# closing CLOSE_SPAN gets CLOSE_BONUS.
LEAD_BONUS = 0.08
LEAD_SPAN = 0.3
CLOSE_BONUS = 0.04
CLOSE_SPAN = 0.1
# Sentences that open by pointing back ("This", "He", ...) lose a little: out of context they
# need resolving, which is where a rewrite can go wrong.
DANGLING_PENALTY = 0.04
# Openers that point back at the sentence before: demonstratives and "it" point at what the
# article just said; personal pronouns usually at the person the article is about.
DEMONSTRATIVE_OPENERS = frozenset("this that these those such it its".split())
POINTING_OPENERS = DEMONSTRATIVE_OPENERS | frozenset("he she they his her their".split())
# News states its point first (the inverted pyramid): on SummEval's CNN/DM articles the first
# sentence alone scores ROUGE-1 31.1 against the human summaries and the first 40 words 35.3,
# above Lead-3 (33.9). With this rule the briefing's summaries of the first 30 scored ROUGE-1
# 28.3, without it 26.7 (2026-12-05, bench/rouge_summeval.py's setting). So the lede is chosen
# first when it is about what the article is about: at least as close
# to the article's centroid as the median sentence (80 % of SummEval's ledes; neither of the
# samples' analyses, whose ledes set a scene: "On October 11, a rare ... forum took place").
LEDE_MIN_CENTRALITY_QUANTILE = 0.5


@dataclass(frozen=True)
class Selection:
    """A chosen source sentence, with the sentence before it as context for the rewrite."""

    sentence: Sentence
    paragraph: Paragraph
    context: str  # previous sentence in the article ("" at the start)
    rank: int = 0  # order in which sections try it (0 first: the lede, or what covers the most)


def _continues(text: str) -> bool:
    """Whether a sentence opens on a lower-case small word: the rest of one the splitter cut
    ("and they're weeping,' Officer ... told NBC News": FRANK, 2026-12-05), not "iPhone sales"."""
    first = text.lstrip("\"'“‘(– -").split(maxsplit=1)
    return bool(first) and first[0][:1].islower() and first[0].lower().strip(",;:") in STOP_WORDS


# Share of an article's sentences that must end with a stop before one without is read as a
# caption or heading: a text written without stops (a list, a transcript) keeps its sentences.
PROSE_SHARE = 0.5


# The most candidates a longer piece's coverage selection weighs (``select_salient``): 1,000
# make an 8 MB similarity matrix; SummEval's and the samples' articles have at most a few hundred.
MAX_COVERAGE_CANDIDATES = 1000


def candidate_sentences(
    paragraphs: Sequence[Paragraph], min_words: int, max_words: int
) -> list[tuple[Sentence, Paragraph, str]]:
    """Body sentences of a plausible length, each with its preceding sentence as context; not a
    question, nor a photo caption glued into the text (``furniture.is_caption_sentence``), nor
    one that opens in the first person with no speaker (``deletion.speaks_in_first_person``), nor
    one whose claim the next sentence gives to a speaker ("Or so says ..."), nor,
    in an article whose sentences mostly end with a stop, one without its stop (a caption or
    heading: "Rhodri Giggs outside Manchester Magistrates Court yesterday, where he was banned
    from driving"; "... has been reproduced and goes back on sale this Saturday in Australia" cut
    to "... goes back."; FRANK CNN/DM, read blind, 2026-12-05)."""
    body = [s for p in paragraphs if p.kept and p.kind == "body" for s in p.sentences]
    stops_matter = sum(map(ends_like_prose, (s.text for s in body))) >= PROSE_SHARE * len(body)
    # A claim whose speaker the next sentence names ("... a modern-day suffragette. Or so says
    # actress Patsy Kensit"): no deletion of it can say whose it is (``nlp.text``).
    owned = {s.id for s, after in zip(body, body[1:]) if owns_the_sentence_before(after.text)}
    out = []
    previous = ""
    for paragraph in paragraphs:
        if not paragraph.kept or paragraph.kind != "body":
            continue
        for sentence in paragraph.sentences:
            count = len(words(sentence.text))
            if (min_words <= count <= max_words and not sentence.text.rstrip().endswith("?")
                    and not is_caption_sentence(sentence.text)
                    and (ends_like_prose(sentence.text) or not stops_matter)
                    and not _continues(sentence.text) and not speaks_in_first_person(sentence.text)
                    and sentence.id not in owned):
                out.append((sentence, paragraph, previous))
            previous = sentence.text
    return out


def select_salient(
    paragraphs: Sequence[Paragraph],
    embedder: Embedder,
    count: int,
    *,
    min_words: int = 8,
    max_words: int = 70,
    news_report: bool = False,
) -> list[Selection]:
    """The ``count`` sentences that cover the article best, ranked in the order sections should
    try them; ``news_report``: the article is a news report (``article.NEWS_REPORT_WORDS``), an
    inverted pyramid whatever its lede."""
    candidates = candidate_sentences(paragraphs, min_words, max_words)
    if not candidates or count <= 0:
        return []
    if news_report:
        # A news report is an inverted pyramid: its opening sentences are its point, in falling
        # order of importance, and coverage only pulls in later detail. SummEval's 100 CNN/DM
        # articles, the same answers replayed (2026-12-06): ROUGE-1/2 31.03/9.93 with coverage
        # (the lede first when central, the rest in the article's order) -> 31.97/10.72 with the
        # opening candidates; keeping only candidates at least as central as the lowest fifth
        # gave 31.77/10.38 (a dull second sentence still beats a central late one). No vectors
        # are needed for that.
        return [Selection(sentence, paragraph, context, rank)
                for rank, (sentence, paragraph, context) in enumerate(candidates[:count])]
    # Coverage compares every candidate with every other (an n x n matrix of float64): one
    # 4.4 MB paragraph of 52,000 sentences asked for 21 GB and the process died (a bad-input
    # probe, 2026-12-06). An article's point is in its first thousand candidates.
    candidates = candidates[:MAX_COVERAGE_CANDIDATES]
    vectors = embedder.encode([sentence.text for sentence, _, _ in candidates])
    centroid = vectors.mean(axis=0)
    centroid /= np.linalg.norm(centroid) or 1.0
    centrality = vectors @ centroid
    positions = np.linspace(0.0, 1.0, num=len(candidates))
    lead = LEAD_BONUS * np.clip(1.0 - positions / LEAD_SPAN, 0.0, 1.0)
    close = CLOSE_BONUS * (positions >= 1.0 - CLOSE_SPAN)
    dangling = np.array(
        [DANGLING_PENALTY if (words(s.text) or [""])[0] in POINTING_OPENERS else 0.0 for s, _, _ in candidates]
    )
    scores = centrality + lead + close - dangling
    weights = np.clip(centrality, 0.0, None) ** 2
    lede_leads = float((centrality < centrality[0]).mean()) >= LEDE_MIN_CENTRALITY_QUANTILE
    chosen = facility_location(
        vectors, scores, count, [p.id for _, p, _ in candidates], weights, first=[0] if lede_leads else []
    )
    # A longer piece whose lede leads is written as an inverted pyramid too: its chosen sentences
    # are tried in the article's order, not by how much each covers. SummEval's first 90 articles
    # (2026-12-05): ROUGE-1/2 28.62/8.50 -> 28.96/8.66 for lede-led articles, each third up.
    tried = sorted(chosen) if lede_leads else chosen
    rank = {index: order for order, index in enumerate(tried)}
    return [
        Selection(candidates[i][0], candidates[i][1], candidates[i][2], rank[i])
        for i in sorted(chosen)
    ]


def facility_location(
    vectors: np.ndarray,
    scores: np.ndarray,
    count: int,
    groups: Sequence[str],
    weights: np.ndarray | None = None,
    first: Sequence[int] = (),
) -> list[int]:
    """Greedy max of sum_i w_i max_{j in S} sim(i, j) + prior, at most one pick per group.

    ``weights`` (squared centrality) make covering the article's core count more than covering
    an off-topic aside, which would otherwise win by covering itself. Greedy selection is
    within (1 - 1/e) of the optimum for this monotone submodular objective. ``first``: indices
    chosen before the greedy ones (the lede), in that order.
    """
    weights = np.ones(len(scores)) if weights is None else weights / (weights.mean() or 1.0)
    similarity = np.clip(vectors @ vectors.T, 0.0, None) * weights[None, :]
    covered = np.zeros(len(scores))
    chosen: list[int] = []
    used_groups: set[str] = set()
    for index in list(first)[:count]:
        chosen.append(index)
        used_groups.add(groups[index])
        covered = np.maximum(covered, similarity[index])
    prior = PRIOR_WEIGHT * len(scores) * scores / max(count, 1)
    while len(chosen) < min(count, len(scores)):
        gains = np.maximum(similarity, covered[None, :]).sum(axis=1) - covered.sum() + prior
        for index in chosen:
            gains[index] = -np.inf
        for index, group in enumerate(groups):
            if group in used_groups:
                gains[index] = -np.inf
        best = int(np.argmax(gains))
        if not np.isfinite(gains[best]):
            break
        chosen.append(best)
        used_groups.add(groups[best])
        covered = np.maximum(covered, similarity[best])
    return chosen


def mmr(vectors: np.ndarray, scores: np.ndarray, count: int, lam: float = MMR_LAMBDA) -> list[int]:
    """Indices chosen greedily by lam * score - (1 - lam) * max similarity to those chosen."""
    chosen: list[int] = []
    remaining = list(range(len(scores)))
    while remaining and len(chosen) < count:
        if chosen:
            redundancy = (vectors[remaining] @ vectors[chosen].T).max(axis=1)
        else:
            redundancy = np.zeros(len(remaining))
        values = lam * scores[remaining] - (1 - lam) * redundancy
        best = remaining[int(np.argmax(values))]
        chosen.append(best)
        remaining.remove(best)
    return chosen
