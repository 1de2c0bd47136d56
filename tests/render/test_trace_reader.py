import json
from pathlib import Path

import pytest

from summarizer.errors import InputError
from summarizer.render.trace_json import trace_dict, write_trace
from summarizer.render.trace_reader import briefing_from_trace, load_trace

from render.test_trace_json import small_briefing


def test_a_trace_reads_back_as_the_briefing_it_was_written_from(tmp_path: Path):
    briefing = small_briefing(tmp_path)
    path = write_trace(briefing, tmp_path / "t.json", "b.docx")
    again = briefing_from_trace(load_trace(path))
    assert trace_dict(again, "b.docx") == json.loads(path.read_text(encoding="utf-8"))
    assert again.article_summaries[0].sentences[1].draft == "Russia raised rates."
    assert again.articles[0].paragraphs[0].removal.startswith("site furniture")


def test_unknown_sentence_fields_and_origins_are_carried(tmp_path: Path):
    path = write_trace(small_briefing(tmp_path), tmp_path / "t.json")
    data = json.loads(path.read_text(encoding="utf-8"))
    data["sentences"][0]["origin"] = "compression"
    data["sentences"][0]["compression_ratio"] = 0.4  # a field a later version may add
    path.write_text(json.dumps(data), encoding="utf-8")
    assert briefing_from_trace(load_trace(path)).article_summaries[0].sentences[0].origin == "compression"


def _damaged(tmp_path: Path, change) -> Path:
    path = write_trace(small_briefing(tmp_path), tmp_path / "t.json")
    data = json.loads(path.read_text(encoding="utf-8"))
    change(data)
    path.write_text(json.dumps(data), encoding="utf-8")
    return path


@pytest.mark.parametrize("change, problem", [
    (lambda d: d.update(schema="briefing-trace/9"), "unknown trace schema version 'briefing-trace/9'"),
    (lambda d: d.update(schema="briefing-review/1"), "this is a review file"),
    (lambda d: d["sentences"][0]["citations"][0].update(paragraph_id="A1.P99"),
     "sentence A1.sum.1 cites paragraph A1.P99, which is not in the trace"),
    (lambda d: d["sections"][0]["sentence_ids"].append("A1.sum.7"), "lists sentence A1.sum.7"),
    (lambda d: d["sentences"][1].update(verdict="fine"), "sentence A1.sum.2 has verdict 'fine'"),
    (lambda d: d.pop("articles"), "'articles' is missing"),
])
def test_a_damaged_trace_is_one_line_naming_file_and_problem(tmp_path: Path, change, problem):
    path = _damaged(tmp_path, change)
    with pytest.raises(InputError) as caught:
        load_trace(path)
    message = str(caught.value)
    assert problem in message and message.startswith(str(path)) and "\n" not in message


def test_bad_json_and_missing_file(tmp_path: Path):
    bad = tmp_path / "t.json"
    bad.write_text('{"schema": "briefing-trace/1", ')
    with pytest.raises(InputError, match="invalid JSON"):
        load_trace(bad)
    with pytest.raises(InputError, match="no such trace file"):
        load_trace(tmp_path / "none.json")
