"""A small reviewed-to-be briefing the review tests build themselves: two short articles, an
executive summary, a theme and two article summaries, traced by the real Tracer (MiniLM)."""

from __future__ import annotations

from pathlib import Path

import pytest

from summarizer.attribution.tracer import Tracer
from summarizer.dom import Article, Briefing, Paragraph, Sentence, Summary, SummarySentence, Theme
from summarizer.nlp.sentences import sentence_spans
from summarizer.render.trace_json import write_trace

HARBOUR = [
    ("Share this story on Facebook", "share widget"),
    ("Dock workers at the northern harbour walked out on Monday, halting container traffic. "
     "The union said the strike would last until wages were raised by eight percent.", None),
    ("Port managers offered a raise of four percent on Tuesday. The union rejected the offer within an hour.", None),
    ("Shipping lines diverted twelve vessels to the southern terminal while the strike lasted.", None),
]
GRAIN = [
    ("Grain exports fell by a third in May because ships could not load at the northern harbour.", None),
    ("Farmers' groups asked the government to mediate between the port and the union.", None),
    ("The agriculture minister said talks would start on Thursday in the capital.", None),
]


def _article(article_id: str, name: str, title: str, items, folder: Path) -> Article:
    paragraphs, offset = [], 0
    for number, (text, removal) in enumerate(items, 1):
        pid = f"{article_id}.P{number}"
        sentences = [Sentence(f"{pid}.S{i}", text[a:b], offset + a, offset + b)
                     for i, (a, b) in enumerate(sentence_spans(text), 1)]
        paragraphs.append(Paragraph(pid, article_id, number, text, offset, offset + len(text), sentences,
                                    "body", removal))
        offset += len(text) + 2
    return Article(article_id, folder / name, title, "Coastal Times", "2026-11-20", paragraphs, "ab" * 32)


def build_briefing(folder: Path, tracer: Tracer) -> Briefing:
    a1 = _article("A1", "harbour.txt", "Harbour strike halts container traffic", HARBOUR, folder)
    a2 = _article("A2", "grain.txt", "Grain exports fall", GRAIN, folder)
    plans = {
        "executive": ("exec", [a1, a2], [
            ("Dock workers at the northern harbour went on strike on Monday.", "rewrite", None, None),
            ("Grain exports fell by a third in May because ships could not load at the northern harbour.",
             "extractive_fallback", "Grain exports doubled in May.", "the verifier found it unsupported"),
        ]),
        "theme:T1": ("T1", [a1, a2], [
            ("The strike at the northern harbour also stopped grain ships from loading.", "rewrite", None, None),
        ]),
        "article:A1": ("A1.sum", [a1], [
            ("The union said the strike would last until wages rose by eight percent.", "rewrite", None, None),
            ("Port managers offered four percent, which the union rejected.", "rewrite", None, None),
            ("Shipping lines sent twelve vessels to the southern terminal.", "rewrite", None, None),
        ]),
        "article:A2": ("A2.sum", [a2], [
            ("The agriculture minister said talks would start on Thursday in the capital.", "extractive",
             None, None),
            ("Farmers asked the army to reopen the harbour by force.", "rewrite", None, None),
        ]),
    }
    summaries = {}
    for section, (prefix, articles, items) in plans.items():
        candidates = [p for a in articles for p in a.body_paragraphs]
        attributions = tracer.trace([text for text, *_ in items], candidates)
        sentences = [
            SummarySentence(f"{prefix}.{n}", text, section, origin, [], attribution, draft, problem)
            for n, ((text, origin, draft, problem), attribution) in enumerate(zip(items, attributions), 1)
        ]
        summaries[section] = Summary(section, section, [a.id for a in articles], sentences)
    theme = Theme("T1", "Harbour strike and grain", ["A1", "A2"], ["A1.P2", "A1.P4", "A2.P1"], 0.6,
                  summaries["theme:T1"])
    return Briefing(
        title="Weekly briefing — 22 November 2026", date="2026-11-22", articles=[a1, a2],
        executive_summary=summaries["executive"], themes=[theme],
        article_summaries=[summaries["article:A1"], summaries["article:A2"]], duplicate_groups=[],
        skipped_files=[], settings={"attribution": {"max_citations": 3}},
        model={"name": "test-model", "sha256": "00"}, embedder="all-MiniLM-L6-v2",
        created_at="2026-11-22T08:00:00+00:00",
    )


@pytest.fixture(scope="session")
def tracer(embedder) -> Tracer:
    return Tracer(embedder, max_citations=3)


@pytest.fixture(scope="session")
def reference_briefing(tracer, tmp_path_factory) -> Briefing:
    return build_briefing(tmp_path_factory.mktemp("articles"), tracer)


@pytest.fixture
def trace_file(reference_briefing, tmp_path) -> Path:
    """A fresh trace of the small briefing (with its .docx name), in its own folder."""
    return write_trace(reference_briefing, tmp_path / "briefing-2026-11-22.json", "briefing-2026-11-22.docx")
