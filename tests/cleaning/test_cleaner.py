from pathlib import Path

from summarizer.cleaning.cleaner import clean_article
from summarizer.parsers.reader import read_article

BODY = [
    "The city council approved a new transport plan on Tuesday after months of debate among its members.",
    "The plan adds twelve bus lines and extends the tram network to the northern suburbs by 2028.",
    "Critics said the budget of 300 million euros was too small for the promised expansion of services.",
    "The mayor answered that federal grants would cover the remaining costs over the next four years.",
]


def build(tmp_path: Path, lines: list[str], name: str = "city-transport-plan.txt"):
    path = tmp_path / name
    path.write_text("\n\n".join(lines) + "\n", encoding="utf-8")
    return clean_article(read_article(path, "A1"))


def removal_of(article, text):
    return next(p.removal for p in article.paragraphs if p.text == text)


def test_front_matter_title_and_furniture(tmp_path: Path):
    article = build(
        tmp_path,
        ["Share this article", "Council backs new transport plan", "Council backs new transport plan", "Jane Doe",
         "Analysis | Cities"] + BODY,
    )
    assert article.title == "Council backs new transport plan" and article.title_from == "text"
    reasons = [p.removal for p in article.paragraphs]
    assert reasons[0].startswith("site furniture")
    assert reasons[1] == "headline"
    assert reasons[2] == "repeats ¶2"
    assert reasons[3].startswith("front matter")
    assert reasons[4] == "section tag"
    assert all(p.kept for p in article.paragraphs[5:])


def test_everything_after_an_appeal_at_the_end_is_removed(tmp_path: Path):
    teaser = "The president said early this week that the war has to stop and that a deal was needed."
    article = build(tmp_path, BODY + ["We hope you will consider a donation to support our reporting.", "Latest", teaser])
    assert [p.kept for p in article.paragraphs[:4]] == [True] * 4
    assert "appeal" in removal_of(article, "We hope you will consider a donation to support our reporting.")
    assert removal_of(article, teaser).startswith("after the article's end")


def test_an_appeal_near_the_top_does_not_end_the_article(tmp_path: Path):
    article = build(tmp_path, ["Support our journalism: become a member today, we need you."] + BODY)
    assert all(p.kept for p in article.paragraphs if p.text in BODY)


def test_repeated_paragraphs_keep_the_first_and_cite_it(tmp_path: Path):
    near_copy = BODY[1].replace("twelve", "12")
    article = build(tmp_path, BODY + [BODY[0], near_copy])
    assert removal_of(article, BODY[0]) is None
    assert article.paragraphs[4].removal == "repeats ¶1"
    assert article.paragraphs[5].removal == "repeats ¶2"
    # Numbers stay those of the original file.
    assert [p.number for p in article.paragraphs] == [1, 2, 3, 4, 5, 6]


def test_headings_and_empty_sections(tmp_path: Path):
    article = build(tmp_path, BODY[:2] + ["What Comes Next"] + BODY[2:] + ["The Bottom Line", BODY[0]])
    heading = article.paragraphs[2]
    assert heading.kind == "heading" and heading.kept
    bottom = next(p for p in article.paragraphs if p.text == "The Bottom Line")
    assert bottom.removal == "heading with no text under it after cleaning"


def test_title_falls_back_to_file_name(tmp_path: Path):
    article = build(tmp_path, BODY)
    assert article.title == "City Transport Plan" and article.title_from == "filename"


def test_a_file_name_that_says_nothing_gives_way_to_the_first_sentence(tmp_path: Path):
    article = build(tmp_path, BODY, name="doc2.txt")
    assert article.title == "The city council approved a new transport plan on Tuesday after months…"
    assert article.title_from == "text"
    short = build(tmp_path, ["The port reopened on Monday. " + BODY[0], *BODY[1:]], name="article_17.txt")
    assert short.title == "The port reopened on Monday" and short.title_from == "text"


def test_a_question_headline_is_the_title_and_a_lede_title_has_no_dateline(tmp_path: Path):
    # real news, 2026-12-07: "The Few. The Proud. The New Marines?" lost its title to the lede,
    # shown as "WASHINGTON (Aug. 13) -- Declaring ..."
    article = build(tmp_path, ["The Few. The Proud. The New Marines?"] + BODY, name="001.txt")
    assert article.title == "The Few. The Proud. The New Marines?" and article.title_from == "text"
    lede = "WASHINGTON (Aug. 13) -- The city council approved a new transport plan on Tuesday after months of debate."
    article = build(tmp_path, [lede] + BODY[1:], name="002.txt")
    assert article.title == "The city council approved a new transport plan on Tuesday after months…"
