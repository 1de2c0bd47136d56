"""Tracing finished summary sentences to the source paragraphs that support them.

For each summary sentence the tracer

1. ranks the candidate paragraphs by reciprocal-rank fusion of lexical and embedding signals
   (BM25 over paragraphs and over single sentences, best sentence cosine, paragraph cosine,
   IDF-weighted coverage of the sentence's content words);
2. cites the best paragraph, then further ones (up to ``max_citations``) that support the
   sentence well on their own *and* add a name, number or content word the earlier citations
   lack, or support it nearly as well as the best one (a sentence drawing on two articles cites
   both);
3. checks the cited paragraphs taken together (``verifier.decide``): coverage, key-term
   consistency, entity-attached word pairs and, if a judge model is given, its P(Yes).

Every number is in ``Thresholds`` (verdict) or the fusion settings below (ranking).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Sequence

import numpy as np

from summarizer.attribution.bm25 import BM25
from summarizer.attribution.verifier import (
    Evidence,
    Thresholds,
    capitalised_names,
    content_sequence,
    decide,
    entity_pairs,
    judge_request,
    key_terms_of,
    pair_found,
    term_in,
    term_set,
    words,
)
from summarizer.dom import Attribution, Paragraph, Support
from summarizer.llm.base import TextGenerator
from summarizer.nlp.embedder import Embedder

# Ranking: each signal ranks the candidates; a paragraph's fused score is the weighted sum of
# 1 / (RRF_K + rank). Weights and k were chosen on the dev sets (bench/RESULTS.md).
RRF_K = 10
FUSION_WEIGHTS: dict[str, float] = {
    "bm25": 1.0,
    "bm25_sentence": 1.0,
    "embedding": 1.0,
    "embedding_paragraph": 1.0,
    "coverage": 1.0,
}


@dataclass
class _Unit:
    paragraph: int  # index into the candidates
    id: str
    text: str


@dataclass
class _Sources:
    """Everything computed once per ``trace`` call about the candidates."""

    paragraphs: list[Paragraph]
    units: list[_Unit]
    unit_rows: list[np.ndarray]  # per paragraph: indexes of its units
    paragraph_terms: list[set[str]]
    unit_terms: list[set[str]]
    unit_sequences: list[list[str]]
    paragraph_bm25: BM25
    unit_bm25: BM25
    names: set[str]


def _rrf(values: np.ndarray, k: float) -> np.ndarray:
    order = np.argsort(-values, kind="stable")
    ranks = np.empty(len(values), dtype=np.float64)
    ranks[order] = np.arange(1, len(values) + 1)
    return 1.0 / (k + ranks)


class Tracer:
    def __init__(
        self,
        embedder: Embedder,
        *,
        judge: TextGenerator | None = None,
        thresholds: Thresholds | None = None,
        max_citations: int = 3,
        fusion_weights: dict[str, float] | None = None,
        rrf_k: float = RRF_K,
    ) -> None:
        if max_citations < 1:
            raise ValueError("max_citations must be at least 1")
        self.embedder = embedder
        self.judge = judge
        self.thresholds = thresholds or Thresholds()
        self.max_citations = max_citations
        self.fusion_weights = dict(fusion_weights or FUSION_WEIGHTS)
        self.rrf_k = rrf_k

    # -- public -----------------------------------------------------------------------------

    def trace(self, texts: Sequence[str], candidates: Sequence[Paragraph]) -> list[Attribution]:
        """For each finished summary sentence: rank candidate paragraphs (each has .sentences with
        text and ids), cite the supporting ones (1..max_citations), with per-signal scores, the
        decisive quote (best-supporting source sentence) and a verdict
        supported / partly_supported / unsupported with a human-readable reason."""
        texts = list(texts)
        if not texts:
            return []
        sources = self._sources(candidates, texts)
        if not sources.units:
            return [
                Attribution((), "unsupported", "unsupported: no source paragraphs to compare with", 0.0, {})
                for _ in texts
            ]
        plans = [self._plan(text, sources) for text in texts]
        judged: list[float | None] = [None] * len(texts)
        if self.judge is not None:
            asks = [i for i, plan in enumerate(plans) if plan is not None]
            requests = [
                judge_request(texts[i], [sources.paragraphs[p].text for p in plans[i]["cited"]])
                for i in asks
            ]
            if requests:
                for i, p in zip(asks, self.judge.yes_probability(requests)):
                    judged[i] = float(p)
        return [
            self._attribution(text, plan, sources, judged[i]) for i, (text, plan) in enumerate(zip(texts, plans))
        ]

    def rank(self, text: str, candidates: Sequence[Paragraph]) -> list[tuple[str, float]]:
        """All candidate paragraph ids, best first, with their fused ranking score (benchmarks)."""
        sources = self._sources(candidates, [text])
        if not sources.units:
            return []
        plan = self._plan(text, sources, cite=False)
        if plan is None:
            return [(p.id, 0.0) for p in sources.paragraphs]
        return [(sources.paragraphs[i].id, float(plan["fused"][i])) for i in plan["order"]]

    # -- internals --------------------------------------------------------------------------

    def _sources(self, candidates: Sequence[Paragraph], texts: Sequence[str] = ()) -> _Sources:
        paragraphs = [p for p in candidates if p.text.strip()]
        units: list[_Unit] = []
        rows: list[np.ndarray] = []
        for index, paragraph in enumerate(paragraphs):
            start = len(units)
            for sentence in paragraph.sentences:
                if sentence.text.strip():
                    units.append(_Unit(index, sentence.id, sentence.text))
            if len(units) == start:  # a paragraph without split sentences is its own sentence
                units.append(_Unit(index, paragraph.id, paragraph.text))
            rows.append(np.arange(start, len(units)))
        unit_sequences = [content_sequence(u.text) for u in units]
        paragraph_sequences = [
            [t for row in rows[i] for t in unit_sequences[row]] for i in range(len(paragraphs))
        ]
        return _Sources(
            paragraphs=paragraphs,
            units=units,
            unit_rows=rows,
            paragraph_terms=[term_set(p.text) for p in paragraphs],
            unit_terms=[term_set(u.text) for u in units],
            unit_sequences=unit_sequences,
            paragraph_bm25=BM25(paragraph_sequences),
            unit_bm25=BM25(unit_sequences),
            names=capitalised_names([*(p.text for p in paragraphs), *texts]),
        )

    def _vectors(self, texts: Sequence[str]) -> np.ndarray:
        return np.asarray(self.embedder.encode(list(texts)), dtype=np.float32)

    def _plan(self, text: str, sources: _Sources, cite: bool = True) -> dict | None:
        """Per-paragraph signals, the fused ranking and (if ``cite``) the citations."""
        query = list(dict.fromkeys(content_sequence(text)))
        n_par = len(sources.paragraphs)
        # Embeddings: the summary sentence, every source sentence, every multi-sentence paragraph.
        unit_texts = [u.text for u in sources.units]
        vectors = self._vectors([text, *unit_texts])
        unit_sims = np.clip(vectors[1:] @ vectors[0], -1.0, 1.0)
        best_unit = np.array([rows[np.argmax(unit_sims[rows])] for rows in sources.unit_rows])
        emb_sentence = unit_sims[best_unit]
        multi = [i for i, rows in enumerate(sources.unit_rows) if len(rows) > 1]
        emb_paragraph = emb_sentence.copy()
        if multi:
            par_vectors = self._vectors([sources.paragraphs[i].text for i in multi])
            emb_paragraph[multi] = par_vectors @ vectors[0]

        weights = np.array([sources.unit_bm25.idf(t) for t in query], dtype=np.float64)
        total = float(weights.sum())

        def coverage_of(terms: set[str]) -> float:
            if not total:
                return 0.0
            return float(sum(w for t, w in zip(query, weights) if t in terms) / total)

        coverage = np.array([coverage_of(terms) for terms in sources.paragraph_terms])
        bm25 = sources.paragraph_bm25.scores(query)
        unit_bm25 = sources.unit_bm25.scores(query)
        bm25_sentence = np.array([unit_bm25[rows].max() for rows in sources.unit_rows])

        signals = {
            "bm25": bm25,
            "bm25_sentence": bm25_sentence,
            "embedding": emb_sentence,
            "embedding_paragraph": emb_paragraph,
            "coverage": coverage,
        }
        fused = np.zeros(n_par, dtype=np.float64)
        for name, weight in self.fusion_weights.items():
            if weight:
                fused += weight * _rrf(signals[name], self.rrf_k)
        order = np.argsort(-fused, kind="stable")
        w = self.thresholds.embedding_weight
        own = w * np.clip(emb_sentence, 0.0, 1.0) + (1.0 - w) * coverage
        plan = {"signals": signals, "fused": fused, "order": order, "own": own, "query": query,
                "weights": weights, "best_unit": best_unit, "unit_sims": unit_sims}
        if not cite:
            return plan

        keys = key_terms_of(text, sources.names)
        cited = [int(order[0])]
        covered = set(sources.paragraph_terms[cited[0]])
        for index in order[1:]:
            if len(cited) >= self.max_citations:
                break
            index = int(index)
            if own[index] < self.thresholds.cite_min:
                continue
            terms = sources.paragraph_terms[index]
            adds_key = any(not term_in(k, covered) and term_in(k, terms) for k in keys)
            gain = sum(wt for t, wt in zip(query, weights) if t in terms and t not in covered)
            adds_words = total > 0 and gain / total >= 0.1
            near = (
                own[index] >= self.thresholds.cite_near * own[cited[0]]
                and own[index] >= self.thresholds.partly
            )
            if adds_key or adds_words or near:
                cited.append(index)
                covered |= terms
        plan.update(cited=cited, covered=covered, keys=keys)
        return plan

    def _quote(self, paragraph: int, plan: dict, sources: _Sources) -> int:
        """The paragraph's source sentence that supports the summary sentence best."""
        rows = sources.unit_rows[paragraph]
        if len(rows) == 1:
            return int(rows[0])
        query, weights = plan["query"], plan["weights"]
        total = float(weights.sum()) or 1.0
        w = self.thresholds.embedding_weight
        best, best_score = int(rows[0]), -1.0
        for row in rows:
            terms = sources.unit_terms[row]
            cover = sum(wt for t, wt in zip(query, weights) if t in terms) / total
            score = w * float(plan["unit_sims"][row]) + (1.0 - w) * cover
            if score > best_score:
                best, best_score = int(row), score
        return best

    def _attribution(self, text: str, plan: dict | None, sources: _Sources, judge: float | None) -> Attribution:
        signals = plan["signals"]
        cited: list[int] = plan["cited"]
        supports = []
        quote_rows = []
        for index in cited:
            row = self._quote(index, plan, sources)
            quote_rows.append(row)
            paragraph = sources.paragraphs[index]
            supports.append(
                Support(
                    paragraph_id=paragraph.id,
                    score=round(float(plan["own"][index]), 4),
                    signals={
                        "bm25": round(float(signals["bm25"][index]), 4),
                        "bm25_sentence": round(float(signals["bm25_sentence"][index]), 4),
                        "embedding": round(float(signals["embedding"][index]), 4),
                        "embedding_paragraph": round(float(signals["embedding_paragraph"][index]), 4),
                        "coverage": round(float(signals["coverage"][index]), 4),
                        "fusion": round(float(plan["fused"][index]), 4),
                    },
                    quote=sources.units[row].text,
                    quote_sentence_id=sources.units[row].id,
                )
            )
        # The cited paragraphs taken together.
        covered = plan["covered"]
        query, weights = plan["query"], plan["weights"]
        total = float(weights.sum())
        coverage = float(sum(w for t, w in zip(query, weights) if t in covered) / total) if total else 0.0
        embedding = float(max(plan["unit_sims"][r] for i in cited for r in sources.unit_rows[i]))
        keys: dict[str, str] = plan["keys"]
        missing = tuple(surface for key, surface in keys.items() if not term_in(key, covered))

        cited_sequences = [sources.unit_sequences[r] for i in cited for r in sources.unit_rows[i]]
        cited_words = {t for seq in cited_sequences for t in seq}
        surface = _surface_forms(text)
        pairs = [
            pair
            for pair in entity_pairs(text, set(keys))
            if pair[0] in cited_words and pair[1] in cited_words
        ]
        broken = tuple(
            f"{surface.get(a, a)} … {surface.get(b, b)}"
            for a, b in pairs
            if not pair_found((a, b), cited_sequences, self.thresholds.pair_window)
        )
        evidence = Evidence(
            embedding=embedding,
            coverage=coverage,
            missing_terms=missing,
            key_terms_total=len(keys),
            broken_pairs=broken,
            pairs_total=len(pairs),
            labels=tuple(sources.paragraphs[i].label for i in cited),
            judge=judge,
        )
        verdict, reason, score = decide(evidence, self.thresholds)
        attribution_signals = {
            "embedding": round(embedding, 4),
            "coverage": round(coverage, 4),
            "key_terms": round(1.0 - len(missing) / len(keys), 4) if keys else 1.0,
            "pairs": round(1.0 - len(broken) / len(pairs), 4) if pairs else 1.0,
            "support": round(score, 4),
        }
        if judge is not None:
            attribution_signals["judge"] = round(judge, 4)
        return Attribution(
            supports=tuple(supports),
            verdict=verdict,
            reason=reason,
            score=round(score, 4),
            signals=attribution_signals,
        )


def _surface_forms(text: str) -> dict[str, str]:
    """Content-sequence form → the word as written in ``text`` (for reasons)."""
    out: dict[str, str] = {}
    raw = text.replace("’", "'")
    for word in words(raw):
        seq = content_sequence(word)
        if seq:
            out.setdefault(seq[0], word)
    # restore capitals where the text has them
    for token in raw.split():
        clean = token.strip(".,;:!?\"'()[]").removesuffix("'s")
        seq = content_sequence(clean)
        if seq and seq[0] in out and clean[:1].isupper():
            out[seq[0]] = clean
    return out
