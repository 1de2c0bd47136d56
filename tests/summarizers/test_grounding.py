from summarizer.dom import Attribution, Paragraph, Sentence, Support
from summarizer.summarizers.grounding import Draft, ground

SOURCE = Sentence("A1.P2.S1", "The bank raised rates by half a point on Thursday.", 0, 0)
OTHER = Sentence("A1.P3.S1", "Inflation reached 7 percent in October.", 0, 0)
PARAGRAPHS = (
    Paragraph("A1.P2", "A1", 2, SOURCE.text, 0, 0, [SOURCE]),
    Paragraph("A1.P3", "A1", 3, OTHER.text, 0, 0, [OTHER]),
)


class ListTracer:
    """Supported only if every word of the sentence occurs in the candidates' text."""

    def __init__(self):
        self.calls = []

    def unmatched_words(self, text, sources, context, synonyms=True):
        return []  # word choice is not what these tests are about (see test_counterparts)

    def trace(self, texts, candidates):
        self.calls.append(list(texts))
        pool = " ".join(p.text for p in candidates).lower()
        out = []
        for text in texts:
            ok = all(w.strip(".,").lower() in pool for w in text.split())
            support = Support("A1.P2", 0.9 if ok else 0.2, {"lexical": 1.0 if ok else 0.2}, SOURCE.text, SOURCE.id)
            out.append(Attribution((support,), "supported" if ok else "unsupported", "test", support.score, {}))
        return out


def test_supported_draft_is_kept_as_rewrite():
    [sentence] = ground([Draft("The bank raised rates on Thursday.", (SOURCE,), PARAGRAPHS)], ListTracer(), "article:A1", "A1.sum")
    assert sentence.origin == "rewrite" and sentence.text == "The bank raised rates on Thursday."
    assert sentence.id == "A1.sum.1" and sentence.attribution.verdict == "supported"


def test_unsupported_draft_falls_back_to_the_source_and_keeps_the_draft():
    tracer = ListTracer()
    [sentence] = ground([Draft("Russia's teams raised rates.", (SOURCE,), PARAGRAPHS)], tracer, "article:A1", "A1.sum")
    assert sentence.origin == "extractive_fallback"
    assert sentence.text == SOURCE.text and sentence.draft == "Russia's teams raised rates."
    assert sentence.draft_problem == "the verifier found it unsupported"
    assert sentence.attribution.verdict == "supported"  # the source's own words, re-traced
    assert tracer.calls == [["Russia's teams raised rates."], [SOURCE.text]]


def test_missing_draft_is_extractive_and_duplicates_are_dropped():
    drafts = [Draft(None, (SOURCE,), PARAGRAPHS), Draft("The bank raised rates by half a point on Thursday.", (SOURCE,), PARAGRAPHS)]
    sentences = ground(drafts, ListTracer(), "article:A1", "A1.sum")
    assert [s.origin for s in sentences] == ["extractive"]


class FixedTracer:
    """Every text 'supported', with the given share of word pairs found in the sources."""

    def __init__(self, phrases):
        self.phrases = phrases

    def unmatched_words(self, text, sources, context, synonyms=True):
        return []  # word choice is not what these tests are about (see test_counterparts)

    def trace(self, texts, candidates):
        support = Support("A1.P2", 0.7, {}, SOURCE.text, SOURCE.id)
        return [Attribution((support,), "supported", "test", 0.7, {"phrases": self.phrases}) for _ in texts]


def test_a_merge_of_two_articles_must_keep_its_word_pairs():
    elsewhere = Sentence("A2.P4.S1", "The central bank of the neighbour held rates.", 0, 0)
    merge = Draft("Rates rose because the neighbour held them.", (SOURCE, elsewhere), PARAGRAPHS)
    [recombined] = ground([merge], FixedTracer(phrases=0.3), "theme:T1", "T1")
    assert recombined.origin == "extractive_fallback" and recombined.draft == merge.text
    # Each article's sentence is quoted on its own: no quotation mark spans two articles.
    assert recombined.text == f"“{SOURCE.text}” (A1); “{elsewhere.text}” (A2)"
    [kept] = ground([merge], FixedTracer(phrases=0.8), "theme:T1", "T1")
    assert kept.origin == "rewrite"
    # One article's sentences rewritten together are not a merge: the usual verdict decides.
    single = Draft("The bank raised rates; inflation reached 7 percent.", (SOURCE, OTHER), PARAGRAPHS)
    assert ground([single], FixedTracer(phrases=0.3), "article:A1", "A1.sum")[0].origin == "rewrite"


def test_stance_groups_of_speech_and_attitude():
    from summarizer.summarizers.grounding import stances

    assert stances("Russia hopes Iran will not ignore its efforts.") == {"want"}
    assert stances("Officials suggested that Moscow sees an opportunity.") == {"suggest", "think"}
    assert stances("The port reopened on Monday after the statement.") == set()


def test_a_draft_may_not_change_whose_view_it_reports():
    hopes = Sentence("A1.P4.S1", "The minister hopes the bank will raise rates on Thursday.", 0, 0)
    paragraphs = (Paragraph("A1.P4", "A1", 4, hopes.text, 0, 0, [hopes]),)
    believes = Draft("The minister believes the bank will raise rates on Thursday.", (hopes,), paragraphs)
    [changed] = ground([believes], FixedTracer(phrases=0.9), "article:A1", "A1.sum")
    assert changed.origin == "extractive_fallback" and changed.text == hopes.text
    assert changed.draft_problem == "it changes whose saying, thinking or wanting it reports"
    kept = Draft("The minister hopes the bank raises rates on Thursday.", (hopes,), paragraphs)
    assert ground([kept], FixedTracer(phrases=0.9), "article:A1", "A1.sum")[0].origin == "rewrite"
    dropped = Draft("The bank will raise rates on Thursday.", (hopes,), paragraphs)  # a hope made a fact
    assert ground([dropped], FixedTracer(phrases=0.9), "article:A1", "A1.sum")[0].origin == "extractive_fallback"
    said = Sentence("A1.P5.S1", "Police said the suspect was arrested on Sunday.", 0, 0)
    condensed = Draft("The suspect was arrested on Sunday.", (said,), paragraphs)
    assert ground([condensed], FixedTracer(phrases=0.9), "article:A1", "A1.sum")[0].origin == "rewrite"


def test_a_merge_keeps_the_attitudes_of_its_sources():
    believes = Sentence("A2.P3.S1", "Moscow believes the talks on the bank will fail.", 0, 0)
    merge = Draft("The bank raised rates and the talks will fail.", (SOURCE, believes), PARAGRAPHS)
    assert ground([merge], FixedTracer(phrases=0.9), "theme:T1", "T1")[0].origin == "extractive_fallback"
    kept = Draft("The bank raised rates; Moscow believes the talks will fail.", (SOURCE, believes), PARAGRAPHS)
    assert ground([kept], FixedTracer(phrases=0.9), "theme:T1", "T1")[0].origin == "rewrite"


def test_a_misspelt_name_opening_the_draft_is_caught():
    draft = Draft("Bnak officials raised rates by half a point on Thursday.", (SOURCE,), PARAGRAPHS)
    assert not draft.opening_word_found(draft.text)
    [caught] = ground([draft], FixedTracer(phrases=0.9), "article:A1", "A1.sum")
    assert caught.origin == "extractive_fallback"
    assert caught.draft_problem == "it opens with a name the article does not contain"
    for fine in ("Inflation reached 7 percent.", "The bank raised rates.", "“Rates rose,” the bank said.", "7 percent."):
        assert Draft(fine, (SOURCE,), PARAGRAPHS).opening_word_found(fine), fine


def test_a_draft_that_adds_a_qualifier_falls_back_with_the_real_tracer(embedder):
    from summarizer.attribution.tracer import Tracer

    source = Sentence(
        "A1.P4.S1",
        "The best Iran could hope for is that the dust settles after an exchange of blows with Israel.",
        0,
        0,
    )
    paragraphs = (Paragraph("A1.P4", "A1", 4, source.text, 0, 0, [source]),)
    tracer = Tracer(embedder)
    added = Draft("The best Iran could hope for is a peaceful exchange of blows with Israel.", (source,), paragraphs)
    assert added.added_words(added.text, tracer) == ["peaceful"]
    [sentence] = ground([added], tracer, "article:A1", "A1.sum")
    assert sentence.origin == "extractive_fallback" and sentence.text == source.text
    assert sentence.draft == added.text  # kept for the reviewer, with why it was rejected
    assert sentence.draft_problem == "it adds words its sources do not contain: peaceful"
    faithful = Draft("The best Iran could hope for is that the dust settles after an exchange of blows.", (source,), paragraphs)
    assert ground([faithful], tracer, "article:A1", "A1.sum")[0].origin == "rewrite"


def test_the_context_is_the_sentence_before_each_source_in_its_article():
    first = Sentence("A1.P2.S1", "Abbas Araghchi met Josep Borrell.", 0, 0)
    second = Sentence("A1.P2.S2", "He said the talks would resume.", 0, 0)
    other = Sentence("A2.P1.S1", "Markets fell.", 0, 0)
    paragraphs = (
        Paragraph("A1.P2", "A1", 2, "", 0, 0, [first, second]),
        Paragraph("A2.P1", "A2", 1, "", 0, 0, [other]),
    )
    assert Draft("x", (second,), paragraphs).context == [first.text]
    assert Draft("x", (first, other), paragraphs).context == []  # nothing before; A1 is not A2's context


def test_a_dropped_speaker_may_not_leave_their_should_as_the_briefings_own():
    sniped = Sentence(
        "A1.P5.S1", "The journalist Fereshteh Sadeghi sniped that Aragchi should have told Borrell to stay out.", 0, 0
    )
    paragraphs = (Paragraph("A1.P5", "A1", 5, sniped.text, 0, 0, [sniped]),)
    dropped = Draft("Aragchi should have told Borrell to stay out.", (sniped,), paragraphs)
    [sentence] = ground([dropped], FixedTracer(phrases=0.9), "article:A1", "A1.sum")
    assert sentence.origin == "extractive_fallback"
    assert sentence.draft_problem == "it changes whose saying, thinking or wanting it reports"
    kept = Draft("Sadeghi sniped that Aragchi should have told Borrell to stay out.", (sniped,), paragraphs)
    assert ground([kept], FixedTracer(phrases=0.9), "article:A1", "A1.sum")[0].origin == "rewrite"


def test_a_compression_may_drop_a_clause_with_its_stance_word():
    source = Sentence(
        "A1.P6.S1", "The five-year deal is the biggest in the club's history, with the Blues now considering a tour.", 0, 0
    )
    paragraphs = (Paragraph("A1.P6", "A1", 6, source.text, 0, 0, [source]),)
    text = "The five-year deal is the biggest in the club's history."
    # deletion.protect keeps every stance word of a kept clause, so the dropped clause's
    # "considering" governed nothing printed; a rewrite gets no such guarantee.
    compression = Draft(text, (source,), paragraphs, kind="compression")
    assert ground([compression], FixedTracer(phrases=0.9), "article:A1", "A1.sum")[0].origin == "compression"
    rewrite = Draft(text, (source,), paragraphs)
    assert ground([rewrite], FixedTracer(phrases=0.9), "article:A1", "A1.sum")[0].origin == "extractive_fallback"


def test_a_quoted_source_sentence_is_shown_without_its_dateline():
    # real news, 2026-12-07: a section's first point quoted whole printed "MONTGOMERY, Ala. -- ..."
    text = "MONTGOMERY, Ala. -- Alabama's strict new immigration law may be backfiring."
    lede = Sentence("A1.P1.S1", text, 0, len(text))
    assert Draft(None, (lede,), PARAGRAPHS).fallback_text == "Alabama's strict new immigration law may be backfiring."
