from summarizer.nlp.sentences import sentence_spans, split_sentences


def test_abbreviations_do_not_split():
    text = "Dr. Smith met the U.S. envoy on Oct. 5. They talked. “It works,” he said."
    assert split_sentences(text) == ["Dr. Smith met the U.S. envoy on Oct. 5.", "They talked.", "“It works,” he said."]


def test_spans_are_offsets_into_the_text():
    text = "  First one here.   Second one there.  "
    for start, end in sentence_spans(text):
        assert text[start:end] in ("First one here.", "Second one there.")
