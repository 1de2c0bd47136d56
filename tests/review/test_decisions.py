import json
from pathlib import Path

import pytest

from summarizer.errors import InputError
from summarizer.render.trace_reader import load_trace
from summarizer.review.decisions import (
    REVIEW_SCHEMA,
    apply,
    backup_path,
    file_sha256,
    load_decisions,
    make_decision,
    record,
    review_path,
)


def _sentence(trace: dict, sid: str) -> dict:
    return next(s for s in trace["sentences"] if s["id"] == sid)


def test_each_decision_is_saved_at_once_with_the_previous_file_as_backup(trace_file: Path):
    trace = load_trace(trace_file)
    before = trace_file.read_bytes()
    assert record(trace_file, make_decision(_sentence(trace, "A2.sum.2"), "reject", "Ann")) == 1
    first = review_path(trace_file).read_bytes()
    assert not backup_path(trace_file).exists()  # nothing to keep yet: the trace itself is untouched
    assert record(trace_file, make_decision(_sentence(trace, "exec.1"), "accept", "Bob")) == 2
    assert backup_path(trace_file).read_bytes() == first
    assert trace_file.read_bytes() == before
    data = json.loads(review_path(trace_file).read_text(encoding="utf-8"))
    assert data["schema"] == REVIEW_SCHEMA and data["trace"] == trace_file.name
    assert data["trace_sha256"] == file_sha256(trace_file)
    assert [(d["sentence_id"], d["action"], d["reviewer"]) for d in data["decisions"]] == [
        ("A2.sum.2", "reject", "Ann"), ("exec.1", "accept", "Bob")]
    assert all(d["at"].endswith("+00:00") for d in data["decisions"])
    assert not list(trace_file.parent.glob(".*tmp*"))


def test_applying_changes_only_the_decided_fields_and_records_who(trace_file: Path):
    trace = load_trace(trace_file)
    edited = _sentence(trace, "A1.sum.1")
    changes = {"text": "The union asks for eight percent more pay.", "origin": "reviewer_edit", "verdict": "supported",
               "reason": "r", "score": 0.7, "signals": {}, "citations": edited["citations"], "unknown": 1}
    decisions = [
        make_decision(edited, "edit", "Ann", changes),
        make_decision(_sentence(trace, "A2.sum.2"), "reject", "Ann"),
        make_decision(_sentence(trace, "A2.sum.2"), "accept", "Bob"),
        make_decision(_sentence(trace, "exec.2"), "reject", "Bob"),
    ]
    assert "unknown" not in decisions[0]["changes"]  # only a sentence's known fields change
    assert decisions[0]["previous"]["text"] == edited["text"]
    reviewed = apply(trace, decisions, "review.json")
    assert _sentence(trace, "A1.sum.1")["text"] != changes["text"]  # the trace itself is not changed
    one = _sentence(reviewed, "A1.sum.1")
    assert one["text"] == changes["text"] and one["origin"] == "reviewer_edit" and one["section"] == "article:A1"
    assert one["review"]["status"] == "revised" and one["review"]["decisions"][0]["reviewer"] == "Ann"
    assert _sentence(reviewed, "A2.sum.2")["review"]["status"] == "accepted"  # Bob's later decision stands
    assert _sentence(reviewed, "exec.2")["review"]["status"] == "rejected"
    assert "review" not in _sentence(reviewed, "T1.1")
    assert reviewed["review"] == {"decisions": 4, "sentences": 3, "reviewers": {"Ann": 2, "Bob": 2}}


def test_a_decision_on_an_unknown_sentence_or_paragraph_is_refused(trace_file: Path):
    trace = load_trace(trace_file)
    ghost = make_decision({"id": "A9.sum.1"}, "reject", "Ann")
    with pytest.raises(InputError, match=r"decision 1 \(Ann: reject\) is on sentence A9.sum.1, which is not in the trace"):
        apply(trace, [ghost], "r.json")
    sentence = _sentence(trace, "A1.sum.1")
    bad = make_decision(sentence, "cite", "Ann", {"citations": [{"paragraph_id": "A1.P40"}]})
    with pytest.raises(InputError, match="cites paragraph A1.P40, which is not in the trace"):
        apply(trace, [bad], "r.json")


def test_a_review_file_of_another_run_or_damaged_is_refused_and_left_alone(trace_file: Path):
    trace = load_trace(trace_file)
    record(trace_file, make_decision(_sentence(trace, "exec.1"), "accept", "Ann"))
    path = review_path(trace_file)
    saved = path.read_bytes()
    trace_file.write_text(trace_file.read_text(encoding="utf-8").replace("Weekly", "Weakly"), encoding="utf-8")
    with pytest.raises(InputError, match="made for another run"):
        record(trace_file, make_decision(_sentence(trace, "exec.2"), "accept", "Ann"))
    assert path.read_bytes() == saved
    path.write_text('{"schema": "briefing-review/7"}', encoding="utf-8")
    with pytest.raises(InputError, match="unknown review file schema 'briefing-review/7'"):
        load_decisions(trace_file, file_sha256(trace_file))
    path.write_text("{", encoding="utf-8")
    with pytest.raises(InputError, match="invalid JSON"):
        load_decisions(trace_file, file_sha256(trace_file))
