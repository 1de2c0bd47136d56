from pathlib import Path

import pytest

from summarizer.errors import InputError
from summarizer.parsers.reader import read_article, read_folder

ARTICLE = """Title: Ports reopen after the storm
Source: Harbour Gazette
Date: 2026-11-02

The port of Valmer reopened on Monday after the storm. Ships waited for three days.

Officials said damage was limited. Repairs will cost 4 million euros.
"""


def test_header_and_paragraph_ids_and_offsets(tmp_path: Path):
    path = tmp_path / "a.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    article = read_article(path, "A1")
    assert (article.title, article.source, article.date) == ("Ports reopen after the storm", "Harbour Gazette", "2026-11-02")
    assert article.title_from == "header"
    assert [p.id for p in article.paragraphs] == ["A1.P1", "A1.P2"]
    text = path.read_text(encoding="utf-8")
    for paragraph in article.paragraphs:
        assert text[paragraph.start : paragraph.end] == paragraph.text
        for sentence in paragraph.sentences:
            assert text[sentence.start : sentence.end] == sentence.text
    assert [s.id for s in article.paragraphs[1].sentences] == ["A1.P2.S1", "A1.P2.S2"]


def test_consecutive_short_lines_are_separate_paragraphs(tmp_path: Path):
    path = tmp_path / "a.txt"
    path.write_text("Top Photo: a caption here\nAnalysis | World\nsection tag\n\nBody text is here. It goes on.\n")
    article = read_article(path, "A3")
    assert [p.text for p in article.paragraphs] == ["Top Photo: a caption here", "Analysis | World", "section tag", "Body text is here. It goes on."]
    assert [p.number for p in article.paragraphs] == [1, 2, 3, 4]


def test_hard_wrapped_block_is_one_paragraph_with_offsets(tmp_path: Path):
    wrapped = (
        "The committee met on Tuesday to discuss the budget for the coming\n"
        "year and agreed to raise spending on schools by two percent while\n"
        "cutting administrative costs.\n"
    )
    path = tmp_path / "a.md"
    path.write_text(wrapped)
    article = read_article(path, "A1")
    assert len(article.paragraphs) == 1
    paragraph = article.paragraphs[0]
    assert paragraph.text.startswith("The committee met") and "coming year" in paragraph.text
    assert wrapped[paragraph.start : paragraph.end].split() == paragraph.text.split()


def test_markdown_heading_kind(tmp_path: Path):
    path = tmp_path / "a.md"
    path.write_text("# The Big Picture\n\nSomething happened today in the capital city of the country.\n")
    article = read_article(path, "A1")
    assert article.paragraphs[0].kind == "heading"
    assert article.paragraphs[0].text == "The Big Picture"


@pytest.mark.parametrize(
    "data, problem",
    [(b"", "empty file"), (b"  \n\n ", "empty file"), (b"\x00\x01binary\x00", "binary"), (b"caf\xe9 au lait", "not UTF-8")],
)
def test_bad_files_are_skipped_with_a_reason(tmp_path: Path, data: bytes, problem: str):
    (tmp_path / "bad.txt").write_bytes(data)
    (tmp_path / "good.txt").write_text("A real article sentence is here. Another one follows it.")
    result = read_folder(tmp_path)
    assert [a.path.name for a in result.articles] == ["good.txt"]
    assert len(result.skipped) == 1 and problem in result.skipped[0].problem
    assert result.skipped[0].path.name == "bad.txt"


def test_folder_errors(tmp_path: Path):
    with pytest.raises(InputError, match="no .txt or .md"):
        read_folder(tmp_path)
    with pytest.raises(InputError, match="no such folder"):
        read_folder(tmp_path / "missing")
    (tmp_path / "notes.pdf").write_bytes(b"%PDF")
    with pytest.raises(InputError, match="no .txt or .md"):
        read_folder(tmp_path)


def test_bom_is_accepted(tmp_path: Path):
    path = tmp_path / "a.txt"
    path.write_bytes("\ufeffTitle: T one two\n\nThe body sentence is here.".encode("utf-8"))
    article = read_article(path, "A1")
    assert article.title == "T one two"
    text = path.read_text(encoding="utf-8")
    assert text[article.paragraphs[0].start : article.paragraphs[0].end] == "The body sentence is here."
