from __future__ import annotations

import re
import shutil
import subprocess
import zipfile
from pathlib import Path

import docx
import pytest
from docx.oxml.ns import qn

from summarizer.dom import (
    Article,
    Attribution,
    Briefing,
    DuplicateGroup,
    Paragraph,
    SkippedFile,
    Summary,
    SummarySentence,
    Support,
    Theme,
)
from summarizer.render.docx_writer import bookmark_name, build_document, write_briefing

# ---------------------------------------------------------------------------- a small briefing


def _paragraphs(article_id: str, items: list[tuple[str, str, str | None]]) -> list[Paragraph]:
    """items: (kind, text, removal) in file order; offsets are made up but consistent."""
    out, offset = [], 0
    for number, (kind, text, removal) in enumerate(items, start=1):
        out.append(Paragraph(
            id=f"{article_id}.P{number}", article_id=article_id, number=number, text=text,
            start=offset, end=offset + len(text), removal=removal,
            kind=kind,  # type: ignore[arg-type]
        ))
        offset += len(text) + 2
    return out


def _support(pid: str, quote: str, score: float = 0.8) -> Support:
    return Support(paragraph_id=pid, score=score, signals={"embedding": score}, quote=quote,
                   quote_sentence_id=f"{pid}.S1")


def _attr(verdict: str, *supports: Support, reason: str = "") -> Attribution:
    score = max((s.score for s in supports), default=0.1)
    return Attribution(supports=supports, verdict=verdict, reason=reason,  # type: ignore[arg-type]
                       score=score, signals={"embedding": score})


def make_briefing(tmp: Path = Path("/data/in")) -> Briefing:
    a1 = Article(
        id="A1", path=tmp / "01-harbour.txt", title="Harbour strike halts container traffic",
        source="Coastal Times", date="2024-05-06", sha256="ab" * 32,
        paragraphs=_paragraphs("A1", [
            ("body", "Share this article on Facebook Twitter Email", "share widget"),
            ("body", "Dock workers at the northern harbour walked out on Monday, halting "
                     "container traffic for the first time in a decade.", None),
            ("heading", "Talks stall over pay", None),
            ("body", "The union is asking for a 9% raise; the port authority has offered 4%.",
             None),
            ("body", "Shipping lines have begun diverting vessels to the southern terminal, "
                     "where waiting times already exceed two days.", None),
        ]),
    )
    a2 = Article(
        id="A2", path=tmp / "02-freight.txt", title="Freight rates climb as ports clog",
        source="Trade Weekly", date="2024-05-08", sha256="cd" * 32,
        paragraphs=_paragraphs("A2", [
            ("body", "Spot freight rates on the northern route rose 12% this week.", None),
            ("body", "Analysts blame the harbour strike and a shortage of empty containers.",
             None),
            ("body", "Spot freight rates on the northern route rose 12% this week.",
             "repeats A2.P1"),
        ]),
    )
    a3 = Article(
        id="A3", path=tmp / "03-harbour-wire.txt", title="Harbour workers strike",
        source="Wire", date="2024-05-06", sha256="ef" * 32, duplicate_of="A1",
        paragraphs=_paragraphs("A3", [
            ("body", "Dock workers at the northern harbour walked out on Monday.", None),
        ]),
    )

    executive = Summary(section="executive", heading="Executive summary",
                        article_ids=["A1", "A2"], sentences=[
        SummarySentence(
            id="E1", text="A strike at the northern harbour has halted container traffic.",
            section="executive", origin="rewrite", source_sentence_ids=["A1.P2.S1"],
            attribution=_attr("supported", _support("A1.P2", a1.paragraphs[1].text, 0.91),
                              _support("A3.P1", a3.paragraphs[0].text, 0.84),
                              reason="well supported"),
        ),
        SummarySentence(
            id="E2", text="Freight rates rose 12% and are expected to keep rising for months.",
            section="executive", origin="rewrite", source_sentence_ids=["A2.P1.S1"],
            attribution=_attr("partly_supported", _support("A2.P1", a2.paragraphs[0].text, 0.62),
                              reason="the sources do not say rates will keep rising"),
        ),
        SummarySentence(
            id="E3", text="The government has ordered the port to reopen by Friday.",
            section="executive", origin="rewrite", source_sentence_ids=[],
            attribution=_attr("unsupported", _support("A1.P4", a1.paragraphs[3].text, 0.21),
                              reason="no source mentions a government order"),
        ),
    ])
    theme_summary = Summary(section="theme:T1", heading="Port disruption",
                            article_ids=["A1", "A2"], sentences=[
        SummarySentence(
            id="T1.S1", text="Analysts blame the harbour strike and a shortage of empty "
                             "containers.",
            section="theme:T1", origin="extractive", source_sentence_ids=["A2.P2.S1"],
            attribution=_attr("supported", _support("A2.P2", a2.paragraphs[1].text, 0.99)),
        ),
        SummarySentence(
            id="T1.S2", text="Vessels are being diverted south, lengthening waits.",
            section="theme:T1", origin="rewrite", source_sentence_ids=["A1.P5.S1"],
            attribution=_attr("supported", _support("A1.P5", a1.paragraphs[4].text, 0.77),
                              _support("A2.P2", a2.paragraphs[1].text, 0.55)),
        ),
    ])
    theme = Theme(id="T1", title="Port disruption", article_ids=["A1", "A2"],
                  paragraph_ids=["A1.P2", "A1.P5", "A2.P2"], similarity=0.71,
                  summary=theme_summary)
    s_a1 = Summary(section="article:A1", heading=a1.title, article_ids=["A1"], sentences=[
        SummarySentence(
            id="A1.S1", text="The union wants 9% against the port authority's 4% offer.",
            section="article:A1", origin="rewrite", source_sentence_ids=["A1.P4.S1"],
            attribution=_attr("supported", _support("A1.P4", a1.paragraphs[3].text, 0.88)),
        ),
    ])
    s_a2 = Summary(section="article:A2", heading=a2.title, article_ids=["A2"], sentences=[
        SummarySentence(
            id="A2.S1", text="Spot freight rates on the northern route rose 12% this week.",
            section="article:A2", origin="extractive_fallback", source_sentence_ids=["A2.P1.S1"],
            attribution=_attr("supported", _support("A2.P1", a2.paragraphs[0].text, 1.0)),
            draft="Rates doubled.",
            draft_problem="it adds words its sources do not contain: doubled",
        ),
    ])
    return Briefing(
        title="Weekly shipping briefing", date="2024-05-10", articles=[a1, a2, a3],
        executive_summary=executive, themes=[theme], article_summaries=[s_a1, s_a2],
        duplicate_groups=[DuplicateGroup(representative="A1", members=["A1", "A3"],
                                         similarity=0.93)],
        skipped_files=[SkippedFile(path=tmp / "04-scan.pdf", problem="not a text file")],
        settings={"max_sentences": 3}, model={"name": "SmolLM2-135M-Instruct", "kind": "causal"},
        embedder="all-MiniLM-L6-v2", created_at="2024-05-10T07:30:00+00:00",
    )


# ---------------------------------------------------------------------------- helpers


def _all_text(document: docx.document.Document) -> str:
    parts = [p.text for p in document.paragraphs]
    for table in document.tables:
        for row in table.rows:
            parts += [cell.text for cell in row.cells]
    return "\n".join(parts)


def _anchors_and_bookmarks(document) -> tuple[list[str], list[str]]:
    body = document.element.body
    anchors = [h.get(qn("w:anchor")) for h in body.iter(qn("w:hyperlink"))]
    names = [b.get(qn("w:name")) for b in body.iter(qn("w:bookmarkStart"))]
    return anchors, names


@pytest.fixture()
def written(tmp_path: Path) -> tuple[Briefing, Path, docx.document.Document]:
    briefing = make_briefing(tmp_path)
    out = tmp_path / "briefing.docx"
    write_briefing(briefing, out)
    return briefing, out, docx.Document(str(out))


# ---------------------------------------------------------------------------- tests


def test_sections_in_order(written) -> None:
    _, _, document = written
    headings = [p.text for p in document.paragraphs if p.style.name.startswith("Heading 1")]
    # The executive summary opens the document; the table of articles comes after the summaries.
    assert headings == ["Executive summary", "Themes", "Article summaries",
                        "Articles in this briefing", "Source texts", "Skipped input files"]
    assert document.paragraphs[0].text == "Weekly shipping briefing"
    assert document.paragraphs[0].style.name == "Title"
    text = _all_text(document)
    assert "10 May 2024" in text
    assert "3 articles (1 near-duplicate)" in text
    assert "7 summary sentences: 5 supported, 1 partly supported, 1 unsupported" in text
    assert "SmolLM2-135M-Instruct" in text
    h2 = [p.text for p in document.paragraphs if p.style.name == "Heading 2"]
    assert "Harbour strike halts container traffic (A1)" in h2
    assert "Port disruption" in h2


def test_every_citation_marker_is_present_and_linked(written) -> None:
    briefing, _, document = written
    text = _all_text(document)
    for summary in [briefing.executive_summary, briefing.themes[0].summary,
                    *briefing.article_summaries]:
        for sentence in summary.sentences:
            for pid in sentence.attribution.paragraph_ids:
                marker = f"[{briefing.paragraph(pid).label}]"
                assert marker in text, marker
    for marker in ["[A1 ¶2]", "[A3 ¶1]", "[A2 ¶1]", "[A1 ¶4]", "[A2 ¶2]", "[A1 ¶5]"]:
        assert marker in text
    body = document.element.body
    linked = {"".join(t.text for t in h.iter(qn("w:t"))): h.get(qn("w:anchor"))
              for h in body.iter(qn("w:hyperlink"))}
    assert linked["[A1 ¶5]"] == "A1_P5"
    assert linked["[A2 ¶2]"] == "A2_P2"


def test_every_anchor_has_a_bookmark_and_bookmarks_are_valid(written) -> None:
    _, out, document = written
    anchors, names = _anchors_and_bookmarks(document)
    assert anchors and names
    assert set(anchors) <= set(names), set(anchors) - set(names)
    assert len(names) == len(set(names))
    for name in names:
        assert re.fullmatch(r"[A-Za-z][A-Za-z0-9_]{0,39}", name), name
    # bookmarkStart / bookmarkEnd pair up by id
    xml = zipfile.ZipFile(out).read("word/document.xml").decode("utf-8")
    starts = re.findall(r'<w:bookmarkStart w:id="(\d+)"', xml)
    ends = re.findall(r'<w:bookmarkEnd w:id="(\d+)"', xml)
    assert sorted(starts) == sorted(ends)
    assert len(starts) == len(set(starts))
    # every kept paragraph carries its bookmark
    for pid in ["A1.P2", "A1.P3", "A1.P4", "A1.P5", "A2.P1", "A2.P2", "A3.P1"]:
        assert bookmark_name(pid) in names
    assert "A1_P1" not in names  # removed, not cited: listed, not printed


def test_verdicts_are_visible(written) -> None:
    _, _, document = written
    by_text = {p.text: p for p in document.paragraphs}
    partly = next(t for t in by_text if t.startswith("Freight rates rose 12%"))
    assert "⚠ partly supported" in partly
    assert "the sources do not say rates will keep rising" in partly
    unsupported = next(t for t in by_text if "government has ordered" in t)
    assert unsupported.startswith("UNSUPPORTED: The government")
    assert "no source mentions a government order" in unsupported
    supported = next(t for t in by_text if t.startswith("A strike at the northern harbour"))
    assert "⚠" not in supported and "UNSUPPORTED" not in supported
    assert supported.endswith("[A1 ¶2] [A3 ¶1]")
    # extractive sentences are quoted; a fallback says why
    assert "“Analysts blame the harbour strike and a shortage of empty containers.” [A2 ¶2]" \
        in by_text
    fallback = next(t for t in by_text if t.startswith("“Spot freight rates"))
    assert "rewrite was set aside because it adds words its sources do not contain: doubled" in fallback
    # the verdict styles are real character styles with shading
    styles = {s.name for s in document.styles}
    assert {"Verdict Partly Supported", "Verdict Unsupported", "Citation Marker"} <= styles


def test_appendix_numbers_paragraphs_as_cited(written) -> None:
    _, _, document = written
    texts = [p.text for p in document.paragraphs]
    start = texts.index("Source texts")
    appendix = texts[start:]
    assert "¶2\tDock workers at the northern harbour walked out on Monday, halting " \
           "container traffic for the first time in a decade." in appendix
    assert "¶3\tTalks stall over pay" in appendix
    assert "¶4\tThe union is asking for a 9% raise; the port authority has offered 4%." \
        in appendix
    assert "Removed in cleaning: ¶1 share widget" in appendix
    assert "Removed in cleaning: ¶3 repeats ¶1" in appendix
    assert not any("Share this article" in t for t in texts)
    heading = next(p for p in document.paragraphs if p.text == "¶3\tTalks stall over pay")
    assert heading.style.name == "Heading 3"
    assert any("Same story as A1" in t for t in appendix)
    assert any(t.startswith("04-scan.pdf") and "not a text file" in t for t in appendix)


def test_article_list_shows_duplicates(written) -> None:
    _, _, document = written
    table = document.tables[0]
    rows = [[c.text for c in row.cells] for row in table.rows]
    assert rows[0] == ["ID", "Title", "Source", "Date", "File"]
    assert rows[1][:3] == ["A1", "Harbour strike halts container traffic — same story also in "
                                 "A3", "Coastal Times"]
    assert rows[3][0] == "A3"
    assert "same story as A1" in rows[3][1]
    assert rows[2][4] == "02-freight.txt"


def test_footer_has_page_field(written) -> None:
    _, out, _ = written
    with zipfile.ZipFile(out) as z:
        footers = [z.read(n).decode() for n in z.namelist() if n.startswith("word/footer")]
    assert any(" PAGE " in f and " NUMPAGES " in f for f in footers)



def _footer_text(path: Path) -> str:
    with zipfile.ZipFile(path) as z:
        footers = [z.read(n).decode() for n in z.namelist() if n.startswith("word/footer")]
    return " ".join(re.sub(r"<[^>]+>", "", f) for f in footers)


def test_footer_prints_the_date_once(tmp_path: Path) -> None:
    briefing = make_briefing(tmp_path)
    out = tmp_path / "own.docx"
    write_briefing(briefing, out)
    assert "Weekly shipping briefing · 10 May 2024" in _footer_text(out)
    # the default title carries the date itself (the samples' footer said it twice)
    briefing.title = "Weekly briefing — 10 May 2024"
    out = tmp_path / "dated.docx"
    write_briefing(briefing, out)
    assert "Weekly briefing — 10 May 2024" in _footer_text(out) and "2024 · 10 May" not in _footer_text(out)

def test_removed_paragraph_that_is_cited_is_printed_and_linked(tmp_path: Path) -> None:
    briefing = make_briefing(tmp_path)
    sentence = briefing.article_summaries[0].sentences[0]
    sentence.attribution = _attr("supported", _support("A1.P1", "Share this", 0.5))
    document = build_document(briefing)
    anchors, names = _anchors_and_bookmarks(document)
    assert "A1_P1" in anchors and "A1_P1" in names
    text = _all_text(document)
    assert "printed because a summary sentence cites it" in text


def test_unknown_paragraph_is_shown_unlinked(tmp_path: Path) -> None:
    briefing = make_briefing(tmp_path)
    briefing.article_summaries[0].sentences[0].attribution = _attr(
        "supported", _support("A9.P3", "nowhere", 0.5))
    document = build_document(briefing)
    anchors, names = _anchors_and_bookmarks(document)
    assert set(anchors) <= set(names)
    assert "[A9.P3: not in the sources]" in _all_text(document)


def test_minimal_briefing_renders(tmp_path: Path) -> None:
    briefing = Briefing(
        title="Empty week", date="2024-05-10", articles=[], executive_summary=None, themes=[],
        article_summaries=[], duplicate_groups=[], skipped_files=[], settings={}, model={},
        embedder="", created_at="",
    )
    out = tmp_path / "empty.docx"
    write_briefing(briefing, out)
    text = _all_text(docx.Document(str(out)))
    assert "0 summary sentences" in text and "No articles were read." in text


def test_control_characters_do_not_break_writing(tmp_path: Path) -> None:
    briefing = make_briefing(tmp_path)
    briefing.articles[0].paragraphs[1].text += "\x0c\x00"
    briefing.articles[0].title += "\x1b"
    write_briefing(briefing, tmp_path / "b.docx")
    text = _all_text(docx.Document(str(tmp_path / "b.docx")))
    assert "Harbour strike halts container traffic" in text


def test_removed_paragraphs_are_grouped_by_reason(tmp_path: Path) -> None:
    briefing = make_briefing(tmp_path)
    paragraphs = briefing.articles[0].paragraphs
    paragraphs[3].removal = "share widget"
    sentence = briefing.article_summaries[0].sentences[0]
    sentence.attribution = _attr("supported", _support("A1.P5", paragraphs[4].text))
    briefing.executive_summary.sentences[2].attribution = _attr("unsupported", reason="none")
    text = _all_text(build_document(briefing))
    assert "Removed in cleaning: ¶1, ¶4 share widget" in text
    assert "UNSUPPORTED: The government has ordered the port to reopen by Friday. " \
           "[no source found]" in text


def test_bookmark_names() -> None:
    assert bookmark_name("A1.P5") == "A1_P5"
    assert bookmark_name("src:A12") == "src_A12"
    assert bookmark_name("1.x")[0].isalpha()
    long = bookmark_name("A" + "x" * 60)
    assert len(long) <= 40 and long != bookmark_name("A" + "x" * 59 + "y")


def test_failure_while_saving_leaves_nothing_and_keeps_old_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "briefing.docx"
    out.write_bytes(b"previous briefing")

    def broken_save(self, path):
        Path(path).write_bytes(b"PK\x03\x04 half a zip")
        raise OSError("disk full")

    monkeypatch.setattr(docx.document.Document, "save", broken_save)
    with pytest.raises(OSError, match="disk full"):
        write_briefing(make_briefing(tmp_path), out)
    assert out.read_bytes() == b"previous briefing"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["briefing.docx"]

    fresh = tmp_path / "new.docx"
    with pytest.raises(OSError):
        write_briefing(make_briefing(tmp_path), fresh)
    assert not fresh.exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["briefing.docx"]


def _soffice() -> str | None:
    return shutil.which("soffice") or shutil.which("libreoffice")


def convert_to_pdf(docx_path: Path, outdir: Path, profile: Path) -> Path:
    """Headless LibreOffice conversion with a private profile (parallel runs don't clash)."""
    soffice = _soffice()
    assert soffice is not None
    result = subprocess.run(
        [soffice, f"-env:UserInstallation={profile.resolve().as_uri()}", "--headless",
         "--norestore", "--convert-to", "pdf", "--outdir", str(outdir), str(docx_path)],
        capture_output=True, text=True, timeout=240,
    )
    pdf = outdir / (docx_path.stem + ".pdf")
    assert result.returncode == 0, result.stderr
    assert pdf.exists(), f"no PDF; stdout={result.stdout!r} stderr={result.stderr!r}"
    return pdf


def test_opens_in_libreoffice(written, tmp_path: Path) -> None:
    if _soffice() is None:
        pytest.skip("LibreOffice (soffice) is not on PATH; install libreoffice-writer-nogui "
                    "to check that the briefing opens")
    _, out, _ = written
    outdir = tmp_path / "pdf"
    outdir.mkdir()
    pdf = convert_to_pdf(out, outdir, tmp_path / "lo-profile")
    data = pdf.read_bytes()
    assert data.startswith(b"%PDF") and len(data) > 5000
    # The links survive into LibreOffice's rendering: one link annotation per hyperlink.
    # (LibreOffice writes annotations as plain objects; an exporter that packed them into
    # compressed object streams would need a PDF parser here.)
    anchors, _ = _anchors_and_bookmarks(docx.Document(str(out)))
    assert data.count(b"/Subtype/Link") == len(anchors)
    if shutil.which("pdftotext"):
        text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True,
                              text=True, timeout=60).stdout
        for expected in ["Weekly shipping briefing", "[A1 ¶5]", "UNSUPPORTED:",
                         "partly supported", "Source texts", "Page 1 of"]:
            assert expected in text, expected


# ---------------------------------------------------------------------------- comments, reviews, final


def _comments(document) -> dict[str, str]:
    """Anchored text → comment text (python-docx's own reading of the comments part)."""
    bodies = {c.comment_id: c.text for c in document.comments}
    out: dict[str, str] = {}
    for paragraph in document.element.body.iter(qn("w:p")):
        runs, start = [], None
        for node in paragraph.iter(qn("w:commentRangeStart"), qn("w:commentRangeEnd"), qn("w:t")):
            if node.tag == qn("w:commentRangeStart"):
                start, runs = int(node.get(qn("w:id"))), []
            elif node.tag == qn("w:commentRangeEnd"):
                out["".join(runs)] = bodies[int(node.get(qn("w:id")))]
                start = None
            elif start is not None:
                runs.append(node.text or "")
    return out


def test_every_sentence_has_an_evidence_comment_on_exactly_its_words(written) -> None:
    briefing, _, document = written
    comments = _comments(document)
    assert len(comments) == 7 and all(len(c.splitlines()) >= 2 for c in comments.values())
    partly = comments["Freight rates rose 12% and are expected to keep rising for months."]
    assert partly.splitlines()[0] == ("Verdict: partly supported (support 0.62) — the sources do not say "
                                      "rates will keep rising")
    assert "A2 ¶1 (support 0.62): “Spot freight rates on the northern route rose 12% this week.”" in partly
    unsupported = comments["The government has ordered the port to reopen by Friday."]  # not the UNSUPPORTED: tag
    assert unsupported.startswith("Verdict: unsupported")
    first = comments["A strike at the northern harbour has halted container traffic."]
    assert "A1 ¶2 (support 0.91)" in first and "A3 ¶1 (support 0.84)" in first
    fallback = comments["“Spot freight rates on the northern route rose 12% this week.”"]
    assert "Model draft: “Rates doubled.”" in fallback
    assert {c.author for c in document.comments} == {"briefing-summarizer"}


def _reviewed(tmp_path: Path) -> Briefing:
    from summarizer.dom import Decision, Review

    briefing = make_briefing(tmp_path)
    e2, e3 = briefing.executive_summary.sentences[1:3]
    e2.review = Review("rejected", (Decision("reject", "Ann", "2026-11-22T10:00:00+00:00"),))
    e3.review = Review("revised", (Decision("edit", "Bob", "2026-11-22T11:00:00+00:00"),))
    briefing.article_summaries[0].sentences[0].review = Review("accepted", (Decision("accept", "Ann", ""),))
    return briefing


def test_a_reviewed_briefing_says_who_decided_what(tmp_path: Path) -> None:
    document = build_document(_reviewed(tmp_path))
    text = _all_text(document)
    assert "Reviewed: 3 of 7 summary sentences, by Ann (2), Bob (1) — 1 accepted, 1 revised, 1 rejected." in text
    assert "rejected by Ann 2026-11-22 10:00" in text and "wording edited by Bob 2026-11-22 11:00" in text
    rejected = [r for p in document.paragraphs for r in p.runs if r.text.startswith("Freight rates rose 12%")]
    assert rejected and rejected[0].style.name == "Rejected Sentence" and rejected[0].style.font.strike
    assert "Review: rejected by Ann" in _comments(document)[rejected[0].text]
    assert "Not yet reviewed" in _all_text(build_document(make_briefing(tmp_path)))


def test_the_final_copy(tmp_path: Path) -> None:
    document = build_document(_reviewed(tmp_path), final=True)
    text = _all_text(document)
    assert "Freight rates rose 12%" not in text  # rejected
    assert "The government has ordered the port to reopen by Friday." in text
    for review_only in ("UNSUPPORTED", "partly supported", "edited by", "source wording used", "⚠", "Not yet"):
        assert review_only not in text
    assert "6 summary sentences · model" in text and "Reviewed: 3 of 7 summary sentences" in text
    assert len(document.comments) == 0
    anchors, names = _anchors_and_bookmarks(document)
    assert "A1_P2" in anchors and set(anchors) <= set(names)  # citations still linked
    assert "A2_P1" in anchors  # cited by a kept sentence


def test_article_list_rows_do_not_split_across_pages(written) -> None:
    _, _, document = written
    for row in document.tables[0].rows:
        tr_pr = row._tr.trPr
        assert tr_pr is not None and tr_pr.find(qn("w:cantSplit")) is not None


def _kept_with_next(row) -> bool:
    return all(p.paragraph_format.keep_with_next for cell in row.cells for p in cell.paragraphs)


def test_a_short_article_list_is_kept_on_one_page_and_a_long_one_may_break(tmp_path: Path) -> None:
    import dataclasses

    from summarizer.render.docx_writer import KEEP_TOGETHER_ROWS

    b = make_briefing(tmp_path)
    write_briefing(b, tmp_path / "short.docx")
    rows = docx.Document(str(tmp_path / "short.docx")).tables[0].rows
    assert all(_kept_with_next(row) for row in rows[:-1]) and not _kept_with_next(rows[-1])
    # more articles than fit: no row is tied to the next
    many = [dataclasses.replace(b.articles[0], id=f"A{k}", path=tmp_path / f"{k:02d}.txt")
            for k in range(3, 3 + KEEP_TOGETHER_ROWS)]
    write_briefing(dataclasses.replace(b, articles=[*b.articles, *many]), tmp_path / "long.docx")
    rows = docx.Document(str(tmp_path / "long.docx")).tables[0].rows
    assert len(rows) > KEEP_TOGETHER_ROWS and not any(_kept_with_next(row) for row in rows)
