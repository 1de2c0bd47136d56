"""Near-duplicate grouping on small articles written here, with the real MiniLM embedder."""

from __future__ import annotations

from pathlib import Path

import numpy as np

from summarizer.cleaning.duplicates import group_duplicates, twin_coverage
from summarizer.dom import Article, Paragraph, Sentence


def make_article(article_id: str, paragraphs: list[list[str]], title: str = "") -> Article:
    built = []
    for number, texts in enumerate(paragraphs, 1):
        pid = f"{article_id}.P{number}"
        sentences = [Sentence(f"{pid}.S{i}", t, 0, 0) for i, t in enumerate(texts, 1)]
        built.append(Paragraph(pid, article_id, number, " ".join(texts), 0, 0, sentences))
    return Article(article_id, Path(f"{article_id}.txt"), title or article_id, None, None, built, "0" * 64)


STORY = [
    [
        "Dock workers at the port of Rotterdam walked out on Monday over a dispute about night-shift pay.",
        "The union said the strike would last at least three days unless the operators improve their offer.",
    ],
    [
        "Container ships were already queuing outside the harbour by Monday evening, according to the port authority.",
        "Retailers warned that deliveries of electronics and clothing could be delayed by a week.",
    ],
    [
        "The operators said they had offered a four percent rise and called the walkout irresponsible.",
        "Talks are scheduled to resume on Wednesday in The Hague with a government mediator.",
    ],
]

REWORDED = [
    [
        "Dockworkers at Rotterdam's port walked off the job on Monday in a dispute over night-shift pay.",
        "The union said the strike would last three days at least unless operators improved their offer.",
    ],
    [
        "By Monday evening container ships were already queuing outside the harbour, the port authority said.",
        "Retailers warned deliveries of clothing and electronics could be delayed by one week.",
    ],
    [
        "Operators said they had offered a four percent increase and called the walkout irresponsible.",
        "Talks are due to resume on Wednesday in The Hague with a government mediator.",
    ],
]

SAME_SUBJECT = [
    [
        "The Rotterdam port strike entered its second day on Tuesday with no sign of a settlement.",
        "Shipping lines began diverting vessels to Antwerp and Hamburg to avoid the backlog.",
    ],
    [
        "Economists estimate that each day of the stoppage costs the Dutch economy around 40 million euros.",
        "The last major strike at the port, in 2019, lasted nine days and ended with a two-year wage deal.",
    ],
    [
        "Union leaders said members were angry that night shifts had been extended without extra pay.",
        "A spokesperson for the operators declined to comment on the diversions.",
    ],
]


def test_a_wire_copy_and_a_light_rewording_are_one_story(embedder):
    original = make_article("A1", STORY)
    copy = make_article("A2", STORY[:2])  # the same wire story, cut shorter by the second site
    reworded = make_article("A3", REWORDED)
    other = make_article("A4", SAME_SUBJECT)
    groups = group_duplicates([original, copy, reworded, other], embedder)
    assert len(groups) == 1
    [group] = groups
    assert set(group.members) == {"A1", "A2", "A3"}
    assert group.members[0] == group.representative
    # The longest member is summarised; the others point to it.
    assert group.representative in ("A1", "A3")
    for article in (original, copy, reworded):
        if article.id != group.representative:
            assert article.duplicate_of == group.representative
    assert other.duplicate_of is None
    assert 0.6 <= group.similarity <= 1.0


def test_two_articles_on_one_subject_are_not_duplicates(embedder):
    a, b = make_article("A1", STORY), make_article("A2", SAME_SUBJECT)
    assert group_duplicates([a, b], embedder) == []
    assert a.duplicate_of is None and b.duplicate_of is None


def test_single_paragraph_articles_on_one_subject_are_not_duplicates(embedder):
    # One paragraph per article (as much wire copy arrives): compared sentence by sentence, so a
    # reworded copy is found and an article on the same subject is not. (Comparing paragraphs
    # here meant comparing whole articles, which grouped 88 of 100 SummHay news articles.)
    a = make_article("A1", [[s for p in STORY for s in p]])
    b = make_article("A2", [[s for p in SAME_SUBJECT for s in p]])
    c = make_article("A3", [[s for p in REWORDED for s in p]])
    groups = group_duplicates([a, b, c], embedder)
    assert [set(g.members) for g in groups] == [{"A1", "A3"}]
    assert b.duplicate_of is None


def test_fewer_than_two_articles_have_no_groups(embedder):
    assert group_duplicates([], embedder) == []
    assert group_duplicates([make_article("A1", STORY)], embedder) == []


def test_twin_coverage_counts_the_shorter_articles_sentences():
    a = np.eye(4, dtype=np.float32)[:2]  # two sentences, both present in b
    b = np.eye(4, dtype=np.float32)
    assert twin_coverage(a, b) == 1.0
    assert twin_coverage(b, a) == 1.0  # order does not matter: the shorter one is measured
    assert twin_coverage(np.eye(4, dtype=np.float32)[2:], np.eye(4, dtype=np.float32)[:2]) == 0.0
    assert twin_coverage(np.zeros((0, 4), np.float32), b) == 0.0
