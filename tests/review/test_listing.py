from pathlib import Path

import pytest

from summarizer.errors import InputError
from summarizer.render.trace_json import write_trace
from summarizer.review import review_trace
from summarizer.review.decisions import make_decision, record
from summarizer.render.trace_reader import load_trace

from render.test_trace_json import small_briefing


def test_review_lists_flagged_sentences_first(tmp_path: Path):
    path = write_trace(small_briefing(tmp_path), tmp_path / "t.json")
    text = review_trace(path)
    assert "NEEDS REVIEW: none" in text and "reviewed: not yet" in text
    assert "REPLACED BY THE SOURCE'S WORDS (1)" in text and "[A1.sum.2]" in text
    assert "rejected model draft: Russia raised rates." in text
    assert "because it adds words its sources do not contain: russia" in text
    assert "[A1.sum.1]" not in text
    assert "[A1.sum.1]" in review_trace(path, show_all=True)


def test_decided_sentences_are_listed_apart_with_who_decided(tmp_path: Path):
    path = write_trace(small_briefing(tmp_path), tmp_path / "t.json")
    sentence = load_trace(path)["sentences"][1]
    record(path, make_decision(sentence, "reject", "Ann"))
    text = review_trace(path)
    assert "reviewed: 1 of 2 sentences by Ann (1); 0 revised, 1 rejected" in text
    assert "REPLACED BY THE SOURCE'S WORDS (0)" in text
    reviewed = text[text.index("REVIEWED (1)"):]
    assert "[A1.sum.2]" in reviewed and "review: REJECTED — reject by Ann at " in reviewed


def test_review_rejects_other_files(tmp_path: Path):
    bad = tmp_path / "x.json"
    bad.write_text("{nope")
    with pytest.raises(InputError, match="invalid JSON"):
        review_trace(bad)
    bad.write_text('{"schema": "other"}')
    with pytest.raises(InputError, match="not a briefing trace"):
        review_trace(bad)
