"""Property-based tests: any input reads without crashing, and the paragraphs (kept and removed,
after cleaning too) cover the extracted text exactly: between and around them only white space."""

from __future__ import annotations

import html
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from summarizer.cleaning.cleaner import clean_article
from summarizer.dom import Article
from summarizer.errors import InputError
from summarizer.parsers.extraction import Block, from_blocks
from summarizer.parsers.reader import read_article

SETTINGS = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
# Text that looks like articles often enough to exercise the paragraph and sentence rules:
# words, punctuation, header keys, markdown marks, line breaks and odd white space.
PIECES = st.sampled_from(
    ["The", "port", "reopened", "on", "Monday.", "Title:", "Date:", "# ", "- ", "\n", "\n\n", "  ", "\t", "\r\n",
     "\u00a0", "\u2028", "\ufeff", "café", "Officials said", "“Yes,” he said.", "Mr.", "4.5", "infra-\nstructure",
     "Share this article", "Subscribe to our newsletter", "Read more", "\x0c", "é"]
)  # fmt: skip
ARTICLE_TEXT = st.one_of(st.text(), st.lists(PIECES, max_size=80).map(" ".join), st.lists(PIECES, max_size=80).map("".join))


def assert_paragraphs_cover_text(article: Article) -> None:
    text = article.extracted.text
    position = article.extracted.body_start
    rebuilt = [text[:position]]
    for paragraph in article.paragraphs:  # kept and removed alike
        gap = text[position : paragraph.start]
        assert paragraph.start >= position and not gap.strip(), (gap, paragraph)
        rebuilt += [gap, text[paragraph.start : paragraph.end]]
        assert " ".join(text[paragraph.start : paragraph.end].split()).endswith(paragraph.text[-10:])
        for sentence in paragraph.sentences:
            assert paragraph.start <= sentence.start < sentence.end <= paragraph.end
            assert " ".join(text[sentence.start : sentence.end].split()) == sentence.text
        position = paragraph.end
    rebuilt.append(text[position:])
    assert not text[position:].strip()
    assert "".join(rebuilt) == text


def read_and_clean(name: str, data: bytes) -> Article | None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / name
        path.write_bytes(data)
        try:
            article = read_article(path, "A1")
        except InputError as error:
            assert "\n" not in error.problem
            return None
    assert_paragraphs_cover_text(article)
    ids = [p.id for p in article.paragraphs]
    clean_article(article)
    assert [p.id for p in article.paragraphs] == ids  # cleaning marks, never deletes
    assert_paragraphs_cover_text(article)
    return article


@SETTINGS
@given(ARTICLE_TEXT)
def test_any_text_file_reads_and_cleans(text: str):
    read_and_clean("a.txt", text.encode("utf-8", "surrogatepass"))


@SETTINGS
@given(st.binary(max_size=2000))
def test_any_bytes_read_or_give_one_line(data: bytes):
    read_and_clean("a.md", data)


@SETTINGS
@given(ARTICLE_TEXT, st.sampled_from(["latin-1", "cp1252", "utf-16"]))
def test_any_text_in_another_encoding(text: str, encoding: str):
    read_and_clean("a.txt", text.encode(encoding, "replace"))


@SETTINGS
@given(st.lists(st.tuples(st.sampled_from(["p", "h2", "li", "div", "nav", "footer"]), ARTICLE_TEXT), max_size=12))
def test_any_html_page_reads_and_cleans(blocks: list[tuple[str, str]]):
    body = "".join(f"<{tag}>{html.escape(text)}</{tag}>" for tag, text in blocks)
    read_and_clean("a.html", f"<html><head><title>T</title></head><body><article>{body}</article></body></html>".encode())


@settings(max_examples=200, deadline=None)
@given(st.lists(st.tuples(st.text(), st.sampled_from(["body", "heading"]), st.none() | st.text(max_size=5))))
def test_blocks_lay_out_exactly(blocks: list[tuple[str, str, str | None]]):
    extraction = from_blocks([Block(t, k, r) for t, k, r in blocks], "test")
    expected = [" ".join(t.replace("\u00ad", "").split()) for t, _, _ in blocks]
    expected = [t for t in expected if t]
    assert [extraction.text[s.start : s.end] for s in extraction.spans] == expected
    assert extraction.text == "\n\n".join(expected)
