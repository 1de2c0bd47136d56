"""Where articles sharing a theme say different things: find the pair, write one cited sentence.

Detection (per theme): pairs of sentences from two different articles that are on the same
subject (blended similarity >= ``CONTRAST_TOPIC``) and show an opposition cue:

- polarity: one states something negated or limited ("hesitates", "will not", "unlikely"),
  the other does not;
- direction: opposite words ("rise" / "fall", "strengthen" / "weaken");
- numbers: the same word quantified with different numbers ("4 percent" / "6 percent").

The best pair by similarity + 0.1 per cue is the theme's contrast. It is written as
"<article A> holds that <clause A>, while <article B> holds that <clause B>", each clause the
local model's condensation of one source sentence. The clauses joined ("<A>, while <B>") are
traced against the theme's paragraphs of both articles; the sentence is used only when that is
"supported" *and* the citations name both articles. Otherwise the two source sentences are
quoted verbatim in the same frame, and that text is traced instead. The framing names only
which article each clause comes from, which holds by construction.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Sequence

import numpy as np

from summarizer.attribution.verifier import capitalised_names
from summarizer.dom import Article, Paragraph, Sentence, SummarySentence
from summarizer.nlp.text import stem, words
from summarizer.summarizers.grounding import Draft, SupportTracer
from summarizer.summarizers.salience import _DANGLING_OPENERS
from summarizer.summarizers.theme_clusters import Cluster, SentenceSpace

# Two sentences this similar (blended) are about the same thing.
CONTRAST_TOPIC = 0.40
CUE_BONUS = 0.1
# Most similar cross-article pairs examined per theme (bounds the work on large themes).
MAX_CONTRAST_PAIRS = 400

_NEGATIONS = frozenset(
    """not no never neither nor cannot can't won't doesn't don't isn't aren't wasn't weren't
    didn't hasn't haven't wouldn't couldn't shouldn't without unlikely hesitate hesitates
    hesitated refuse refuses refused reject rejects rejected deny denies denied fail fails failed
    lack lacks lacking none nothing""".replace("'", "'").split()
)
_OPPOSITES = [
    ("rise", "fall"), ("increase", "decrease"), ("higher", "lower"), ("more", "less"),
    ("strengthen", "weaken"), ("grow", "shrink"), ("support", "oppose"), ("gain", "loss"),
    ("success", "failure"), ("optimistic", "pessimistic"), ("expand", "reduce"),
    ("benefit", "harm"), ("improve", "worsen"), ("strong", "weak"), ("closer", "distant"),
    ("boost", "cut"), ("win", "lose"), ("accept", "reject"), ("ally", "rival"),
]  # fmt: skip
_OPPOSITE_STEMS = [(stem(a), stem(b)) for a, b in _OPPOSITES]
# A number and the word it counts; "'80s" / "1980s" (a decade, unit "s") is no quantity.
_QUANTITY = re.compile(r"(\d+(?:[.,]\d+)*)\s*(%|[A-Za-z]{2,})")


@dataclass(frozen=True)
class Contrast:
    rows: tuple[int, int]  # space rows of the two sentences, in article order
    similarity: float
    cues: tuple[str, ...]


def _dangling(text: str) -> bool:
    return (words(text) or [""])[0] in _DANGLING_OPENERS


# Verb negations in any inflection ("hesitating" as well as "hesitated").
_NEGATION_STEMS = frozenset(stem(w) for w in _NEGATIONS if w.isalpha() and len(w) > 4)
# "not only / not just ... but also" adds rather than denies.
_NOT_ADDITIVE = frozenset("only just merely simply".split())


def _negated(text: str) -> bool:
    tokens = words(text)
    for index, w in enumerate(tokens):
        if w == "not" and index + 1 < len(tokens) and tokens[index + 1] in _NOT_ADDITIVE:
            continue
        if w in _NEGATIONS or stem(w) in _NEGATION_STEMS:
            return True
    return False


def _stems(text: str) -> set[str]:
    return {stem(w) for w in words(text)}


def _quantities(text: str) -> dict[str, set[str]]:
    out: dict[str, set[str]] = {}
    for number, unit in _QUANTITY.findall(text):
        out.setdefault(stem(unit.lower()), set()).add(number.replace(",", ""))
    return out


def cues_between(a: str, b: str) -> tuple[str, ...]:
    cues = []
    if _negated(a) != _negated(b):
        cues.append("polarity")
    sa, sb = _stems(a), _stems(b)
    if any((x in sa and y in sb) or (y in sa and x in sb) for x, y in _OPPOSITE_STEMS):
        cues.append("direction")
    qa, qb = _quantities(a), _quantities(b)
    if any(unit in qb and qa[unit] != qb[unit] and not (qa[unit] & qb[unit]) for unit in qa):
        cues.append("numbers")
    return tuple(cues)


def find_contrast(space: SentenceSpace, cluster: Cluster, exclude: set[int] = frozenset()) -> Contrast | None:
    """The theme's clearest cross-article disagreement, or None."""
    rows = np.array([r for r in cluster.rows if r not in exclude], dtype=int)
    if len(rows) < 2:
        return None
    sub = space.similarity[np.ix_(rows, rows)]
    owners = np.array([space.units[r].article.id for r in rows])
    i_idx, j_idx = np.triu_indices(len(rows), k=1)
    keep = (owners[i_idx] != owners[j_idx]) & (sub[i_idx, j_idx] >= CONTRAST_TOPIC)
    i_idx, j_idx = i_idx[keep], j_idx[keep]
    order = np.argsort(-sub[i_idx, j_idx], kind="stable")[:MAX_CONTRAST_PAIRS]
    best: Contrast | None = None
    best_score = -np.inf
    for k in order:
        a, b = int(rows[i_idx[k]]), int(rows[j_idx[k]])
        ua, ub = space.units[a], space.units[b]
        if _dangling(ua.sentence.text) or _dangling(ub.sentence.text):
            continue  # "that would ..." cannot follow "holds that"
        cues = cues_between(ua.sentence.text, ub.sentence.text)
        if not cues:
            continue
        similarity = float(space.similarity[a, b])
        score = similarity + CUE_BONUS * len(cues)
        if score > best_score:
            ordered = (a, b) if ua.article.id < ub.article.id else (b, a)
            best, best_score = Contrast(ordered, similarity, cues), score
    return best


def article_label(article: Article) -> str:
    name = article.source or article.title or article.id
    return f"{name} ({article.id})"


def _lower_first(text: str, names: set[str]) -> str:
    first = (words(text) or [""])[0]
    if not text or text[:2].isupper() or stem(first) in names:
        return text
    return text[0].lower() + text[1:]


def _bare(text: str) -> str:
    return text.strip().rstrip(".!;:").rstrip()


def ground_contrast(
    contrast: Contrast,
    space: SentenceSpace,
    clauses: tuple[str | None, str | None],
    tracer: SupportTracer,
    candidates: Sequence[Paragraph],
    section: str,
    sentence_id: str,
) -> SummarySentence:
    ua, ub = (space.units[r] for r in contrast.rows)
    source_ids = [ua.sentence.id, ub.sentence.id]
    names = capitalised_names(p.text for p in candidates)
    both = {ua.article.id, ub.article.id}
    label_a, label_b = article_label(ua.article), article_label(ub.article)
    rewrite = problem = None
    if clauses[0] and clauses[1]:
        a, b = _bare(clauses[0]), _lower_first(_bare(clauses[1]), names)
        [attribution] = tracer.trace([f"{a}, while {b}."], candidates)
        cited = {pid.split(".", 1)[0] for pid in attribution.paragraph_ids}
        rewrite = f"{label_a} holds that {_lower_first(a, names)}, while {label_b} holds that {b}."
        # Each side is a rewrite of one sentence: the same checks as any draft (grounding.Draft).
        problems = [
            Draft(clause, (unit.sentence,), tuple(candidates)).problem(attribution, tracer)
            for clause, unit in zip(clauses, (ua, ub))
        ]
        problem = next((p for p in problems if p), None)
        if problem is None and not both <= cited:
            problem = "it is not supported by both articles' paragraphs"
        if problem is None:
            return SummarySentence(sentence_id, rewrite, section, "rewrite", source_ids, attribution)
    [attribution] = tracer.trace([f"{ua.sentence.text} {ub.sentence.text}"], candidates)
    text = f"“{_bare(ua.sentence.text)}” ({label_a}); by contrast, {label_b}: “{_bare(ub.sentence.text)}”"
    origin = "extractive_fallback" if rewrite else "extractive"
    return SummarySentence(
        sentence_id, text, section, origin, source_ids, attribution, draft=rewrite, draft_problem=problem
    )


def contrast_sources(space: SentenceSpace, contrast: Contrast) -> tuple[Sentence, Sentence]:
    a, b = contrast.rows
    return space.units[a].sentence, space.units[b].sentence
