import numpy as np

from summarizer.summarizers.themes.topics import find_topics


def unit(*values):
    v = np.array(values, dtype=float)
    return v / np.linalg.norm(v)


def test_a_topic_needs_two_articles():
    vectors = np.stack([unit(1, 0, 0), unit(1, 0.1, 0), unit(0, 1, 0), unit(0, 1, 0.1)])
    topics = find_topics(vectors, ["A1", "A2", "A1", "A1"])
    assert [t.rows for t in topics] == [(0, 1)]
    assert topics[0].articles == ("A1", "A2") and topics[0].cohesion > 0.9


def test_topics_shared_by_more_articles_come_first():
    vectors = np.stack([unit(1, 0, 0), unit(1, 0.1, 0), unit(0, 1, 0), unit(0, 1, 0.1), unit(0, 1, 0.05)])
    topics = find_topics(vectors, ["A1", "A2", "A1", "A2", "A3"])
    assert topics[0].articles == ("A1", "A2", "A3")
