"""Executive candidates: stories largest first, round-robin, each article's best sentence first."""

import numpy as np

from summarizer.dom import Sentence
from summarizer.summarizers.article import ArticlePlan
from summarizer.summarizers.budget import Budget
from summarizer.summarizers.executive import plan_executive
from summarizer.summarizers.salience import Selection


class Pool:
    def __init__(self, vectors):
        self.vectors = vectors

    def article_vector(self, article_id):
        return self.vectors[article_id]


def plan(article_id, count):
    sentences = [Sentence(f"{article_id}.P{i}.S1", f"s{i}", i, i + 1) for i in range(1, count + 1)]
    selections = tuple(Selection(s, None, "", rank) for rank, s in enumerate(sentences))
    return ArticlePlan(None, Budget(80, 4), selections)


def test_round_robin_over_stories_then_articles():
    pool = Pool({"A1": np.array([1.0, 0.0]), "A2": np.array([0.9, 0.1]), "A3": np.array([0.0, 1.0])})
    plans = {"A1": plan("A1", 2), "A2": plan("A2", 2), "A3": plan("A3", 2)}
    order = plan_executive([["A1", "A2"], ["A3"]], plans, pool)
    assert [(story, s.id) for story, s in order[:4]] == [
        (0, "A1.P1.S1"), (1, "A3.P1.S1"), (0, "A2.P1.S1"), (1, "A3.P2.S1"),
    ]
