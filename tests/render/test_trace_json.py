import json
from pathlib import Path

from summarizer.dom import Article, Attribution, Briefing, Paragraph, Sentence, Summary, SummarySentence, Support
from summarizer.render.trace_json import SCHEMA, write_trace


def small_briefing(tmp_path: Path) -> Briefing:
    s1 = Sentence("A1.P2.S1", "The bank raised rates on Thursday.", 30, 64)
    paragraphs = [
        Paragraph("A1.P1", "A1", 1, "Share this article", 0, 18, [], "body", "site furniture: widget or navigation"),
        Paragraph("A1.P2", "A1", 2, s1.text, 30, 64, [s1]),
    ]
    article = Article("A1", tmp_path / "a.txt", "Rates", "Gazette", "2026-11-02", paragraphs, "ab" * 32)
    support = Support("A1.P2", 0.91, {"embedding": 0.88, "lexical": 1.0}, s1.text, s1.id)
    good = SummarySentence("A1.sum.1", "The bank raised rates.", "article:A1", "rewrite", [s1.id],
                           Attribution((support,), "supported", "all terms found", 0.91, {"embedding": 0.88}))
    bad = SummarySentence("A1.sum.2", s1.text, "article:A1", "extractive_fallback", [s1.id],
                          Attribution((support,), "supported", "verbatim", 1.0, {}), draft="Russia raised rates.",
                          draft_problem="it adds words its sources do not contain: russia")
    summary = Summary("article:A1", "Rates", ["A1"], [good, bad])
    return Briefing("Weekly briefing", "2026-11-22", [article], None, [], [summary], [], [], {"summary": {"sentences": 5}},
                    {"name": "tiny", "sha256": "00"}, "minilm", "2026-11-22T10:00:00+00:00")


def test_trace_has_paragraphs_offsets_removals_and_citations(tmp_path: Path):
    path = write_trace(small_briefing(tmp_path), tmp_path / "t.json", "b.docx")
    data = json.loads(path.read_text(encoding="utf-8"))
    assert data["schema"] == SCHEMA and data["briefing_file"] == "b.docx"
    paragraph = data["articles"][0]["paragraphs"][0]
    assert paragraph["removal"].startswith("site furniture") and (paragraph["start"], paragraph["end"]) == (0, 18)
    sentence = data["sentences"][0]
    assert sentence["verdict"] == "supported" and sentence["citations"][0]["label"] == "A1 ¶2"
    assert sentence["citations"][0]["signals"] == {"embedding": 0.88, "lexical": 1.0}
    assert data["sections"][0]["sentence_ids"] == ["A1.sum.1", "A1.sum.2"]
    assert sentence["rejected_because"] is None
    assert data["sentences"][1]["rejected_because"] == "it adds words its sources do not contain: russia"
    assert not list(tmp_path.glob(".t.json*"))  # no temp file left behind
