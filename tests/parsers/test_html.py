from pathlib import Path

from summarizer.parsers.html import BOILERPLATE, HEADLINE
from summarizer.parsers.reader import read_article

PAGE = """<!DOCTYPE html>
<html lang="en"><head><meta charset="{charset}"><title>Storm closes Valmer port | Harbour Gazette</title>
<link rel="canonical" href="https://gazette.example/2026/11/02/storm-port">
<meta property="og:site_name" content="Harbour Gazette">
<meta property="article:published_time" content="2026-11-02T08:00:00Z">
<script>var hidden = "script text is never read";</script><style>p {{ color: red }}</style></head>
<body>
<header><nav><ul><li><a href="/">Home</a></li><li><a href="/world">World</a></li></ul></nav></header>
<div class="share">Share this article</div>
<main><article>
<h1>Storm closes Valmer port for three days</h1>
<p>The port of Valmer reopened on Monday after a storm closed it for three days, the harbour
authority said. Ships waited outside the breakwater while crews cleared the channel.</p>
<p>Officials said damage to the quays was limited.<br>Repairs will cost about 4 million euros,
according to the mayor, who will ask the regional government for help.</p>
<h2>Café owners count losses</h2>
<p>Business owners along the waterfront said the closure cost them a week of trade, and the
owner of a café near the ferry terminal said no customers came at all.</p>
<p>Forecasters expect calmer weather for the rest of the month, though another storm could reach
the coast before December, the weather service said on Tuesday.</p>
</article></main>
<aside><h3>Most read</h3><ul><li><a href="/a">Council approves new budget after long debate</a></li></ul></aside>
<footer><p>&copy; 2026 Harbour Gazette. All rights reserved.</p></footer>
</body></html>
"""


def read_page(tmp_path: Path, charset: str = "utf-8", encoding: str = "utf-8"):
    path = tmp_path / "page.html"
    path.write_bytes(PAGE.format(charset=charset).encode(encoding))
    return read_article(path, "A1")


def test_main_text_kept_boilerplate_recorded_as_removed(tmp_path: Path):
    article = read_page(tmp_path)
    kept = [p.text for p in article.paragraphs if p.kept]
    assert kept[0] == "Storm closes Valmer port for three days"
    assert any(t.startswith("The port of Valmer reopened") for t in kept)
    assert "Officials said damage to the quays was limited. Repairs will cost about 4 million euros," in " ".join(kept)
    assert [p.kind for p in article.paragraphs if p.text == "Café owners count losses"] == ["heading"]
    removed = {p.text: p.removal for p in article.paragraphs if not p.kept}
    for text in ("Home", "World", "Share this article", "Most read", "Council approves new budget after long debate"):
        assert removed[text] == BOILERPLATE
    assert not any("script text" in p.text for p in article.paragraphs)
    # Page order: navigation first, the article, then the aside and the footer.
    texts = [p.text for p in article.paragraphs]
    assert texts.index("Home") < texts.index(kept[0]) < texts.index("Most read")


def test_metadata_from_the_page(tmp_path: Path):
    article = read_page(tmp_path)
    assert article.title == "Storm closes Valmer port" or article.title.startswith("Storm closes Valmer port")
    assert article.title_from == "metadata"
    assert (article.source, article.date, article.url) == (
        "Harbour Gazette", "2026-11-02", "https://gazette.example/2026/11/02/storm-port"
    )
    assert article.extracted.method.startswith("html (trafilatura")


def test_offsets_point_into_the_extracted_text(tmp_path: Path):
    article = read_page(tmp_path)
    text = article.extracted.text
    for paragraph in article.paragraphs:
        assert text[paragraph.start : paragraph.end] == paragraph.text
        for sentence in paragraph.sentences:
            assert text[sentence.start : sentence.end] == sentence.text
    assert [s.id for s in article.paragraphs[-1].sentences][:1] == [f"{article.paragraphs[-1].id}.S1"]


def test_declared_charset_is_used(tmp_path: Path):
    article = read_page(tmp_path, charset="windows-1252", encoding="cp1252")
    assert any("café near the ferry" in p.text for p in article.paragraphs)
    assert article.extracted.encoding == "windows-1252" and not article.extracted.encoding_detected


def test_page_without_a_main_text_keeps_every_block(tmp_path: Path):
    path = tmp_path / "short.htm"
    path.write_text("<html><body><p>Ports reopen.</p><p>Ships sail.</p></body></html>", encoding="utf-8")
    article = read_article(path, "A1")
    assert [p.text for p in article.paragraphs] == ["Ports reopen.", "Ships sail."]
    assert all(p.kept for p in article.paragraphs)


def test_headline_equal_to_the_title_is_named_as_such(tmp_path: Path):
    from summarizer.parsers.html import _merge
    from summarizer.parsers.extraction import Block

    blocks = _merge([Block("A title"), Block("Body words that are long enough here.")], [Block("Body words that are long enough here.")], "A title")
    assert blocks[0].removal == HEADLINE and blocks[1].removal is None
