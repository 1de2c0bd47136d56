import pytest

from summarizer.errors import InputError, UsageError
from summarizer.render.trace_reader import load_trace
from summarizer.review.reverify import EDITED_ORIGIN, Reverifier, paragraph_id, paragraph_list


@pytest.mark.parametrize("text, expected", [
    ("A2 ¶9", "A2.P9"), ("A2¶9", "A2.P9"), ("A2.P9", "A2.P9"), ("a2 p9", "A2.P9"), (" A12 ¶ 3 ", "A12.P3"),
    ("A2 9", "A2.P9"),
])
def test_paragraph_labels_as_reviewers_type_them(text, expected):
    assert paragraph_id(text) == expected


def test_a_malformed_label_is_a_usage_error():
    with pytest.raises(UsageError, match="'P9' is not a paragraph label"):
        paragraph_id("P9")
    assert paragraph_list("A1.P9, A2 ¶4,A1.P9") == ["A1.P9", "A2.P4"]


@pytest.fixture
def reverifier(trace_file, tracer):
    trace = load_trace(trace_file)
    return Reverifier(tracer, trace, trace_file), {s["id"]: s for s in trace["sentences"]}


def test_re_pointed_citations_are_verified_as_given(reverifier):
    reverify, sentences = reverifier
    sentence = sentences["A1.sum.3"]  # "Shipping lines sent twelve vessels to the southern terminal."
    assert sentence["verdict"] == "supported"
    wrong = reverify.cite(sentence, ["A2.P2"])
    assert [c["label"] for c in wrong["citations"]] == ["A2 ¶2"] and wrong["verdict"] != "supported"
    both = reverify.cite(sentence, ["A2.P2"], add=True)  # added to the current citation
    assert {c["paragraph_id"] for c in both["citations"]} == {"A1.P4", "A2.P2"}
    assert both["verdict"] == "supported" and both["citations"][0]["paragraph_id"] == "A1.P4"
    assert "twelve vessels" in both["citations"][0]["quote"]


def test_edited_wording_is_traced_again_over_the_section(reverifier):
    reverify, sentences = reverifier
    sentence = sentences["A2.sum.2"]  # "Farmers asked the army to reopen the harbour by force." (partly)
    fixed = reverify.edit(sentence, "Farmers' groups asked the  government to mediate between the port and the union.")
    assert fixed["text"] == "Farmers' groups asked the government to mediate between the port and the union."
    assert fixed["origin"] == EDITED_ORIGIN
    assert fixed["verdict"] == "supported" and fixed["citations"][0]["paragraph_id"] == "A2.P2"
    worse = reverify.edit(sentences["A1.sum.1"], "The union wants wages cut by twenty percent.")
    assert worse["verdict"] != "supported" and "twenty" in worse["reason"]


def test_an_edit_keeps_citations_a_reviewer_chose(reverifier):
    reverify, sentences = reverifier
    sentence = dict(sentences["A1.sum.3"])
    sentence.update(reverify.cite(sentence, ["A2.P2"]))
    sentence["review"] = {"status": "revised", "decisions": [{"action": "cite", "reviewer": "Ann", "at": ""}]}
    edited = reverify.edit(sentence, "Shipping lines sent twelve vessels to the southern terminal.")
    assert [c["paragraph_id"] for c in edited["citations"]] == ["A2.P2"]


def test_restoring_the_model_draft(reverifier):
    reverify, sentences = reverifier
    restored = reverify.restore(sentences["exec.2"])
    assert restored["text"] == "Grain exports doubled in May." and restored["origin"] == "rewrite"
    assert restored["rejected_draft"] is None and restored["verdict"] != "supported"  # "doubled" vs "fell by a third"
    with pytest.raises(UsageError, match="has no rejected model draft"):
        reverify.restore(sentences["exec.1"])


def test_a_paragraph_not_in_the_sources(reverifier):
    reverify, sentences = reverifier
    with pytest.raises(InputError, match="no paragraph A1 ¶9 in this briefing's sources"):
        reverify.cite(sentences["exec.1"], ["A1.P9"])
