"""Recording decisions from the command line (``summarizer review ... --reject ...``) and in a
terminal session, with the real Tracer re-verifying changed sentences."""

import io
import json
from pathlib import Path

import pytest

from summarizer.cli import main
from summarizer.errors import InputError
from summarizer.review import reviewed_trace
from summarizer.review.decisions import backup_path, review_path
from summarizer.review.session import ReviewSession, parse_cite


def run(argv, capsys):
    code = main(argv)
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def _sentences(trace: Path) -> dict:
    return {s["id"]: s for s in reviewed_trace(trace)["sentences"]}


def test_flags_reject_re_point_and_edit_in_order(trace_file: Path, capsys):
    code, out, err = run([
        "review", str(trace_file), "--reviewer", "Ann", "-q",
        "--reject", "A2.sum.2",
        "--cite", "A1.sum.3=A2 ¶2",
        "--edit", "exec.1=Dock workers at the northern harbour walked out on Monday.",
    ], capsys)
    assert code == 0 and err == ""
    # The new verdict is shown before each change is saved.
    assert out.index("new verdict for A1.sum.3") < out.index("saved: A1.sum.3")
    assert out.index("new verdict for exec.1: supported") < out.index("saved: exec.1 revised")
    sentences = _sentences(trace_file)
    assert sentences["A2.sum.2"]["review"]["status"] == "rejected"
    assert [c["paragraph_id"] for c in sentences["A1.sum.3"]["citations"]] == ["A2.P2"]
    assert sentences["A1.sum.3"]["verdict"] != "supported"
    assert sentences["exec.1"]["text"] == "Dock workers at the northern harbour walked out on Monday."
    assert sentences["exec.1"]["verdict"] == "supported" and sentences["exec.1"]["citations"][0]["paragraph_id"] == "A1.P2"
    assert all(d["reviewer"] == "Ann" for s in sentences.values() for d in (s.get("review") or {}).get("decisions", []))


def test_two_reviewers_one_after_the_other_both_survive(trace_file: Path, capsys):
    assert run(["review", str(trace_file), "--reviewer", "Ann", "--reject", "A2.sum.2"], capsys)[0] == 0
    assert run(["review", str(trace_file), "--reviewer", "Bob", "--accept-above", "0.9"], capsys)[0] == 0
    sentences = _sentences(trace_file)
    assert sentences["A2.sum.2"]["review"]["decisions"][0]["reviewer"] == "Ann"
    accepted = {i for i, s in sentences.items() if (s.get("review") or {}).get("status") == "accepted"}
    # Bob's bulk accept takes only undecided supported sentences scoring at least 0.9.
    assert accepted == {i for i, s in sentences.items()
                        if i != "A2.sum.2" and s["verdict"] == "supported" and s["score"] >= 0.9}
    assert accepted and all(sentences[i]["review"]["decisions"][0]["reviewer"] == "Bob" for i in accepted)
    assert json.loads(backup_path(trace_file).read_text(encoding="utf-8"))["decisions"][0]["reviewer"] == "Ann"


@pytest.mark.parametrize("flags, code, problem", [
    (["--reject", "exec.9"], 1, "no sentence 'exec.9' in this briefing"),
    (["--cite", "A1.sum.1=A1.P40"], 1, "--cite A1.sum.1: no paragraph A1 ¶40 in this briefing's sources"),
    (["--restore-draft", "exec.1"], 1, "sentence exec.1 has no rejected model draft to restore"),
    (["--cite", "A1.sum.1=paragraph nine"], 2, "'paragraph nine' is not a paragraph label"),
    (["--cite", "A1.sum.1"], 2, "expected SENTENCE=LABELS"),
    (["--edit", "A1.sum.1="], 2, "the new wording is empty"),
    (["--accept-above", "3"], 2, "expected a support score between 0 and 1"),
    (["--list", "--reject", "exec.1"], 2, "--list prints the listing only"),
])
def test_a_bad_decision_is_one_line_and_nothing_is_saved(trace_file: Path, capsys, flags, code, problem):
    # The good decision first: it must not be saved either, as the bad one is found before any is.
    got, out, err = run(["review", str(trace_file), "--reviewer", "Ann", "--reject", "A2.sum.2", *flags], capsys)
    assert got == code and problem in err and err.count("\n") == 1 and err.startswith("summarizer: ")
    assert not review_path(trace_file).exists()


def test_a_damaged_trace_changes_nothing(trace_file: Path, capsys):
    data = json.loads(trace_file.read_text(encoding="utf-8"))
    data["sentences"][0]["citations"][0]["paragraph_id"] = "A1.P77"
    trace_file.write_text(json.dumps(data), encoding="utf-8")
    code, _, err = run(["review", str(trace_file), "--reviewer", "Ann", "--reject", "exec.2"], capsys)
    assert code == 1 and "cites paragraph A1.P77, which is not in the trace" in err
    assert not review_path(trace_file).exists()


def test_parse_cite_replace_or_add():
    assert parse_cite("A1.sum.2=A1.P9,A2 ¶4").value == ["A1.P9", "A2.P4"]
    added = parse_cite("A1.sum.2+=A2.P4")
    assert added.add and added.sentence_id == "A1.sum.2"


def test_terminal_session_goes_flagged_first_and_saves_each_decision(trace_file: Path, tracer):
    answers = iter([
        "e",                                   # first shown: the flagged sentence with the lowest support
        "Farmers' groups asked the government to mediate between the port and the union.",
        "y",                                   # saved after its new verdict is shown
        "a",                                   # the other flagged one
        "c A1 ¶99",                            # a paragraph that does not exist: said, asked again
        "r",                                   # the supported sentence with the lowest support
        "q",
    ])
    out = io.StringIO()
    session = ReviewSession(trace_file, "Cleo", lambda: tracer, out)
    flagged = sorted((s for s in session.state["sentences"] if s["verdict"] != "supported"), key=lambda s: s["score"])
    assert [s["id"] for s in flagged] == ["A2.sum.2", "T1.1"]
    saved = session.interactive(lambda prompt: next(answers))
    text = out.getvalue()
    assert saved == 3
    assert text.index(f"[{flagged[0]['id']}]") < text.index(f"[{flagged[1]['id']}]")
    assert "new verdict for A2.sum.2: supported" in text and "no paragraph A1 ¶99" in text
    sentences = _sentences(trace_file)
    assert sentences["T1.1"]["review"]["status"] == "accepted"
    assert sentences["A2.sum.2"]["review"]["status"] == "revised"
    assert sentences["A2.sum.2"]["text"].startswith("Farmers' groups asked the government")
    lowest = min((s for s in session.raw["sentences"] if s["verdict"] == "supported"), key=lambda s: s["score"])
    rejected = [i for i, s in sentences.items() if (s.get("review") or {}).get("status") == "rejected"]
    assert rejected == [lowest["id"]]  # after the flagged ones, the supported one with the lowest support


def test_an_unsaved_edit_leaves_the_sentence_as_it_was(trace_file: Path, tracer):
    answers = iter(["e", "Farmers want war.", "n", "s", "q"])
    session = ReviewSession(trace_file, "Cleo", lambda: tracer, io.StringIO())
    assert session.interactive(lambda prompt: next(answers)) == 0
    assert not review_path(trace_file).exists()


def test_the_review_file_of_a_stopped_session_keeps_what_was_decided(trace_file: Path, tracer):
    def ask(prompt, answers=iter(["r"])):
        try:
            return next(answers)
        except StopIteration:
            raise KeyboardInterrupt from None

    session = ReviewSession(trace_file, "Cleo", lambda: tracer, io.StringIO())
    with pytest.raises(KeyboardInterrupt):
        session.interactive(ask)
    assert len(json.loads(review_path(trace_file).read_text(encoding="utf-8"))["decisions"]) == 1


def test_an_empty_reviewer_name_is_refused(trace_file: Path, tracer):
    with pytest.raises(Exception, match="reviewer's name is empty"):
        ReviewSession(trace_file, "  ", lambda: tracer, io.StringIO())
    with pytest.raises(InputError):
        ReviewSession(trace_file.with_name("none.json"), "Ann", lambda: tracer, io.StringIO())


def test_terminal_re_point_adds_with_c_plus(trace_file: Path, tracer):
    out = io.StringIO()
    session = ReviewSession(trace_file, "Cleo", lambda: tracer, out)
    before = {c["paragraph_id"] for c in session.sentences["A2.sum.2"]["citations"]}  # shown first
    answers = iter(["cite", "A1.P3", "n", "c+A1.P2", "y", "q"])
    assert session.interactive(lambda prompt: next(answers)) == 1
    assert "not saved" in out.getvalue()
    assert {c["paragraph_id"] for c in _sentences(trace_file)["A2.sum.2"]["citations"]} == before | {"A1.P2"}
