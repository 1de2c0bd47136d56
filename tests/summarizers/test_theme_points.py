"""Themes from points that several articles make (theme_points), on articles written here.

The embedder is the real MiniLM, so "the same point" means what it means in the product.
"""

from __future__ import annotations

from pathlib import Path

from summarizer.dom import Article, Paragraph, Sentence
from summarizer.summarizers.theme_clusters import build_space
from summarizer.summarizers.theme_points import point_themes, select_points
from summarizer.summarizers.themes import find_themes, plan_theme


def article(article_id: str, sentences: list[str]) -> Article:
    pid = f"{article_id}.P1"
    built = [Sentence(f"{pid}.S{i}", t, 0, 0) for i, t in enumerate(sentences, 1)]
    paragraph = Paragraph(pid, article_id, 1, " ".join(sentences), 0, 0, built)
    return Article(article_id, Path(f"{article_id}.txt"), article_id, None, None, [paragraph], "0" * 64)


# The same claim in three articles, another in two; each article also says something of its own.
STRIKE = [
    "Dock workers at the port of Rotterdam walked out on Monday over a dispute about night-shift pay.",
    "Dock workers in the port of Rotterdam went on strike on Monday in a dispute over night-shift pay.",
    "On Monday, dock workers at Rotterdam's port walked out over a dispute about pay for night shifts.",
]
GAS_CAP = [
    "The European Commission proposed a cap on wholesale gas prices for the coming winter on Tuesday.",
    "On Tuesday the European Commission proposed capping wholesale gas prices for the coming winter.",
]
OWN = [
    "A new museum of tiles opened in Lisbon on Saturday with a collection of four thousand azulejos.",
    "Farmers in the north reported an unusually dry spring that could reduce the potato harvest.",
    "The city council approved a new cycle lane along the river after a two-year consultation.",
]


def small_set():
    return [
        article("A1", [STRIKE[0], GAS_CAP[0], OWN[0]]),
        article("A2", [STRIKE[1], GAS_CAP[1], OWN[1]]),
        article("A3", [STRIKE[2], OWN[2]]),
    ]


def test_the_point_made_by_most_articles_comes_first_and_points_are_distinct(embedder):
    space = build_space(small_set(), embedder, 8)
    points = select_points(space, budget=10)
    texts = lambda p: {space.units[r].sentence.text for r in p.rows}  # noqa: E731
    assert len(points) == 2, [texts(p) for p in points]
    first, second = points
    assert first.support == 3 and texts(first) == set(STRIKE)  # written from all three articles
    assert second.support == 2 and texts(second) == set(GAS_CAP)
    for point in points:
        owners = [space.units[r].article.id for r in point.rows]
        assert len(set(owners)) == len(owners)  # one sentence per article
    used = [r for p in points for r in p.rows]
    assert len(used) == len(set(used))
    # Nothing an article says alone is a point.
    assert not any(texts(p) & set(OWN) for p in points)


def test_a_claim_restated_by_most_of_a_large_set_is_its_subject_not_a_point(embedder):
    subject = "Dodge muscle cars continue to captivate car enthusiasts across the whole country."
    articles = []
    for number in range(1, 9):
        sentences = [subject.replace("whole", ["entire", "whole"][number % 2])]
        if number <= 3:
            sentences.append(STRIKE[number - 1])
        sentences.append(f"Local dealer number {number} reported record sales of {number * 7} cars in its showroom last month.")
        articles.append(article(f"A{number}", sentences))
    space = build_space(articles, embedder, 8)
    points = select_points(space, budget=10)
    chosen = {space.units[r].sentence.text for p in points for r in p.rows}
    assert chosen and chosen <= set(STRIKE), chosen
    assert points[0].support == 3


def test_point_themes_cite_their_points_and_carry_a_title_from_shared_words(embedder):
    space = build_space(small_set(), embedder, 8)
    themes = point_themes(space, max_themes=5, per_theme=3)
    assert themes
    first = themes[0]
    assert first.origin == "points" and first.points
    assert set(first.article_ids) == {"A1", "A2", "A3"}  # the strike is in all three
    # Named by what the claim is about, in words that two or more of its articles use.
    assert first.title and first.title != "Shared topic"
    for part in first.title.lower().split(" and "):
        users = {space.units[r].article.id for r in first.rows if part in space.units[r].sentence.text.lower()}
        assert len(users) >= 2, part
    member_paragraphs = set(first.paragraph_ids)
    for rows in first.points:
        assert {space.units[r].paragraph.id for r in rows} <= member_paragraphs


def test_planned_points_are_kept_and_no_sentence_serves_two_themes(embedder):
    space = build_space(small_set(), embedder, 8)
    themes = find_themes(space, max_themes=5, per_theme=3)
    used: set[int] = set()
    seen: list[int] = []
    for theme in themes:
        plan = plan_theme(space, theme, 3, 70, [], used)
        if theme.points:
            assert [p.rows for p in plan.points][:1] and set(plan.points[0].rows) == set(theme.points[0])
        seen += [r for p in plan.points for r in p.rows]
        seen += list(plan.contrast.rows) if plan.contrast else []
    assert len(seen) == len(set(seen))


def test_noun_like_terms_only_in_point_titles():
    from summarizer.summarizers.theme_clusters import noun_like

    assert noun_like("interest rates") and noun_like("credit unions") and noun_like("connecting rods")
    assert not noun_like("sent shockwaves")  # a verb with an object
    assert not noun_like("pushed back") and not noun_like("projects laying") and not noun_like("less energy")
