import numpy as np

from summarizer.summarizers.themes.stories import group_stories


def test_articles_group_by_story_and_a_lone_article_is_its_own_story():
    a = np.array([1.0, 0.0, 0.0])
    b = np.array([0.0, 1.0, 0.0])
    vectors = np.stack([a, b, a + 0.1 * b, b + 0.05 * a, np.array([0.0, 0.0, 1.0])])
    assert group_stories(vectors) == [[0, 2], [1, 3], [4]]


def test_no_article_no_story():
    assert group_stories(np.zeros((0, 3))) == []
    assert group_stories(np.ones((1, 3))) == [[0]]
