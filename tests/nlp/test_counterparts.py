"""Content words a rewrite adds to its sources, with the real MiniLM embedder."""

from __future__ import annotations

import pytest

from summarizer.nlp.counterparts import WordCounterparts, content_words

SOURCE = (
    "The best Iran could hope for is that the dust settles after an exchange of blows with Israel, "
    "and that a new administration in Washington restrains Israel's excesses."
)


@pytest.fixture(scope="module")
def counterparts(embedder):
    return WordCounterparts(embedder)


def test_content_words_skip_stop_words_and_numbers():
    assert content_words("The 3 banks raised their rates in 2024.") == ["banks", "raised", "rates"]


def test_an_added_qualifier_is_caught(counterparts):
    draft = "The best Iran could hope for is a peaceful exchange of blows with Israel."
    assert counterparts.unmatched(draft, [SOURCE]) == ["peaceful"]


def test_reworded_synonyms_and_inflections_pass(counterparts):
    source = "Russian officials suggest Moscow sees Trump's policies as an opportunity."
    assert counterparts.unmatched("Russian officials suggest Moscow views Trump's policy as an opportunity.", [source]) == []
    assert counterparts.unmatched("Rates were raised by the banks.", ["The bank raised its rate."]) == []


def test_words_from_the_context_resolve_references(counterparts):
    source = "He said the talks would resume in March."
    context = ["Foreign minister Abbas Araghchi met Josep Borrell in New York."]
    draft = "Araghchi said the talks would resume in March."
    assert counterparts.unmatched(draft, [source], context) == []
    assert counterparts.unmatched(draft, [source]) == ["araghchi"]  # without the context it is new


def test_nothing_new_needs_no_embedding(embedder):
    calls = []

    class Counting:
        name = "counting"

        def encode(self, texts):
            calls.append(list(texts))
            return embedder.encode(texts)

    counting = WordCounterparts(Counting())
    assert counting.unmatched("The bank raised rates.", ["The bank raised its rates on Thursday."]) == []
    assert calls == []
    counting.unmatched("The bank cheerfully raised rates.", ["The bank raised its rates."])
    counting.unmatched("The bank cheerfully raised rates.", ["The bank raised its rates."])
    assert len(calls) == 1  # single-word vectors are kept between drafts


def test_a_merge_gets_no_synonyms_because_antonyms_sit_close_too(counterparts):
    other = "Saudi Arabia's dire hostility toward Tehran calls for diplomacy."
    draft = "The best Iran could hope for is a peaceful exchange of blows with Israel."
    assert counterparts.unmatched(draft, [SOURCE, other]) == []  # "peaceful" ~ "hostility" (0.54)
    assert counterparts.unmatched(draft, [SOURCE, other], synonyms=False) == ["peaceful"]
