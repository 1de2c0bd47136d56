"""Per-article planning: how many candidates beyond the budget an article is given."""

from summarizer.dom import Article, Paragraph
from summarizer.summarizers.article import (
    MAX_SPARE_CANDIDATES,
    MIN_SPARE_CANDIDATES,
    NEWS_REPORT_WORDS,
    spare_candidates,
)
from summarizer.summarizers.budget import kept_words


def article_of(words: int) -> Article:
    text = " ".join(["word"] * words)
    return Article("A1", None, "t", None, None, [Paragraph("A1.P1", "A1", 1, text, 0, len(text))], "0")


def test_news_of_ordinary_length_gets_the_fewest_spares_and_a_long_analysis_more():
    assert spare_candidates(article_of(350)) == MIN_SPARE_CANDIDATES
    assert spare_candidates(article_of(700)) == MIN_SPARE_CANDIDATES
    assert spare_candidates(article_of(1179)) == MIN_SPARE_CANDIDATES + 2
    assert spare_candidates(article_of(10_000)) == MAX_SPARE_CANDIDATES




def test_a_news_report_is_tried_in_its_order_and_a_long_piece_by_coverage(embedder):
    from summarizer.config import SummarySettings
    from summarizer.dom import Sentence
    from summarizer.summarizers.article import plan_article

    def paragraph(number: int, text: str) -> Paragraph:
        pid = f"A1.P{number}"
        return Paragraph(pid, "A1", number, text, 0, len(text), [Sentence(f"{pid}.S1", text, 0, len(text))])

    # A scene-setting lede: only the article's length makes it a news report.
    paragraphs = [paragraph(i, s) for i, s in enumerate([
        "On a grey Tuesday morning the crowd gathered slowly outside the old town hall.",
        "The central bank raised interest rates by half a point on Thursday to fight inflation.",
        "Inflation reached 7 percent in October, the highest level since 1992, the bank said.",
        "Economists expect the bank to raise interest rates again in December if inflation persists.",
        "The football club won its match on Saturday with a late goal from its new striker.",
    ], 1)]
    short = Article("A1", None, "t", None, None, paragraphs, "0")
    ids = [c.sentence.id for c in plan_article(short, embedder, SummarySettings()).candidates]
    assert kept_words(short) <= NEWS_REPORT_WORDS and ids == sorted(ids)
    # The same sentences in a long piece (a paragraph too long to be a candidate makes it long).
    long = Article("A1", None, "t", None, None, paragraphs + [paragraph(9, " ".join(["word"] * NEWS_REPORT_WORDS))], "0")
    ids = [c.sentence.id for c in plan_article(long, embedder, SummarySettings()).candidates]
    assert kept_words(long) > NEWS_REPORT_WORDS and ids != sorted(ids)
