"""The stages wired together, with the real embedder and tracer and a counting fake model."""

from __future__ import annotations

import datetime as dt

from conftest import write_article

from summarizer.attribution.tracer import Tracer
from summarizer.config import Settings
from summarizer.llm.base import GenerationStats, ModelIdentity
from summarizer.pipeline import build_briefing, prepare_articles

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


# Where the fake model cuts a sentence off: before its last phrase opened by one of these.
_PHRASE_OPENERS = frozenset("on in at after unless as over to for with from near along once because while".split())


class DeletingGenerator:
    """Shortens each sentence by deleting its last phrase (a deletion, like the real model's):
    the words before the first preposition or subordinator in its second half, else its first
    two thirds; records each call."""

    identity = ModelIdentity("fake", "fake", None, None, "causal")

    def __init__(self) -> None:
        self.stats = GenerationStats()
        self.calls: list[list[str]] = []

    def generate(self, requests, max_new_tokens, stop_at_line=False):
        self.calls.append([r.user for r in requests])
        out = []
        for request in requests:
            if request.user.startswith("Sentences:"):  # a theme's title
                out.append("Wholesale gas prices")
                continue
            words = request.user.removeprefix("Sentence: ").rstrip(".").split()
            openers = [i for i, w in enumerate(words) if w.lower() in _PHRASE_OPENERS and i >= len(words) // 2]
            keep = openers[0] if openers else 2 * len(words) // 3
            out.append(" ".join(words[: max(4, keep)]) + ".")
        return out

    def yes_probability(self, requests):
        return [0.5] * len(requests)


def briefing_of(tmp_path, embedder, generator, settings=None):
    write_article(tmp_path, "port.txt", PORT)
    write_article(tmp_path, "strike.txt", STRIKE)
    articles, skipped = prepare_articles(tmp_path, lambda message: None)
    return articles, build_briefing(
        articles, skipped, settings or Settings(), embedder=embedder, generator=generator, tracer=Tracer(embedder),
        report=lambda message: None, today=dt.date(2026, 12, 4),
    )


def all_sentences(briefing):
    out = list(briefing.executive_summary.sentences) if briefing.executive_summary else []
    out += [s for theme in briefing.themes for s in theme.summary.sentences]
    return out + [s for summary in briefing.article_summaries for s in summary.sentences]


def test_the_title_prints_the_date_as_the_date_line_does(tmp_path, embedder):
    from summarizer.render.docx_writer import _human_date

    _, briefing = briefing_of(tmp_path, embedder, DeletingGenerator())
    assert briefing.title == "Weekly briefing — 4 December 2026" and briefing.title.endswith(_human_date(briefing.date))


def test_sentences_are_asked_for_as_the_sections_need_them(tmp_path, embedder):
    from summarizer.pipeline import SHORTEN_ROUNDS, plan_briefing

    generator = DeletingGenerator()
    articles, briefing = briefing_of(tmp_path, embedder, generator)
    first = generator.calls[0]
    titles = [user for user in first if user.startswith("Sentences:")]
    assert len(titles) >= len(briefing.themes) >= 1  # the titles ride in the first call
    assert 1 <= len(generator.calls) <= SHORTEN_ROUNDS + 1
    shortening = [user for call in generator.calls for user in call if user.startswith("Sentence: ")]
    assert shortening and len(shortening) == len(set(shortening))  # a sentence is asked once
    assert [s.section for s in briefing.article_summaries] == ["article:A1", "article:A2"]
    paragraphs = {p.id: p for a in articles for p in a.paragraphs}
    for sentence in all_sentences(briefing):
        cited = sentence.attribution.paragraph_ids
        assert cited and all(paragraphs[pid].kept for pid in cited), sentence


LONG = """Title: A long week in the port of Rotterdam
Source: Harbour Daily

Dock workers at the port of Rotterdam walked out on Monday over a dispute about night-shift pay and staffing.

The union said the strike would last at least three days unless the terminal operators improved their offer.

Container ships queued outside the harbour as cranes stood idle along the main terminals of the port.

Farmers in the province complained that exports of flowers and vegetables were stuck in warehouses near the docks.

The city's mayor urged both sides to return to talks and offered the town hall as a neutral venue for negotiations.

Shipping lines diverted several vessels to Antwerp and Hamburg, adding days to their journeys across Europe.

Economists estimated that each day of the stoppage cost the Dutch economy tens of millions of euros in lost trade.

Police reported that the picket lines stayed peaceful, with no arrests made during the first two days.

The terminal operators said that their offer was fair and that higher night pay would make the port less competitive.

Retailers warned that shelves could run short of imported fruit and electronics if the dispute continued into next week.

A government minister said the cabinet was watching closely but would not intervene in a matter for the social partners.

Talks between the union and the operators are due to resume on Thursday under the guidance of an independent mediator.
"""


def test_spares_no_section_needs_are_not_asked(tmp_path, embedder):
    from summarizer.pipeline import plan_briefing

    write_article(tmp_path, "long.txt", LONG)
    articles, skipped = prepare_articles(tmp_path, lambda message: None)
    generator = DeletingGenerator()
    settings = Settings()
    settings.summary.executive_sentences = 1  # the executive summary takes the article's first points
    build_briefing(
        articles, skipped, settings, embedder=embedder, generator=generator, tracer=Tracer(embedder),
        report=lambda message: None, today=dt.date(2026, 12, 4),
    )
    asked = [user for call in generator.calls for user in call if user.startswith("Sentence: ")]
    every_candidate = plan_briefing(articles, embedder, settings).sentences
    assert 0 < len(asked) < len(every_candidate)


class RefusedFirstGenerator(DeletingGenerator):
    """Answers the first call's shortening requests with a paraphrase (refused by the deletion
    checks), then shortens like ``DeletingGenerator``; a choice of parts takes them all."""

    def generate(self, requests, max_new_tokens, stop_at_line=False):
        out = super().generate(requests, max_new_tokens, stop_at_line)
        for index, request in enumerate(requests):
            if request.user.startswith("Parts:"):
                out[index] = "1-" + str(request.user.count("\n"))
            elif len(self.calls) == 1 and request.user.startswith("Sentence: "):
                out[index] = "Officials announced sweeping changes to everything."
        return out


def test_places_left_open_by_refused_sentences_are_filled_in_later_rounds(tmp_path, embedder):
    generator = RefusedFirstGenerator()
    _, briefing = briefing_of(tmp_path, embedder, generator)
    assert len(generator.calls) >= 2
    refused = {u.removeprefix("Sentence: ") for u in generator.calls[0] if u.startswith("Sentence: ")}
    second = generator.calls[1]
    # The second round asks for new sentences, and for the parts of refused ones.
    assert any(u.startswith("Sentence: ") and u.removeprefix("Sentence: ") not in refused for u in second)
    assert all(u.removeprefix("Sentence: ") not in refused for u in second if u.startswith("Sentence: "))
    # Every first answer was refused: what is printed as written came from the later rounds.
    assert any(s.origin == "compression" for s in all_sentences(briefing))


def test_no_source_sentence_is_printed_twice_and_budgets_hold(tmp_path, embedder):
    settings = Settings()
    settings.summary.executive_words = 30
    settings.summary.article_words = 25
    _, briefing = briefing_of(tmp_path, embedder, DeletingGenerator(), settings)
    everything = all_sentences(briefing)
    sources = [tuple(s.source_sentence_ids) for s in everything]
    assert len(sources) == len(set(sources)), sources
    assert any(s.origin == "compression" for s in everything)
    executive_words = sum(len(s.text.split()) for s in briefing.executive_summary.sentences)
    assert 0 < executive_words <= 30
    for summary in briefing.article_summaries:
        compressed = [s for s in summary.sentences if s.origin == "compression"]
        assert sum(len(s.text.split()) for s in compressed) <= 25


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


def test_the_log_says_how_many_candidate_themes_reached_the_page(tmp_path, embedder):
    write_article(tmp_path, "port.txt", PORT)
    write_article(tmp_path, "strike.txt", STRIKE)
    articles, skipped = prepare_articles(tmp_path, lambda message: None)
    messages: list[str] = []
    briefing = build_briefing(
        articles, skipped, Settings(), embedder=embedder, generator=DeletingGenerator(), tracer=Tracer(embedder),
        report=messages.append, today=dt.date(2026, 12, 4),
    )
    planned = next(m for m in messages if m.startswith("themes: "))
    candidates = int(planned.split()[1])
    assert 1 <= len(briefing.themes) < candidates  # these two articles: 3 candidates, 1 printed
    printed = [m for m in messages if m.startswith("themes printed: ")]
    assert printed == [f"themes printed: {len(briefing.themes)} of {candidates} (a theme needs two lines from two "
                       "articles that pass the checks and are in no other section)"]
