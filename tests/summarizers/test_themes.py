"""Cross-article themes and the executive summary, on small articles written here.

The embedder is the real MiniLM; the model and the tracer are small deterministic fakes so
that the tests check the theme logic (who shares what, what is cited, what falls back).
"""

from __future__ import annotations

from pathlib import Path

from summarizer.config import Settings
from summarizer.dom import Article, Attribution, Paragraph, Sentence, Summary, SummarySentence, Support
from summarizer.llm.base import GenerationStats, ModelIdentity
from summarizer.nlp.text import content_terms, words
from summarizer.summarizers.theme_contrast import cues_between
from summarizer.summarizers.themes import build_themes


def make_article(article_id: str, title: str, paragraphs: list[list[str]], duplicate_of: str | None = None) -> Article:
    built = []
    for number, texts in enumerate(paragraphs, 1):
        pid = f"{article_id}.P{number}"
        sentences = [Sentence(f"{pid}.S{i}", t, 0, 0) for i, t in enumerate(texts, 1)]
        built.append(Paragraph(pid, article_id, number, " ".join(texts), 0, 0, sentences))
    article = Article(article_id, Path(f"{article_id}.txt"), title, None, None, built, "0" * 64)
    article.duplicate_of = duplicate_of
    return article


PORT_AND_GAS = [
    [
        "Dock workers at the port of Rotterdam walked out on Monday over a dispute about night-shift pay.",
        "The union said the Rotterdam strike would last at least three days unless operators improve their offer.",
    ],
    [
        "The European Commission proposed a cap on wholesale gas prices for the coming winter on Tuesday.",
        "Ministers from Germany and Austria said the cap on gas prices would not stop household bills from rising this winter.",
    ],
    [
        "Farmers in the north reported an unusually dry spring that could reduce the potato harvest.",
    ],
]
STRIKE_AND_GAS = [
    [
        "The Rotterdam port strike entered its second day as container ships queued outside the harbour.",
        "Union leaders in Rotterdam said night-shift pay had been cut without any consultation of the dock workers.",
    ],
    [
        "The European Commission said its proposed cap on wholesale gas prices would bring household bills down this winter.",
        "Energy traders expect wholesale gas prices to fall sharply once the cap takes effect in December.",
    ],
]
MUSEUM = [
    [
        "A new museum of tiles opened in Lisbon on Saturday with a collection of four thousand azulejos.",
        "The curators spent six years restoring the oldest panels, some dating from the fifteenth century.",
    ],
]


class FakeGenerator:
    """Deterministic 'model': answers with the first listed sentence, trimmed; counts calls."""

    identity = ModelIdentity("fake", "fake", None, None, "causal")

    def __init__(self, answer: str | None = None) -> None:
        self.stats = GenerationStats()
        self.calls: list[int] = []
        self.answer = answer

    def generate(self, requests, max_new_tokens, stop_at_line=False):
        self.calls.append(len(requests))
        out = []
        for request in requests:
            if self.answer is not None:
                out.append(self.answer)
                continue
            lines = [l for l in request.user.splitlines() if l.startswith(("- ", "Sentence to rewrite: "))]
            first = lines[0].split(": ", 1)[-1].removeprefix("- ") if lines else ""
            out.append(" ".join(first.split()[:14]).rstrip(",;") + ".")
        return out

    def yes_probability(self, requests):
        return [0.5] * len(requests)


class WordTracer:
    """Cites up to three candidates sharing content words; supported when they hold them all."""

    def __init__(self) -> None:
        self.calls: list[tuple[list[str], list[str]]] = []

    def unmatched_words(self, text, sources, context, synonyms=True):
        return []  # word choice is not what these tests are about (see test_counterparts)

    def trace(self, texts, candidates):
        self.calls.append((list(texts), [p.id for p in candidates]))
        out = []
        for text in texts:
            terms = set(content_terms(text))
            ranked = sorted(candidates, key=lambda p: -len(terms & set(content_terms(p.text))))
            cited = [p for p in ranked[:3] if len(terms & set(content_terms(p.text))) >= 2] or ranked[:1]
            pool = set().union(*(set(content_terms(p.text)) for p in cited)) if cited else set()
            share = len(terms & pool) / max(1, len(terms))
            verdict = "supported" if share >= 0.95 else ("partly_supported" if share >= 0.5 else "unsupported")
            supports = tuple(Support(p.id, share, {}, p.sentences[0].text, p.sentences[0].id) for p in cited)
            out.append(Attribution(supports, verdict, "test", share, {}))
        return out


def settings(**summary) -> Settings:
    s = Settings()
    for key, value in summary.items():
        setattr(s.summary, key, value)
    return s


def run(articles, embedder, generator=None, tracer=None, summaries=None, **summary):
    generator = generator or FakeGenerator()
    tracer = tracer or WordTracer()
    messages: list[str] = []
    themes, executive = build_themes(
        articles, summaries or [], embedder, generator, tracer, settings(**summary), messages.append
    )
    return themes, executive, generator, tracer, messages


def three_articles():
    return [
        make_article("A1", "Port and energy news", PORT_AND_GAS),
        make_article("A2", "Strike and gas cap", STRIKE_AND_GAS),
        make_article("A3", "Tile museum opens", MUSEUM),
    ]


def test_themes_are_shared_by_two_articles_and_leave_the_singleton_alone(embedder):
    themes, _, _, _, _ = run(three_articles(), embedder)
    assert len(themes) >= 2
    assert [t.id for t in themes] == [f"T{i}" for i in range(1, len(themes) + 1)]
    for theme in themes:
        assert set(theme.article_ids) == {"A1", "A2"}, theme  # the museum article shares nothing
        assert all(pid.split(".")[0] in theme.article_ids for pid in theme.paragraph_ids)
        assert theme.summary is not None and theme.summary.section == f"theme:{theme.id}"
        assert 1 <= len(theme.summary.sentences)
        assert 0.0 < theme.similarity <= 1.0
        for number, sentence in enumerate(theme.summary.sentences, 1):
            assert sentence.id == f"{theme.id}.{number}" and sentence.section == f"theme:{theme.id}"
            assert sentence.attribution is not None and sentence.attribution.supports
    topics = " ".join(t.title for t in themes).lower()
    assert "rotterdam" in topics and ("gas" in topics or "european commission" in topics)


def test_titles_use_only_words_of_the_member_paragraphs(embedder):
    articles = three_articles()
    themes, _, _, _, _ = run(articles, embedder)
    text = {p.id: p.text for a in articles for p in a.paragraphs}
    for theme in themes:
        member_words = set(words(" ".join(text[pid] for pid in theme.paragraph_ids)))
        title_words = set(words(theme.title)) - {"and"}
        assert title_words and title_words <= member_words, (theme.title, title_words - member_words)


def test_theme_sentences_draw_on_and_cite_both_articles(embedder):
    themes, _, _, _, _ = run(three_articles(), embedder)
    for theme in themes:
        for sentence in theme.summary.sentences:
            sources = {sid.split(".")[0] for sid in sentence.source_sentence_ids}
            assert sources == {"A1", "A2"}, sentence
            cited = {s.paragraph_id.split(".")[0] for s in sentence.attribution.supports}
            if sentence.origin != "rewrite":  # the verbatim fallback holds words of both articles
                assert cited == {"A1", "A2"}, sentence


def test_all_theme_requests_go_to_the_model_in_one_batch(embedder):
    themes, _, generator, _, _ = run(three_articles(), embedder)
    assert len(generator.calls) == 1
    assert generator.calls[0] >= len(themes)


def test_unsupported_drafts_fall_back_to_the_sources_and_keep_the_draft(embedder):
    generator = FakeGenerator(answer="Aliens landed in the harbour and bought every container ship.")
    themes, executive, _, _, _ = run(three_articles(), embedder, generator=generator)
    sentences = [s for t in themes for s in t.summary.sentences] + executive.sentences
    assert sentences
    for sentence in sentences:
        assert sentence.origin == "extractive_fallback"
        assert "aliens" not in sentence.text.lower()
        assert sentence.draft and "aliens" in sentence.draft.lower()  # kept for review


def test_a_disagreement_is_stated_with_both_sides_cited(embedder):
    themes, _, _, _, messages = run(three_articles(), embedder, theme_sentences=3)
    contrasts = [
        s for t in themes for s in t.summary.sentences if "(A1)" in s.text and "(A2)" in s.text
    ]
    assert contrasts, [s.text for t in themes for s in t.summary.sentences]
    [sentence] = [s for s in contrasts if "gas" in s.text.lower()][:1]
    assert any("articles differ" in m for m in messages)
    cited = {s.paragraph_id.split(".")[0] for s in sentence.attribution.supports}
    assert cited == {"A1", "A2"}
    assert {sid.split(".")[0] for sid in sentence.source_sentence_ids} == {"A1", "A2"}


def test_opposition_cues():
    assert "polarity" in cues_between("The cap will not stop bills rising.", "The cap will bring bills down.")
    assert "direction" in cues_between("Prices will rise this winter.", "Prices will fall this winter.")
    assert "numbers" in cues_between("Wages rose 4 percent.", "Wages rose 6 percent.")
    assert cues_between("Wages rose 4 percent.", "Pay went up 4 percent.") == ()


def test_executive_summary_is_cited_and_traced_against_every_article(embedder):
    articles = three_articles()
    themes, executive, _, tracer, _ = run(articles, embedder, executive_sentences=3)
    assert executive is not None and executive.section == "executive"
    assert 1 <= len(executive.sentences) <= 3
    assert [s.id for s in executive.sentences] == [f"exec.{i}" for i in range(1, len(executive.sentences) + 1)]
    every_body = {p.id for a in articles for p in a.body_paragraphs}
    executive_calls = [ids for texts, ids in tracer.calls if set(ids) == every_body]
    assert executive_calls, "executive sentences must be traced against all articles' paragraphs"
    for sentence in executive.sentences:
        assert sentence.section == "executive" and sentence.attribution.supports


def test_one_article_has_no_theme_but_an_executive_summary_from_its_summary(embedder):
    article = make_article("A1", "Port and energy news", PORT_AND_GAS)
    first = article.paragraphs[0].sentences[0]
    second = article.paragraphs[1].sentences[0]
    summary = Summary(
        "article:A1", article.title, ["A1"],
        [
            SummarySentence("A1.sum.1", first.text, "article:A1", "extractive", [first.id]),
            SummarySentence("A1.sum.2", second.text, "article:A1", "extractive", [second.id]),
        ],
    )
    themes, executive, generator, _, _ = run([article], embedder, summaries=[summary], executive_sentences=2)
    assert themes == []
    assert generator.calls in ([], [0])
    assert executive is not None and len(executive.sentences) == 2
    assert {tuple(s.source_sentence_ids) for s in executive.sentences} == {(first.id,), (second.id,)}


def test_a_near_duplicate_does_not_count_as_a_second_article(embedder):
    original = make_article("A1", "Port and energy news", PORT_AND_GAS)
    copy = make_article("A2", "Port and energy news (copy)", PORT_AND_GAS, duplicate_of="A1")
    themes, _, _, _, _ = run([original, copy, make_article("A3", "Tile museum opens", MUSEUM)], embedder)
    assert themes == []


def test_no_themes_when_max_themes_is_zero(embedder):
    themes, _, _, _, _ = run(three_articles(), embedder, max_themes=0)
    assert themes == []


def test_no_source_sentence_serves_two_themes(embedder):
    themes, _, _, _, _ = run(three_articles(), embedder, theme_sentences=3)
    seen: list[str] = []
    for theme in themes:
        for sentence in theme.summary.sentences:
            seen += sentence.source_sentence_ids
    assert len(seen) == len(set(seen))


def test_a_theme_left_with_nothing_to_say_gives_its_slot_to_the_next(embedder):
    from summarizer.summarizers.theme_clusters import Cluster, build_space, describe
    from summarizer.summarizers.themes import write_themes

    articles = three_articles()
    space = build_space(articles, embedder, 8)
    rows_about = lambda word: [u.row for u in space.units if word in u.sentence.text.lower()]  # noqa: E731
    strike, gas = rows_about("rotterdam"), rows_about("gas")
    other = rows_about("museum") + rows_about("farmers")
    clusters = [describe(space, Cluster(rows=r, origin="test")) for r in (strike, strike, gas, other)]
    for cluster, title in zip(clusters, ("Strike", "Strike again", "Gas", "Other")):
        cluster.title = title
    themes, _ = write_themes(
        space, clusters, articles, FakeGenerator(), WordTracer(), settings(max_themes=2, theme_sentences=3), print
    )
    # The second cluster's sentences were all written under the first: the gas cap takes its
    # place, and the fourth is a spare that is not needed.
    assert [t.title for t in themes] == ["Strike", "Gas"]


def test_a_theme_with_a_single_point_gives_its_slot_to_the_next(embedder):
    from summarizer.summarizers.theme_clusters import Cluster, build_space, describe
    from summarizer.summarizers.themes import write_themes

    articles = three_articles()
    space = build_space(articles, embedder, 8)
    gas = [u.row for u in space.units if "gas" in u.sentence.text.lower()]
    pair = [next(r for r in gas if space.units[r].article.id == aid) for aid in ("A1", "A2")]
    clusters = [describe(space, Cluster(rows=rows, origin="test")) for rows in (pair, gas)]
    clusters[0].title, clusters[1].title = "One point", "Gas"

    def titles(theme_sentences: int) -> list[str]:
        themes, _ = write_themes(
            space, clusters, articles, FakeGenerator(), WordTracer(),
            settings(max_themes=1, theme_sentences=theme_sentences), print,
        )
        return [t.title for t in themes]

    # Two sentences can come only from two cross-article pairs (or a pair and a disagreement).
    assert titles(3) == ["Gas"]
    assert titles(1) == ["One point"]  # asked for one sentence per theme, one point is a theme
