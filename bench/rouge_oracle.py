"""How far can checked deletions go in ROUGE? A reference-peeking ceiling on SummEval's CNN/DM.

The briefing prints shortened source sentences whose every cut passes the deletion checks
(``summarizer.summarizers.deletion.check``: at most ``compress.MAX_SHARE`` of the sentence's
words, every cut a whole unit). Issue 10 asks its article summaries to reach Lead-3's ROUGE-1
and ROUGE-2. This script asks what the *best possible choice* among such sentences scores, with
the human references in hand (an oracle no system has): for each article, the sentences the
product would try (``plan_article``'s candidates), every deletion made of whole parts (the
pieces between commas, dashes and brackets: ``deletion.phrase_segments``) that passes the checks,
keeps a finite verb and at least 5 words, and a beam search (width ``BEAM``) over sets of them
within the article's own word and sentence budget, scored by a fast stemmed ROUGE against the
article's 11 references; the chosen set is then scored with rouge-score exactly as
``bench/rouge_summeval.py`` does. Variants: parts kept only as one neighbouring run (every such
run that passes the checks: more than the product's parts round offers, which also asks that a
run drop only asides at its ends) or any subset of parts; with no quoted sentence, or one
sentence printed whole (a quote).

    .venv/bin/python bench/rouge_oracle.py [--limit 100] [--objective rouge2|rouge12]

If the ceiling is below Lead-3, no choice among checked deletions of these sentences reaches it;
the model's choices can only score lower.
"""

from __future__ import annotations

import argparse
import itertools
import json
import statistics
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from condensation import _detokenize  # noqa: E402
from nltk.stem import porter  # noqa: E402
from rouge_score import rouge_scorer  # noqa: E402
from rouge_score import tokenize as rouge_tokenize  # noqa: E402
from rouge_summeval import EVAL, KINDS, score  # noqa: E402

from summarizer.nlp.sentences import split_sentences  # noqa: E402
from summarizer.summarizers.compress import MAX_SHARE, MAX_WORDS  # noqa: E402
from summarizer.summarizers.deletion import check, has_verb, phrase_segments, tokenize  # noqa: E402

# Beam width of the search over sets of lines: 30 and 60 gave the same ceiling to 0.01 on the
# first 30 articles (2026-12-06).
BEAM = 30
# Parts per sentence up to which every subset is tried (2^10 checks); a longer sentence is
# tried in neighbouring runs only.
MAX_PARTS_FOR_SUBSETS = 10
MIN_WORDS = 5
_STEMMER = porter.PorterStemmer()


def _tokens(text: str) -> list[str]:
    # rouge-score's own tokenizer and its stemming rule (words of more than 3 letters).
    return [_STEMMER.stem(w) if len(w) > 3 else w for w in rouge_tokenize.tokenize(text, None)]


def _fast_f(summary: list[str], references: list[tuple[Counter, int, Counter, int]], objective: str) -> float:
    """Mean ROUGE-2 F (objective ``rouge2``) or ROUGE-1 F + ROUGE-2 F (``rouge12``) over references."""
    bigrams = Counter(zip(summary, summary[1:]))
    unigrams = Counter(summary)
    total = 0.0
    for ref_bigrams, ref_bigram_count, ref_unigrams, ref_unigram_count in references:
        pairs = [(bigrams, sum(bigrams.values()), ref_bigrams, ref_bigram_count)]
        if objective == "rouge12":
            pairs.append((unigrams, len(summary), ref_unigrams, ref_unigram_count))
        for ours, count, theirs, their_count in pairs:
            overlap = sum((ours & theirs).values())
            if overlap:
                precision, recall = overlap / count, overlap / their_count
                total += 2 * precision * recall / (precision + recall)
    return total / len(references)


def deletion_options(text: str, any_subset: bool) -> list[tuple[str, int]]:
    """(printed text, words) of every deletion of whole parts of ``text`` that passes the checks."""
    source = tokenize(text)
    spans = phrase_segments(text, source)
    n = len(spans)
    if any_subset and n <= MAX_PARTS_FOR_SUBSETS:
        subsets = [c for m in range(1, n + 1) for c in itertools.combinations(range(n), m)]
    else:
        subsets = [tuple(range(a, b + 1)) for a in range(n) for b in range(a, n)]
    out: dict[str, int] = {}
    for subset in subsets:
        kept = {k for part in subset for k in range(*spans[part])}
        found = check(kept, text, source, max_words=MAX_WORDS, max_share=MAX_SHARE)
        if found.text and found.words >= MIN_WORDS and has_verb(source, found.kept):
            out.setdefault(found.text, found.words)
    return list(out.items())


def ceiling(options: list[tuple[int, str, int, bool]], budget_words: int, budget_lines: int, quotes: int,
            references: list, objective: str) -> list[str]:
    """The best set of lines (at most one per source sentence, in the article's order) by beam search."""
    tokens = [_tokens(text) for _, text, _, _ in options]
    beam: list[tuple[tuple[int, ...], int, int]] = [((), 0, 0)]
    best: tuple[tuple[int, ...], float] = ((), 0.0)
    for _ in range(budget_lines):
        grown: dict[tuple[int, ...], tuple[tuple[int, ...], int, int, float]] = {}
        for chosen, words, quoted in beam:
            sources = {options[k][0] for k in chosen}
            for k, (source, _, count, is_quote) in enumerate(options):
                if source in sources or words + count > budget_words or quoted + is_quote > quotes:
                    continue
                lines = tuple(sorted(chosen + (k,), key=lambda j: options[j][0]))
                if lines not in grown:
                    value = _fast_f([w for j in lines for w in tokens[j]], references, objective)
                    grown[lines] = (lines, words + count, quoted + is_quote, value)
        if not grown:
            break
        ranked = sorted(grown.values(), key=lambda g: -g[3])[:BEAM]
        if ranked[0][3] > best[1]:
            best = (ranked[0][0], ranked[0][3])
        beam = [(lines, words, quoted) for lines, words, quoted, _ in ranked]
    return [options[k][1] for k in best[0]]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--limit", type=int, default=100)
    parser.add_argument("--objective", choices=("rouge2", "rouge12"), default="rouge12")
    args = parser.parse_args()
    rows = [json.loads(line) for line in EVAL.open()][: args.limit]
    folder = Path(tempfile.mkdtemp(prefix="summeval-oracle-"))
    for i, row in enumerate(rows, 1):  # the same files as bench/rouge_summeval.py
        sentences = split_sentences(_detokenize(row["source"]))
        (folder / f"a{i:03d}.txt").write_text(
            f"Title: {' '.join(sentences[0].split()[:10])}\n\n" + "\n\n".join(sentences) + "\n", encoding="utf-8"
        )
    from summarizer.config import load_settings  # noqa: PLC0415
    from summarizer.nlp.embedder import default_embedder  # noqa: PLC0415
    from summarizer.pipeline import prepare_articles  # noqa: PLC0415
    from summarizer.summarizers.article import plan_article  # noqa: PLC0415

    started = time.monotonic()
    settings = load_settings(REPO / "config.toml", {})
    articles, _ = prepare_articles(folder, lambda message: None)
    embedder = default_embedder()
    scorer = rouge_scorer.RougeScorer(list(KINDS), use_stemmer=True)
    variants = {
        "runs of parts, no quote": (False, 0),
        "any parts, no quote": (True, 0),
        "runs of parts, one sentence whole": (False, 1),
    }
    table: dict[str, list[dict[str, float]]] = {"Lead-3": []}
    lengths: dict[str, list[int]] = {name: [] for name in variants}
    for row, article in zip(rows, articles):
        references = []
        for reference in row["references"]:
            tokens = _tokens("\n".join(split_sentences(_detokenize(reference))))
            bigrams = Counter(zip(tokens, tokens[1:]))
            references.append((bigrams, sum(bigrams.values()), Counter(tokens), len(tokens)))
        plan = plan_article(article, embedder, settings.summary)
        candidates = sorted(plan.candidates, key=lambda s: s.sentence.start)
        table["Lead-3"].append(score(scorer, split_sentences(_detokenize(row["source"]))[:3], row["references"]))
        for name, (any_subset, quotes) in variants.items():
            options = []
            for index, selection in enumerate(candidates):
                text = selection.sentence.text
                options += [(index, line, words, False) for line, words in deletion_options(text, any_subset)]
                if quotes:
                    options.append((index, text, len(text.split()), True))
            lines = ceiling(options, plan.budget.words, plan.budget.sentences, quotes, references, args.objective)
            table.setdefault(name, []).append(score(scorer, lines, row["references"]))
            lengths[name].append(sum(len(line.split()) for line in lines))
    print(f"{len(rows)} articles, objective {args.objective}, beam {BEAM}, {time.monotonic() - started:.0f} s")
    print("| summaries (reference-peeking ceiling) | ROUGE-1 | ROUGE-2 | ROUGE-Lsum | words (mean) |\n|---|---|---|---|---|")
    for name, scores in table.items():
        means = [statistics.mean(r[k] for r in scores) for k in KINDS]
        words = f"{statistics.mean(lengths[name]):.1f}" if name in lengths else "-"
        print(f"| {name} | " + " | ".join(f"{m:.2f}" for m in means) + f" | {words} |")


if __name__ == "__main__":
    main()
