"""The stages wired together, with the real embedder and tracer and a counting fake model."""

from __future__ import annotations

import datetime as dt

from conftest import write_article

from summarizer.attribution.tracer import Tracer
from summarizer.config import Settings
from summarizer.llm.base import GenerationStats, ModelIdentity
from summarizer.pipeline import build_briefing, prepare_articles
from summarizer.summarizers.condense import MERGE_SYSTEM

PORT = """Title: Rotterdam strike and the gas cap
Source: Harbour Daily

Dock workers at the port of Rotterdam walked out on Monday over a dispute about night-shift pay.

The union said the Rotterdam strike would last at least three days unless operators improve their offer.

The European Commission proposed a cap on wholesale gas prices for the coming winter on Tuesday.

Ministers from Germany and Austria said the cap on gas prices would not stop household bills from rising this winter.
"""
STRIKE = """Title: Ships queue as the strike goes on
Source: Energy Weekly

The Rotterdam port strike entered its second day as container ships queued outside the harbour.

Union leaders in Rotterdam said night-shift pay had been cut without any consultation of the dock workers.

The European Commission said its proposed cap on wholesale gas prices would bring household bills down this winter.

Energy traders expect wholesale gas prices to fall sharply once the cap takes effect in December.
"""


class CountingGenerator:
    """Answers with the sentence it was given (first listed one for merges); records each call."""

    identity = ModelIdentity("fake", "fake", None, None, "causal")

    def __init__(self) -> None:
        self.stats = GenerationStats()
        self.calls: list[list[str]] = []

    def generate(self, requests, max_new_tokens, stop_at_line=False):
        self.calls.append([r.system for r in requests])
        out = []
        for request in requests:
            lines = [l for l in request.user.splitlines() if l.startswith(("- ", "Sentence to rewrite: "))]
            out.append(lines[0].split(": ", 1)[-1].removeprefix("- "))
        return out

    def yes_probability(self, requests):
        return [0.5] * len(requests)


def test_articles_and_themes_are_written_in_one_model_call(tmp_path, embedder):
    write_article(tmp_path, "port.txt", PORT)
    write_article(tmp_path, "strike.txt", STRIKE)
    articles, skipped = prepare_articles(tmp_path, lambda message: None)
    settings = Settings()
    settings.summary.sentences = 2
    generator = CountingGenerator()
    briefing = build_briefing(
        articles, skipped, settings, embedder=embedder, generator=generator, tracer=Tracer(embedder),
        report=lambda message: None, today=dt.date(2026, 12, 4),
    )
    [call] = generator.calls  # one batch for everything the model writes
    summaries = briefing.article_summaries
    assert [s.section for s in summaries] == ["article:A1", "article:A2"]
    assert briefing.themes, "two articles about the same strike and gas cap share a theme"
    merges = sum(1 for system in call if system == MERGE_SYSTEM)
    assert merges >= 1 and len(call) > merges  # theme merges beside the article rewrites
    paragraphs = {p.id: p for a in articles for p in a.paragraphs}
    everything = [s for summary in summaries for s in summary.sentences]
    everything += [s for theme in briefing.themes for s in theme.summary.sentences]
    for sentence in everything:
        cited = sentence.attribution.paragraph_ids
        assert cited and all(paragraphs[pid].kept for pid in cited), sentence


def test_a_briefing_of_the_same_date_is_never_overwritten_silently(tmp_path):
    from summarizer.dom import Briefing
    from summarizer.pipeline import output_paths, write_outputs

    briefing = Briefing("Weekly briefing", "2026-12-04", [], None, [], [], [], [], {}, {"name": "m"}, "e", "2026-12-04T10:00:00+00:00")
    first = write_outputs(briefing, tmp_path)
    assert (first.docx.name, first.trace.name) == ("briefing-2026-12-04.docx", "briefing-2026-12-04.json")
    before = first.docx.read_bytes()
    second = write_outputs(briefing, tmp_path)
    assert (second.docx.name, second.trace.name) == ("briefing-2026-12-04-2.docx", "briefing-2026-12-04-2.json")
    assert first.docx.read_bytes() == before
    (tmp_path / "briefing-2026-12-04-3.json").write_text("{}")  # a lone trace also takes the name
    assert output_paths(tmp_path, "2026-12-04")[0].name == "briefing-2026-12-04-4.docx"
    forced = write_outputs(briefing, tmp_path, force=True)
    assert forced.docx.name == "briefing-2026-12-04.docx"
