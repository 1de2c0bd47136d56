"""The issue's "done when": a week's folder with a saved web page, a Word file, a PDF (made by
LibreOffice where it is installed), a Latin-1 text file and the two samples yields one briefing
that cites every one of them, and each bad input gets its one line. Real small model (SmolLM2)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from conftest import REPO, SAMPLES
from real_inputs import BAD_INPUTS, build_folder
from summarizer.config import load_settings

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def run(tmp_path_factory):
    if not SAMPLES.is_dir():
        pytest.fail(f"sample articles not found at {SAMPLES} (shared/ must sit beside the repo)")
    from summarizer.app import run_brief

    folder = build_folder(tmp_path_factory.mktemp("week"), libreoffice_pdf=True)
    out = folder / "reports"  # inside the input folder: must not be read back as input
    out.mkdir()
    (out / "briefing-old.txt").write_text("An earlier note that is not an article at all.", encoding="utf-8")
    messages: list[str] = []
    settings = load_settings(REPO / "config.toml", {"model.name": "smollm2-135m"})
    files = run_brief(settings, input_folder=folder, output_folder=out, report=messages.append)
    return folder, files, messages


def test_one_briefing_cites_every_format(run):
    folder, files, _ = run
    data = json.loads(files.trace.read_text(encoding="utf-8"))
    by_file = {Path(a["file"]).name: a for a in data["articles"]}
    expected = {"panama-canal.html", "chile-lithium.docx", "indonesia-bauxite.pdf", "agriculteurs.txt"}
    expected |= {p.name for p in SAMPLES.glob("*.txt")}
    assert set(by_file) == expected  # nothing from reports/ or bad/ is an article
    cited = {c["paragraph_id"].split(".")[0] for s in data["sentences"] for c in s["citations"]}
    for name in expected:
        assert by_file[name]["id"] in cited, f"{name} is not cited in the briefing"
    assert by_file["agriculteurs.txt"]["extracted"]["encoding"] == "cp1252"
    assert by_file["agriculteurs.txt"]["extracted"]["encoding_detected"] is True
    assert by_file["panama-canal.html"]["source"] == "Maritime Ledger"
    assert by_file["chile-lithium.docx"]["url"] == "https://andes.example/lithium"  # from the manifest


def test_citations_can_be_shown_from_the_trace_alone(run):
    _, files, _ = run
    data = json.loads(files.trace.read_text(encoding="utf-8"))
    paragraphs = {p["id"]: (a, p) for a in data["articles"] for p in a["paragraphs"]}
    for sentence in data["sentences"]:
        for citation in sentence["citations"]:
            article, paragraph = paragraphs[citation["paragraph_id"]]
            text = article["extracted"]["text"]
            assert " ".join(text[paragraph["start"] : paragraph["end"]].split()).endswith(paragraph["text"][-20:])
            assert paragraph["removal"] is None


def test_each_bad_input_gets_its_one_line(run):
    folder, files, messages = run
    data = json.loads(files.trace.read_text(encoding="utf-8"))
    skipped = {Path(s["file"]).relative_to(folder).as_posix(): s["problem"] for s in data["skipped_files"]}
    assert set(skipped) == set(BAD_INPUTS)
    for name, problem in BAD_INPUTS.items():
        assert skipped[name].startswith(problem) and "\n" not in skipped[name]
        assert f"skipping {folder / name}: {skipped[name]}" in messages

