from summarizer.dom import Paragraph, Sentence
from summarizer.summarizers.salience import candidate_sentences, mmr, select_salient

import numpy as np


def paragraph(number: int, sentences: list[str], kind: str = "body", removal: str | None = None) -> Paragraph:
    pid = f"A1.P{number}"
    return Paragraph(
        pid, "A1", number, " ".join(sentences), 0, 0,
        [Sentence(f"{pid}.S{i}", s, 0, 0) for i, s in enumerate(sentences, 1)], kind, removal,
    )


PARAGRAPHS = [
    paragraph(1, ["The central bank raised interest rates by half a point on Thursday to fight inflation.",
                  "It was the third increase this year."]),
    paragraph(2, ["Inflation reached 7 percent in October, the highest level since 1992, the bank said."]),
    paragraph(3, ["Subscribe to our newsletter for more updates on markets and money today."], removal="site furniture"),
    paragraph(4, ["Economists expect the bank to raise interest rates again in December if inflation persists."]),
    paragraph(5, ["The football club won its match on Saturday with a late goal from its new striker."]),
    paragraph(6, ["Why did it happen now and not earlier in the year at all?"]),
]


def test_candidates_skip_removed_short_and_questions():
    texts = [s.text for s, _, _ in candidate_sentences(PARAGRAPHS, 8, 70)]
    assert "It was the third increase this year." not in texts  # 7 words
    assert not any("newsletter" in t for t in texts)
    assert not any(t.endswith("?") for t in texts)


def test_candidates_skip_a_caption_glued_into_the_text():
    paragraphs = PARAGRAPHS + [paragraph(7, ["The governor (left) met the bank's board on Thursday to discuss the rise."])]
    texts = [s.text for s, _, _ in candidate_sentences(paragraphs, 8, 70)]
    assert not any("(left)" in t for t in texts)
    assert len(texts) == 4


def test_selection_is_central_diverse_and_in_document_order(embedder):
    chosen = select_salient(PARAGRAPHS, embedder, 3)
    ids = [c.sentence.id for c in chosen]
    assert len(ids) == 3 and ids == sorted(ids)
    assert "A1.P1.S1" in ids  # the lead, on the article's subject
    assert "A1.P5.S1" not in ids or len(ids) > 3  # the off-topic sentence loses
    first = chosen[0]
    assert first.context == ""
    later = next(c for c in chosen if c.sentence.id == "A1.P2.S1") if "A1.P2.S1" in ids else None
    if later:
        assert later.context == "It was the third increase this year."


def test_mmr_avoids_redundancy():
    vectors = np.array([[1.0, 0.0], [1.0, 0.0], [0.0, 1.0]])
    assert mmr(vectors, np.array([1.0, 0.99, 0.6]), 2, lam=0.5) == [0, 2]


def test_a_lede_about_the_article_is_chosen_first(embedder):
    chosen = select_salient(PARAGRAPHS, embedder, 3)
    assert min(chosen, key=lambda c: c.rank).sentence.id == "A1.P1.S1"


def test_a_scene_setting_lede_is_not_forced_first(embedder):
    scene = [paragraph(1, ["On a grey Tuesday morning the crowd gathered slowly outside the old town hall."])]
    chosen = select_salient(scene + PARAGRAPHS[1:], embedder, 3)
    assert min(chosen, key=lambda c: c.rank).sentence.id != "A1.P1.S1"


def test_an_article_whose_lede_leads_is_tried_in_its_own_order(embedder):
    # News is an inverted pyramid: after the lede, an earlier detail matters more than a later
    # one, even where the later one covers more of the article (here P5 would come before P4).
    paragraphs = [
        paragraph(1, ["The central bank raised interest rates again on Thursday as inflation rose, and economists expect more rate rises."]),
        paragraph(2, ["The decision was announced by the governor at a press conference in the capital city."]),
        paragraph(3, ["Shares in retailers fell sharply after the announcement as traders sold stocks."]),
        paragraph(4, ["Inflation has risen for six months and the bank expects interest rates to stay high."]),
        paragraph(5, ["Economists said further interest rate rises to curb inflation were likely this year."]),
        paragraph(6, ["The governor, a former professor of history, will leave office at the end of next year."]),
    ]
    chosen = select_salient(paragraphs, embedder, 3)
    by_rank = [c.sentence.id for c in sorted(chosen, key=lambda c: c.rank)]
    assert by_rank == ["A1.P1.S1", "A1.P4.S1", "A1.P5.S1"]


def test_an_article_whose_lede_sets_a_scene_is_tried_by_coverage(embedder):
    scene = [paragraph(1, ["On a grey Tuesday morning the crowd gathered slowly outside the old town hall."])]
    chosen = select_salient(scene + PARAGRAPHS[1:], embedder, 3)
    by_rank = [c.sentence.id for c in sorted(chosen, key=lambda c: c.rank)]
    assert by_rank != sorted(by_rank)


def test_a_news_report_is_tried_in_its_own_order_even_when_its_lede_does_not_lead(embedder):
    # A report of a few hundred words is an inverted pyramid whatever its lede's centrality.
    scene = [paragraph(1, ["On a grey Tuesday morning the crowd gathered slowly outside the old town hall."])]
    chosen = select_salient(scene + PARAGRAPHS[1:], embedder, 3, news_report=True)
    by_rank = [c.sentence.id for c in sorted(chosen, key=lambda c: c.rank)]
    assert by_rank == sorted(by_rank)


def test_candidates_skip_a_sentence_without_its_stop_where_stops_are_the_rule():
    caption = "Rhodri Giggs outside Manchester Magistrates Court yesterday, where he was banned from driving"
    paragraphs = PARAGRAPHS + [paragraph(7, [caption, "He was banned from driving for six months by the magistrates."])]
    texts = [s.text for s, _, _ in candidate_sentences(paragraphs, 8, 70)]
    assert caption not in texts and "He was banned from driving for six months by the magistrates." in texts
    # a text written without stops keeps its sentences
    bare = [paragraph(1, ["The bank raised its interest rates by half a point on Thursday"]),
            paragraph(2, ["Inflation reached seven percent in October, the highest since 1992"])]
    assert len(candidate_sentences(bare, 8, 70)) == 2


def test_candidates_skip_the_rest_of_a_sentence_the_splitter_cut():
    rest = "and they're weeping,' Officer Hegstrom, spokesman for the Sheriff's Office, told NBC News."
    paragraphs = PARAGRAPHS + [paragraph(7, [rest, "iPhone sales rose by a third in the quarter to the end of March."])]
    texts = [s.text for s, _, _ in candidate_sentences(paragraphs, 8, 70)]
    assert rest not in texts and "iPhone sales rose by a third in the quarter to the end of March." in texts


def test_candidates_skip_a_sentence_that_opens_in_the_first_person_without_a_speaker():
    texts = [s.text for s, _, _ in candidate_sentences(PARAGRAPHS + [
        paragraph(7, ["We didn't want to look at the accounts again, but the auditors had to."]),
        paragraph(8, ["'We are delighted with the result,' the club's manager said after the match."]),
    ], 8, 70)]
    assert not any(t.startswith("We didn't") for t in texts)
    assert any("the club's manager said" in t for t in texts)


def test_a_news_report_takes_its_opening_sentences_in_order(embedder):
    # Coverage takes one sentence a paragraph and prefers the central later one; a report's
    # opening sentences are its point, in its order, both sentences of its first paragraph too.
    report = [paragraph(1, ["The central bank raised interest rates by half a point on Thursday to fight inflation.",
                            "The governor spoke to reporters at a press conference in the capital afterwards."])] + PARAGRAPHS[1:]
    chosen = select_salient(report, embedder, 3, news_report=True)
    assert [c.sentence.id for c in chosen] == ["A1.P1.S1", "A1.P1.S2", "A1.P2.S1"]
    assert [c.rank for c in chosen] == [0, 1, 2]
    coverage = select_salient(report, embedder, 3)
    assert [c.sentence.id for c in coverage] != ["A1.P1.S1", "A1.P1.S2", "A1.P2.S1"]


def test_candidates_skip_a_claim_the_next_sentence_gives_to_its_speaker():
    paragraphs = [paragraph(1, ["The new stadium is the finest sporting venue built in Europe this century.",
                                "Or so says the club's chairman, who opened it on Saturday with a speech.",
                                "The stadium holds 60,000 fans and cost 900 million pounds to build."])]
    texts = [s.text for s, _, _ in candidate_sentences(paragraphs, 8, 70)]
    assert not any(t.startswith("The new stadium is the finest") for t in texts)
    assert any(t.startswith("The stadium holds 60,000") for t in texts)


def test_coverage_weighs_at_most_the_first_candidates(monkeypatch):
    import summarizer.summarizers.salience as salience

    class CountingEmbedder:
        seen = 0

        def encode(self, texts):
            CountingEmbedder.seen = len(texts)
            rng = np.random.default_rng(0)
            vectors = rng.normal(size=(len(texts), 8))
            return vectors / np.linalg.norm(vectors, axis=1, keepdims=True)

    monkeypatch.setattr(salience, "MAX_COVERAGE_CANDIDATES", 5)
    long_piece = [paragraph(n, [f"The council met on day {n} to discuss the budget for the coming year in full."])
                  for n in range(1, 21)]
    chosen = select_salient(long_piece, CountingEmbedder(), 3)
    assert CountingEmbedder.seen == 5 and len(chosen) == 3
    assert all(int(s.paragraph.id.split("P")[1]) <= 5 for s in chosen)
