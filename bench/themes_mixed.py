"""Do themes keep stories apart? Purity and coverage of the themes on a mixed week.

Builds a week from public data with known topics: ``--per-topic`` documents of each SummHay news
topic (1-3: Dodge muscle cars, the Silicon Valley Bank collapse, Foot Locker; LLM-written
reports around real news), ``--singles`` unrelated SummEval CNN/DM articles (one story each, the
off-topic ones), and two wire copies (a CNN/DM article again with its first sentence dropped).
Then it runs the real reading, cleaning, duplicate grouping and theme planning (no language
model: themes are planned from MiniLM vectors) and prints

- purity: for each theme, the share of its articles from its majority topic, weighted by its
  article count (1.0 = no theme mixes topics);
- coverage: the topics with at least three articles that have a theme;
- each theme's title and articles.

    .venv/bin/python bench/themes_mixed.py [--per-topic 8] [--singles 10] [--seed 0]
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import tempfile
from collections import Counter
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from condensation import _detokenize  # noqa: E402

from summarizer.cleaning.duplicates import group_duplicates  # noqa: E402
from summarizer.config import Settings  # noqa: E402
from summarizer.nlp.embedder import default_embedder  # noqa: E402
from summarizer.nlp.sentences import split_sentences  # noqa: E402
from summarizer.pipeline import plan_briefing, prepare_articles  # noqa: E402

EVAL = REPO.parent / "shared" / "eval"


def build_week(folder: Path, per_topic: int, singles: int, seed: int) -> dict[str, str]:
    """Write the week; returns file name -> topic label."""
    rng = random.Random(seed)
    labels: dict[str, str] = {}
    topics = [json.loads(line) for line in (EVAL / "summhay_news" / "topics_dev.jsonl").open()]
    for number, topic in enumerate(topics, 1):
        for i, doc in enumerate(rng.sample(topic["documents"], per_topic), 1):
            name = f"t{number}-{i:02d}.txt"
            body = "\n\n".join(p.strip() for p in doc["text"].split("\n") if p.strip())
            (folder / name).write_text(f"Title: {topic['topic']} report {i}\n\n{body}\n", encoding="utf-8")
            labels[name] = f"summhay-{number}"
    rows = [json.loads(line) for line in (EVAL / "summeval" / "summeval.jsonl").open()]
    for i, row in enumerate(rng.sample(rows, singles), 1):
        sentences = split_sentences(_detokenize(row["source"]))
        name = f"cnn-{i:02d}.txt"
        (folder / name).write_text(
            f"Title: {' '.join(sentences[0].split()[:10])}\n\n" + "\n\n".join(sentences) + "\n", encoding="utf-8"
        )
        labels[name] = f"cnn-{i}"
        if i <= 2:  # a wire copy: the same story again, lightly cut
            copy = f"cnn-{i:02d}-wire.txt"
            (folder / copy).write_text(
                f"Title: {' '.join(sentences[1].split()[:10])}\n\n" + "\n\n".join(sentences[1:]) + "\n", encoding="utf-8"
            )
            labels[copy] = f"cnn-{i}"
    return labels


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--per-topic", type=int, default=8)
    parser.add_argument("--singles", type=int, default=10)
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="themes-mixed-"))
    labels = build_week(folder, args.per_topic, args.singles, args.seed)
    articles, _ = prepare_articles(folder, lambda message: None)
    label_of = {a.id: labels[a.path.name] for a in articles}
    embedder = default_embedder()
    groups = group_duplicates(articles, embedder)
    independent = [a for a in articles if a.duplicate_of is None]
    settings = Settings()
    plan = plan_briefing(independent, embedder, settings)
    themes = plan.themes.themes
    weighted = sum(Counter(label_of[a] for a in t.article_ids).most_common(1)[0][1] for t in themes)
    total = sum(len(t.article_ids) for t in themes)
    sizes = Counter(label_of[a.id] for a in independent)
    big = sorted(label for label, n in sizes.items() if n >= 3)
    covered = {Counter(label_of[a] for a in t.article_ids).most_common(1)[0][0] for t in themes}
    print(f"week: {len(articles)} articles ({len(independent)} independent; duplicate groups "
          f"{[g.members for g in groups]}), topics with >= 3 articles: {big}")
    print(f"stories found: {len(plan.themes.stories)}; sizes {[len(s) for s in plan.themes.stories]}")
    for theme in themes:
        mix = Counter(label_of[a] for a in theme.article_ids)
        print(f"  {theme.title!r}: {len(theme.article_ids)} articles {dict(mix)}")
    print(f"purity {weighted / total if total else 0:.3f} over {len(themes)} themes; "
          f"coverage {len(covered & set(big))}/{len(big)} topics with >= 3 articles")


if __name__ == "__main__":
    main()
