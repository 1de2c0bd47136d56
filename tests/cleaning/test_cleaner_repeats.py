"""The repeated-paragraph pass finds its candidates through a MinHash-LSH index; its decisions
must be those of comparing every pair (the pass before the index), on article-like inputs."""

from __future__ import annotations

import random

from hypothesis import given, settings
from hypothesis import strategies as st

from conftest import SAMPLES
from summarizer.cleaning.cleaner import REPEAT_MIN_WORDS, _mark_repeats, _same_text
from summarizer.dom import Paragraph
from summarizer.nlp.text import words
from summarizer.parsers.reader import read_folder

VOCABULARY = (
    "the minister said talks on trade energy would resume next week in capital officials from both "
    "countries met tuesday after months of tension over tariffs exports grain ports prices rose fell"
).split()


def every_pair(paragraphs: list[Paragraph]) -> list[str | None]:
    """The reference: each paragraph against every earlier non-repeat, first match named."""
    earlier: list[tuple[Paragraph, list[str]]] = []
    exact: dict[tuple[str, ...], Paragraph] = {}
    out: list[str | None] = []
    for paragraph in paragraphs:
        tokens = words(paragraph.text)
        first = exact.get(tuple(tokens)) or next(
            (p for p, t in earlier if _same_text(tokens, t, set(tokens), set(t))), None
        )
        if first is not None:
            out.append(f"repeats ¶{first.number}")
            continue
        earlier.append((paragraph, tokens))
        exact.setdefault(tuple(tokens), paragraph)
        out.append(None)
    return out


def paragraphs_of(texts: list[str]) -> list[Paragraph]:
    return [Paragraph(f"A1.P{i}", "A1", i, text, 0, len(text)) for i, text in enumerate(texts, 1)]


def reworded(text: str, rng: random.Random, changes: int) -> str:
    tokens = text.split()
    for _ in range(changes):
        tokens[rng.randrange(len(tokens))] = rng.choice(VOCABULARY)
    return " ".join(tokens)


@settings(max_examples=40, deadline=None)
@given(st.integers(0, 10_000), st.integers(5, 80))
def test_index_decides_as_every_pair_does(seed: int, count: int):
    rng = random.Random(seed)
    texts: list[str] = []
    for _ in range(count):
        roll = rng.random()
        if texts and roll < 0.2:
            texts.append(rng.choice(texts))  # an exact repeat
        elif texts and roll < 0.45:
            texts.append(reworded(rng.choice(texts), rng, rng.randint(1, 4)))  # a re-rendered one
        else:
            texts.append(" ".join(rng.choice(VOCABULARY) for _ in range(rng.randint(3, 40))))
    paragraphs = paragraphs_of(texts)
    expected = every_pair(paragraphs)
    _mark_repeats(paragraphs)
    assert [p.removal for p in paragraphs] == expected


def test_a_reworded_repeat_is_found_and_a_short_line_only_when_identical():
    first = "Officials from both countries met on Tuesday after months of tension over tariffs on grain exports."
    again = "Officials from both countries met on Tuesday after months of tension over duties on grain exports."
    assert len(first.split()) >= REPEAT_MIN_WORDS
    paragraphs = paragraphs_of([first, "Read more", "Other news entirely about ports and prices here today.", again, "Read more", "Read less"])
    _mark_repeats(paragraphs)
    assert [p.removal for p in paragraphs] == [None, None, None, "repeats ¶1", "repeats ¶2", None]


def test_samples_same_as_every_pair():
    for article in read_folder(SAMPLES).articles:
        expected = every_pair(article.paragraphs)
        _mark_repeats(article.paragraphs)
        assert [p.removal for p in article.paragraphs] == expected
