"""Tracer behaviour on tiny hand-made paragraphs.

Most tests use a bag-of-words hashing embedder so they are fast and exact about what the
embedding contributes; one test runs the packaged MiniLM on a paraphrase.
"""

from __future__ import annotations

import hashlib

import numpy as np
import pytest

from summarizer.attribution.tracer import Tracer
from summarizer.attribution.verifier import Thresholds
from summarizer.dom import Paragraph, Sentence
from summarizer.llm.base import GenerationStats, ModelIdentity, Request
from summarizer.nlp.sentences import sentence_spans
from summarizer.nlp.text import content_terms


class HashEmbedder:
    """Normalised bag of stemmed content words, hashed into 512 dimensions."""

    name = "hash-bow"

    def __init__(self) -> None:
        self.calls: list[int] = []

    def encode(self, texts):
        self.calls.append(len(texts))
        out = np.zeros((len(texts), 512), dtype=np.float32)
        for row, text in enumerate(texts):
            for term in content_terms(text):
                out[row, int(hashlib.md5(term.encode()).hexdigest(), 16) % 512] += 1.0
            norm = np.linalg.norm(out[row])
            if norm:
                out[row] /= norm
        return out


class FakeJudge:
    """Answers from a fixed P(yes); records the batches it was given."""

    identity = ModelIdentity("fake", "fake", None, None, "causal")

    def __init__(self, p_yes: float) -> None:
        self.p_yes = p_yes
        self.stats = GenerationStats()
        self.batches: list[list[Request]] = []

    def generate(self, requests, max_new_tokens, stop_at_line=False):  # pragma: no cover - not used by the tracer
        raise AssertionError("the tracer must not generate free text")

    def yes_probability(self, requests):
        self.batches.append(list(requests))
        return [self.p_yes] * len(requests)


def paragraph(pid: str, text: str) -> Paragraph:
    article = pid.split(".")[0]
    sentences = [
        Sentence(f"{pid}.S{i + 1}", text[start:end], start, end)
        for i, (start, end) in enumerate(sentence_spans(text))
    ]
    return Paragraph(pid, article, int(pid.split(".P")[1]), text, 0, len(text), sentences)


CANDIDATES = [
    paragraph(
        "A1.P1",
        "President Joe Biden met Chancellor Olaf Scholz in Berlin on Tuesday. "
        "They discussed energy prices and military support for Ukraine.",
    ),
    paragraph(
        "A1.P2",
        "Officials said it is unclear what Biden's teams will pursue regarding Russia after the summit.",
    ),
    paragraph(
        "A2.P1",
        "German inflation fell to 6.2% in March, the statistics office said. "
        "Economists had expected a smaller drop.",
    ),
    paragraph("A2.P2", "The football club announced a new coach on Friday after a long search."),
]


@pytest.fixture
def tracer() -> Tracer:
    return Tracer(HashEmbedder())


def test_supported_sentence_cites_its_paragraph_with_quote_and_signals(tracer):
    [attribution] = tracer.trace(["Biden met Scholz in Berlin on Tuesday."], CANDIDATES)
    assert attribution.verdict == "supported", attribution.reason
    assert attribution.paragraph_ids[0] == "A1.P1"
    best = attribution.supports[0]
    assert best.quote_sentence_id == "A1.P1.S1"
    assert best.quote.startswith("President Joe Biden met")
    assert {"bm25", "embedding", "coverage", "fusion"} <= set(best.signals)
    assert 0.0 <= best.score <= 1.0
    assert {"embedding", "coverage", "key_terms", "pairs", "support"} <= set(attribution.signals)
    assert attribution.reason.startswith("supported")


def test_changed_number_is_at_most_partly_supported_and_named(tracer):
    [attribution] = tracer.trace(["German inflation fell to 7.4% in March."], CANDIDATES)
    assert attribution.paragraph_ids[0] == "A2.P1"
    assert attribution.verdict != "supported"
    assert "'7.4%'" in attribution.reason


def test_changed_place_name_is_named(tracer):
    [attribution] = tracer.trace(["Biden met Scholz in Paris on Tuesday."], CANDIDATES)
    assert attribution.verdict == "partly_supported"
    assert "'Paris'" in attribution.reason


def test_number_word_matches_digits_and_country_matches_adjective(tracer):
    source = [paragraph("A3.P1", "Three German ministers resigned on Monday over the budget dispute.")]
    [attribution] = tracer.trace(["3 ministers in Germany resigned on Monday."], source)
    assert attribution.signals["key_terms"] == 1.0, attribution.reason


def test_role_swap_is_not_supported(tracer):
    [attribution] = tracer.trace(["Russia's teams will pursue new policies."], CANDIDATES)
    assert attribution.paragraph_ids[0] == "A1.P2"
    assert attribution.verdict != "supported"
    assert "Russia … teams" in attribution.reason


def test_number_attached_to_another_noun_is_caught(tracer):
    source = [paragraph("A4.P1", "The attack killed 30 civilians and 5 soldiers near the border.")]
    [attribution] = tracer.trace(["The attack killed 30 soldiers near the border."], source)
    assert attribution.verdict != "supported"
    assert "30 … soldiers" in attribution.reason


def test_same_words_in_source_order_are_not_a_role_swap(tracer):
    [attribution] = tracer.trace(["Biden's teams will pursue a policy regarding Russia."], CANDIDATES)
    assert "role swap" not in attribution.reason
    assert attribution.signals["pairs"] == 1.0


def test_sentence_drawing_on_two_articles_cites_both(tracer):
    text = "Biden and Scholz discussed energy prices while German inflation fell to 6.2% in March."
    [attribution] = tracer.trace([text], CANDIDATES)
    assert {"A1.P1", "A2.P1"} <= set(attribution.paragraph_ids)
    assert attribution.verdict == "supported", attribution.reason


def test_without_the_second_article_the_missing_names_are_reported(tracer):
    text = "Biden and Scholz discussed energy prices while German inflation fell to 6.2% in March."
    # "Biden" starts the sentence: it counts as a name because another sentence of the same
    # call writes it mid-sentence (a sentence-initial capital alone is no evidence of a name).
    other = "Energy prices worried Biden."
    [attribution, _] = tracer.trace([text, other], [CANDIDATES[2], CANDIDATES[3]])
    assert attribution.verdict != "supported"
    assert "'Biden'" in attribution.reason and "'Scholz'" in attribution.reason


def test_verbatim_source_sentences_are_supported(tracer):
    sentences = [s.text for p in CANDIDATES for s in p.sentences]
    joined = sentences[0] + " " + sentences[1]
    attributions = tracer.trace([*sentences, joined], CANDIDATES)
    assert all(a.verdict == "supported" for a in attributions), [a.reason for a in attributions]
    assert attributions[-1].paragraph_ids[0] == "A1.P1"


def test_sentence_without_content_words_is_judged_by_embedding_alone(tracer):
    [attribution] = tracer.trace(["Yes, it is."], CANDIDATES)
    assert attribution.verdict != "supported"


def test_unrelated_sentence_is_unsupported(tracer):
    [attribution] = tracer.trace(["The weather in Madrid was sunny all week."], CANDIDATES)
    assert attribution.verdict == "unsupported"
    assert attribution.reason.startswith("unsupported")
    assert len(attribution.supports) >= 1  # the closest paragraph is still named


def test_max_citations_is_respected():
    text = "Biden and Scholz discussed energy prices while German inflation fell to 6.2% in March."
    [attribution] = Tracer(HashEmbedder(), max_citations=1).trace([text], CANDIDATES)
    assert len(attribution.supports) == 1
    with pytest.raises(ValueError):
        Tracer(HashEmbedder(), max_citations=0)


def test_batch_of_sentences_keeps_order_and_encodes_in_batches():
    embedder = HashEmbedder()
    texts = ["German inflation fell to 6.2% in March.", "The club named a new coach on Friday."]
    attributions = Tracer(embedder).trace(texts, CANDIDATES)
    assert [a.paragraph_ids[0] for a in attributions] == ["A2.P1", "A2.P2"]
    assert max(embedder.calls) >= len(CANDIDATES)  # source sentences encoded together


def test_no_texts_and_no_candidates(tracer):
    assert tracer.trace([], CANDIDATES) == []
    [attribution] = tracer.trace(["Anything at all."], [])
    assert attribution.verdict == "unsupported"
    assert attribution.supports == ()


def test_paragraph_without_split_sentences_is_quoted_whole(tracer):
    bare = Paragraph("A5.P1", "A5", 1, "The mayor opened the new bridge on Sunday.", 0, 42)
    [attribution] = tracer.trace(["The mayor opened the new bridge on Sunday."], [bare])
    assert attribution.supports[0].quote_sentence_id == "A5.P1"
    assert attribution.verdict == "supported"


def test_low_judge_probability_vetoes_supported():
    judge = FakeJudge(0.05)
    texts = ["On Tuesday Biden met Scholz in Berlin.", "In March German inflation fell to 6.2%."]
    attributions = Tracer(HashEmbedder(), judge=judge).trace(texts, CANDIDATES)
    assert len(judge.batches) == 1 and len(judge.batches[0]) == 2  # one batched call
    assert all(a.verdict != "supported" for a in attributions)
    assert all("judge" in a.reason for a in attributions)
    assert "Berlin" in judge.batches[0][0].user and "On Tuesday Biden met Scholz" in judge.batches[0][0].user


def test_the_judge_reads_the_sentences_of_a_long_paragraph_that_support_the_line():
    # one paragraph of ~300 words whose supporting sentence comes last: the judge must read it,
    # not only the paragraph's first 220 words (SummHay documents, ninth blind set, 2026-12-07)
    filler = [f"The market report number {i} covered shipping costs, insurance rates and fuel prices in detail."
              for i in range(1, 21)]
    long_paragraph = paragraph("A7.P1", " ".join([*filler, "The bank was founded in 1983 by Bill Biggerstaff."]))
    judge = FakeJudge(0.9)
    Tracer(HashEmbedder(), judge=judge).trace(["Bill Biggerstaff started the bank in 1983."], [long_paragraph])
    [[request]] = judge.batches
    evidence = request.user.split("Source:\n", 1)[1].split("\n\nSummary sentence:", 1)[0]
    assert "founded in 1983 by Bill Biggerstaff" in evidence
    assert len(evidence.split()) <= 220
    # a paragraph that fits is read whole, as before
    judge = FakeJudge(0.9)
    Tracer(HashEmbedder(), judge=judge).trace(["On Tuesday Biden met Scholz in Berlin."], CANDIDATES)
    assert "They discussed energy prices" in judge.batches[0][0].user


def test_the_tracer_measures_how_much_of_a_line_one_cited_sentence_holds():
    tracer = Tracer(HashEmbedder())
    one, several = tracer.trace(["On Tuesday Biden met Scholz in Berlin.",
                                 "Biden met Scholz and they discussed energy prices."], CANDIDATES)
    assert one.signals["restatement"] == 1.0 and several.signals["restatement"] < 0.8


def test_verbatim_sentence_is_not_judged():
    judge = FakeJudge(0.05)
    texts = ["German inflation fell to 6.2% in March.", "On Tuesday Biden met Scholz in Berlin."]
    verbatim, rewritten = Tracer(HashEmbedder(), judge=judge).trace(texts, CANDIDATES)
    assert [len(batch) for batch in judge.batches] == [1]
    assert "On Tuesday Biden met Scholz" in judge.batches[0][0].user
    assert "judge" not in verbatim.signals and verbatim.verdict == "supported"
    assert rewritten.verdict != "supported" and "judge" in rewritten.errors


def test_a_clean_deletion_is_not_judged_but_a_deletion_that_drops_a_hedge_is():
    judge = FakeJudge(0.05)
    texts = [
        "The football club announced a new coach.",  # "on Friday after a long search" deleted
        "Officials said what Biden's teams will pursue regarding Russia after the summit.",  # "it is unclear" deleted
    ]
    clean, hedged = Tracer(HashEmbedder(), judge=judge).trace(texts, CANDIDATES)
    assert [len(batch) for batch in judge.batches] == [1]
    assert "Biden's teams" in judge.batches[0][0].user
    assert "judge" not in clean.signals and clean.verdict == "supported"
    # the word checks pass it (a kept "said" keeps a claim attributed); the judge is asked
    assert hedged.verdict != "supported" and "judge" in hedged.errors


def test_no_judge_is_asked_when_every_sentence_is_checked_structurally():
    judge = FakeJudge(0.05)
    Tracer(HashEmbedder(), judge=judge).trace(["The football club announced a new coach."], CANDIDATES)
    assert judge.batches == []


def test_a_reviewers_citation_is_judged_only_where_the_trace_would_be():
    judge = FakeJudge(0.05)
    tracer = Tracer(HashEmbedder(), judge=judge)
    deletion = tracer.verify("The football club announced a new coach.", [CANDIDATES[3]])
    assert judge.batches == [] and deletion.verdict == "supported"
    rewrite = tracer.verify("On Friday the club announced its new coach.", [CANDIDATES[3]])
    assert len(judge.batches) == 1 and rewrite.verdict != "supported"


def test_confident_judge_keeps_supported():
    judge = FakeJudge(0.97)
    [attribution] = Tracer(HashEmbedder(), judge=judge).trace(
        ["On Tuesday Biden met Scholz in Berlin."], CANDIDATES
    )
    assert attribution.verdict == "supported"
    assert attribution.signals["judge"] == pytest.approx(0.97)


def test_thresholds_change_the_verdict():
    strict = Thresholds(supported=0.99, partly=0.98)
    [attribution] = Tracer(HashEmbedder(), thresholds=strict).trace(
        ["Biden met Scholz in Berlin on Tuesday."], CANDIDATES
    )
    assert attribution.verdict == "unsupported"


def test_rank_lists_every_candidate_best_first(tracer):
    [ranking] = tracer.rank(["inflation in March"], CANDIDATES)
    assert [pid for pid, _ in ranking][0] == "A2.P1"
    assert sorted(pid for pid, _ in ranking) == sorted(p.id for p in CANDIDATES)


def test_minilm_paraphrase_is_found_and_supported():
    from summarizer.nlp.embedder import default_embedder

    tracer = Tracer(default_embedder())
    [attribution] = tracer.trace(["Prices in Germany rose less quickly in March."], CANDIDATES)
    assert attribution.paragraph_ids[0] == "A2.P1"


def test_added_not_is_partly_supported_and_named(tracer):
    [attribution] = tracer.trace(["German inflation never fell to 6.2% in March."], CANDIDATES)
    assert attribution.paragraph_ids[0] == "A2.P1"
    assert attribution.verdict != "supported"
    assert attribution.signals["negation"] == 0.0
    assert "'fell'" in attribution.reason and "negated" in attribution.reason


def test_exact_word_form_breaks_a_tie_between_shared_stems(tracer):
    candidates = [
        paragraph("A6.P1", "Workers removed the old barriers near the station."),
        paragraph("A6.P2", "Workers were removing the old barriers near the station."),
    ]
    [ranking] = tracer.rank(["Workers removing old barriers near the station."], candidates)
    assert ranking[0][0] == "A6.P2"
    [attribution] = tracer.trace(["Workers removing old barriers near the station."], candidates)
    assert attribution.supports[0].signals["bm25_exact"] > 0



def test_verify_cites_exactly_the_paragraphs_given():
    tracer = Tracer(HashEmbedder())
    text = "Biden met Scholz in Berlin on Tuesday."
    # The ranking alone would cite A1.P1 only; a reviewer who adds A1.P2 gets both, best first.
    both = tracer.verify(text, [CANDIDATES[1], CANDIDATES[0]])
    assert both.paragraph_ids == ["A1.P1", "A1.P2"]
    assert both.verdict == "supported" and "Berlin" in both.supports[0].quote
    # Pointed at a paragraph that does not say it, the same sentence is no longer supported.
    wrong = tracer.verify(text, [CANDIDATES[1]])
    assert wrong.paragraph_ids == ["A1.P2"] and wrong.verdict != "supported"
    assert tracer.verify(text, []).verdict == "unsupported"


def test_a_claim_owned_by_the_next_paragraphs_opening_is_no_fact(tracer):
    # the next sentence in the article says whose the claim is, even when its paragraph is not
    # among those cited; another article's paragraph after it says nothing of it
    candidates = [
        paragraph("A1.P1", "The new bridge is the finest piece of engineering the region has seen in a century."),
        paragraph("A1.P2", "Or so says its chief designer, Maria Lopez, who spoke to reporters on Monday."),
        paragraph("A2.P1", "The new bridge is the finest piece of engineering the region has seen in a century."),
        paragraph("A3.P1", "Or so says nobody at all in this unrelated report about the weather on Friday."),
    ]
    line = "The new bridge is the finest piece of engineering the region has seen."
    [owned] = tracer.trace([line], candidates[:2])
    assert owned.verdict != "supported" and "dropped_hedge" in owned.errors
    [free] = tracer.trace([line], candidates[2:])
    assert "dropped_hedge" not in free.errors


def test_a_sentence_inside_a_quotation_opened_earlier_in_its_paragraph_is_the_speakers(tracer):
    # FRANK XSum: the second sentence is Mr Swinney's words, though it has no mark of its own
    quoted = paragraph(
        "A1.P1",
        'Mr Swinney said: "The chancellor has imposed real terms cuts on Scotland every year. '
        "Debt and the deficit could have been reduced without this scale of cuts chosen by the chancellor.",
    )
    line = "Debt and the deficit could have been reduced without this scale of cuts."
    [traced] = tracer.trace([line], [quoted])
    assert traced.verdict != "supported" and "dropped_hedge" in traced.errors
    # the quotation closed before it: the paper's own sentence
    closed = paragraph(
        "A1.P1",
        'Mr Swinney said: "The chancellor has imposed real terms cuts on Scotland every year." '
        "Debt and the deficit could have been reduced without this scale of cuts chosen by the chancellor.",
    )
    [traced] = tracer.trace([line], [closed])
    assert "dropped_hedge" not in traced.errors


def test_a_paragraph_that_closes_a_quotation_before_opening_one_is_the_speakers(tracer):
    # FRANK XSum: a trainer's words run over many paragraphs, each ending on a closing mark
    opened = paragraph("A1.P1", "O'Neill told Betfred: 'Shutthefrontdoor is in great form. I could not be happier.")
    carried = paragraph(
        "A1.P2",
        "They make a good job of the ground at Aintree and we just hope the rain stays away. "
        "He is as good as any horse in the National. '",
    )
    line = "He is as good as any horse in the National."
    [traced] = tracer.trace([line], [opened, carried])
    assert traced.verdict != "supported" and "dropped_hedge" in traced.errors
    # no quotation opened before it: a stray mark at the end of the paper's own paragraph
    [traced] = tracer.trace([line], [carried])
    assert "dropped_hedge" not in traced.errors
    # the paper's own sentence after the quotation closes; and a possessive's mark is no close
    after = paragraph(
        "A1.P2",
        "We just hope the rain stays away.' He is as good as any horse in the National, say the bookmakers' odds.",
    )
    for text in (after.text, "The bookmakers' view: he is as good as any horse in the National."):
        [traced] = tracer.trace([line], [opened, paragraph("A1.P2", text)])
        assert "dropped_hedge" not in traced.errors, text


def test_a_misspelt_name_at_the_start_is_not_supported(tracer):
    # FRANK XSum, the fifth blind set: "Valley" for the killer Vallely
    source = paragraph("A1.P2", "The jury cleared his friend of manslaughter. Vallely, 24, will be sentenced on 8 December.")
    [traced] = tracer.trace(["Valley will be sentenced on 8 December."], [source])
    assert traced.verdict != "supported"
    [traced] = tracer.trace(["Vallely will be sentenced on 8 December."], [source])
    assert traced.verdict == "supported"


def test_a_sentence_initial_word_the_sources_never_use_is_checked_as_a_name(tracer):
    # FRANK XSum, the eighth set: "Dunion" for the councillor Dunn, then a lower-case apposition
    source = paragraph("A8.P4", "Dunn, cabinet member for community safety, said the issue had been discovered "
                                "following independent testing of the cladding at the council's 24 tower blocks.")
    [traced] = tracer.trace(["Dunion, cabinet member for community safety, said the issue had been discovered "
                             "following testing of the cladding."], [source])
    assert traced.verdict != "supported" and "'Dunion'" in traced.reason
    [traced] = tracer.trace(["Dunn, cabinet member for community safety, said the issue had been discovered "
                             "following testing of the cladding."], [source])
    assert traced.verdict == "supported", traced.reason
    # a word the sources use in lower case is no name; a label before a colon echoes a prompt
    [traced] = tracer.trace(["Testing of the cladding at the council's 24 tower blocks found the issue."], [source])
    assert traced.signals["key_terms"] == 1.0, traced.reason
    [traced] = tracer.trace(["Sentence: testing of the cladding at the council's 24 tower blocks found the issue."],
                            [source])
    assert traced.signals["key_terms"] == 1.0, traced.reason


def test_a_paragraph_opening_on_a_single_mark_quotes_its_later_sentences(tracer):
    # SummEval (a Mail paragraph), the eleventh blind set: a pundit's judgement, labelled partly
    quoted = paragraph("A3.P4", "'That's his job. He has to identify where in the team they need to improve; the "
                                "squad is there and they did a lot of that last summer.")
    [traced] = tracer.trace(["He needs to identify where in the team they need to improve."], [quoted])
    assert traced.verdict != "supported" and "dropped_hedge" in traced.errors, traced.reason
    # the paper's own sentence after a closed quotation is no one's judgement
    closed = paragraph("A3.P4", "'That's his job,' he said. He has to identify where in the team they need to "
                                "improve.")
    [traced] = tracer.trace(["He needs to identify where in the team they need to improve."], [closed])
    assert "speaker's judgement" not in traced.reason, traced.reason


class StateJudge(FakeJudge):
    """A judge that also returns a state: a 3-wide vector whose first value is the probe's
    evidence (see ``reading_probe``)."""

    def __init__(self, p_yes: float, state_value: float, *, backend: str = "llama.cpp", sha256: str = "judge-sha") -> None:
        super().__init__(p_yes)
        self.identity = ModelIdentity("judge", "judge", None, sha256, "causal", backend=backend)
        self.state_value = state_value
        self.state_batches: list[list[Request]] = []

    def judge_states(self, requests, layer):
        assert layer == 7  # the probe's block
        self.state_batches.append(list(requests))
        return [(self.p_yes, np.array([self.state_value, 0.0, 0.0])) for _ in requests]


def reading_probe() -> "JudgeProbe":
    from summarizer.attribution.probe import JudgeProbe

    # P(supported) = sigmoid(4 * state[0]): +1 -> 0.98, -1 -> 0.02
    return JudgeProbe(model_sha256="judge-sha", mean=np.zeros(3), scale=np.ones(3),
                      coef=np.array([4.0, 0.0, 0.0]), intercept=0.0, shift=0.0, layer=7)


def test_the_probe_decides_where_it_reads_the_judge_it_was_trained_on():
    text = ["On Tuesday Biden met Scholz in Berlin."]
    # the judge answers Yes, its state says otherwise: the state decides, both are recorded
    judge = StateJudge(0.97, -1.0)
    [doubted] = Tracer(HashEmbedder(), judge=judge, probe=reading_probe()).trace(text, CANDIDATES)
    assert len(judge.state_batches) == 1 and judge.batches == []  # one call gives both
    assert doubted.verdict != "supported" and "judge" in doubted.errors
    assert doubted.signals["judge"] == pytest.approx(0.97) and doubted.signals["judge_probe"] < 0.05
    assert "judge's state P(supported) 0.02" in doubted.reason
    # and the other way round
    [kept] = Tracer(HashEmbedder(), judge=StateJudge(0.05, 1.0), probe=reading_probe()).trace(text, CANDIDATES)
    assert kept.verdict == "supported" and kept.signals["judge_probe"] > 0.95
    # reviewing a citation reads it the same way
    rewrite = Tracer(HashEmbedder(), judge=StateJudge(0.97, -1.0), probe=reading_probe()).verify(
        "On Friday the club announced its new coach.", [CANDIDATES[3]])
    assert rewrite.verdict != "supported" and "judge_probe" in rewrite.signals


def test_without_its_model_or_states_the_judges_answer_decides():
    text = ["On Tuesday Biden met Scholz in Berlin."]
    for judge in (StateJudge(0.97, -1.0, sha256="another-model"),  # another judge model
                  StateJudge(0.97, -1.0, backend="endpoint")):  # a server gives no states
        [attribution] = Tracer(HashEmbedder(), judge=judge, probe=reading_probe()).trace(text, CANDIDATES)
        assert judge.state_batches == [] and len(judge.batches) == 1
        assert attribution.verdict == "supported" and "judge_probe" not in attribution.signals
    # no probe given (e.g. a benchmark of other systems' summaries): the answer decides
    judge = StateJudge(0.97, -1.0)
    [attribution] = Tracer(HashEmbedder(), judge=judge).trace(text, CANDIDATES)
    assert judge.state_batches == [] and attribution.verdict == "supported"
