"""Time the cleaning of one long article: the repeated-paragraph pass (candidate pairs from an LSH index).

Writes a synthetic article of N paragraphs drawn from a small vocabulary (the hard case: every
pair shares most words, so no cheap filter rules pairs out), plus every tenth paragraph repeated,
and prints the cleaning time and how many repeats were found.

    .venv/bin/python bench/cleaning_speed.py [--paragraphs 1000 2000]
"""

from __future__ import annotations

import argparse
import random
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from summarizer.cleaning.cleaner import clean_article  # noqa: E402
from summarizer.parsers.reader import read_folder  # noqa: E402

VOCABULARY = "the minister said that talks on trade and energy would resume next week in the capital".split()


def article_text(count: int, seed: int = 0) -> str:
    rng = random.Random(seed)
    paragraphs = []
    for index in range(count):
        if index % 10 == 9:
            paragraphs.append(paragraphs[rng.randrange(len(paragraphs))])  # a scrape's repeat
        else:
            paragraphs.append(" ".join(rng.choice(VOCABULARY) for _ in range(rng.randint(20, 40))).capitalize() + ".")
    return "Title: A long article\n\n" + "\n\n".join(paragraphs) + "\n"


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--paragraphs", type=int, nargs="+", default=[1000, 2000])
    args = parser.parse_args()
    for count in args.paragraphs:
        with tempfile.TemporaryDirectory() as folder:
            (Path(folder) / "long.txt").write_text(article_text(count), encoding="utf-8")
            [article] = read_folder(Path(folder)).articles
            started = time.monotonic()
            clean_article(article)
            seconds = time.monotonic() - started
        repeats = sum(1 for p in article.paragraphs if p.removal and p.removal.startswith("repeats"))
        print(f"{count} paragraphs: cleaning {seconds:.1f} s, {repeats} repeats found", flush=True)


if __name__ == "__main__":
    main()
