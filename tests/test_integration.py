"""The real pipeline on the sample articles with a real small model (SmolLM2-135M).

Slow-ish (about a minute on 2 cores, the first run also converts the GGUF once), but it is
the test that shows the product works end to end: real loading, real batched generation,
real tracing, a .docx that opens and carries every citation.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import zipfile
from pathlib import Path

import docx
import pytest

from summarizer.config import load_settings
from summarizer.progress import Progress

from conftest import REPO, SAMPLES

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def briefing_files(tmp_path_factory):
    if not SAMPLES.is_dir():
        pytest.fail(f"sample articles not found at {SAMPLES} (shared/ must sit beside the repo)")
    from summarizer.app import run_brief

    out = tmp_path_factory.mktemp("reports")
    # A work cache of its own: the run must really generate, not answer from an earlier run's cache.
    work = tmp_path_factory.mktemp("work-cache")
    settings = load_settings(REPO / "config.toml", {"model.name": "smollm2-135m", "cache.dir": str(work)})
    return run_brief(settings, input_folder=SAMPLES, output_folder=out, report=Progress(quiet=True))


def test_every_sentence_cites_existing_kept_paragraphs(briefing_files):
    data = json.loads(briefing_files.trace.read_text(encoding="utf-8"))
    paragraphs = {p["id"]: p for a in data["articles"] for p in a["paragraphs"]}
    assert data["sentences"], "the briefing has no summary sentences"
    sections = {s["section"].split(":")[0] for s in data["sentences"]}
    assert "article" in sections
    for sentence in data["sentences"]:
        assert sentence["citations"], f"{sentence['id']} cites nothing"
        for citation in sentence["citations"]:
            paragraph = paragraphs[citation["paragraph_id"]]
            assert paragraph["removal"] is None, f"{sentence['id']} cites removed {citation['paragraph_id']}"
            assert citation["quote"] in paragraph["text"] or citation["quote"].split()[0] in paragraph["text"]
        assert sentence["verdict"] in ("supported", "partly_supported", "unsupported")
        if sentence["origin"] == "rewrite":
            assert sentence["verdict"] == "supported"
    assert data["model"]["name"] and data["model"]["sha256"]


def test_compressions_are_the_sources_words_in_order(briefing_files):
    """A shortened sentence is rebuilt from its source: every word is the source's, in order."""
    from summarizer.nlp.text import words

    data = json.loads(briefing_files.trace.read_text(encoding="utf-8"))
    sources = {s["id"]: s["text"] for a in data["articles"] for p in a["paragraphs"] for s in p["sentences"]}
    compressions = [s for s in data["sentences"] if s["origin"] == "compression"]
    for sentence in compressions:
        [source_id] = sentence["source_sentence_ids"]
        remaining = iter(words(sources[source_id]))
        assert all(word in remaining for word in words(sentence["text"])), (sentence["text"], sources[source_id])
        assert len(words(sentence["text"])) < len(words(sources[source_id]))
    seen = [tuple(s["source_sentence_ids"]) for s in data["sentences"]]
    assert len(seen) == len(set(seen)), "a source sentence is printed twice"


def test_offsets_point_into_the_original_files(briefing_files):
    data = json.loads(briefing_files.trace.read_text(encoding="utf-8"))
    for article in data["articles"]:
        text = Path(article["file"]).read_text(encoding="utf-8")
        for paragraph in article["paragraphs"]:
            assert " ".join(text[paragraph["start"] : paragraph["end"]].split()).endswith(paragraph["text"][-20:])


def test_no_furniture_or_repeats_in_summaries(briefing_files):
    data = json.loads(briefing_files.trace.read_text(encoding="utf-8"))
    removed_text = {p["text"] for a in data["articles"] for p in a["paragraphs"] if p["removal"]}
    for sentence in data["sentences"]:
        for citation in sentence["citations"]:
            assert citation["quote"] not in removed_text
        lowered = sentence["text"].lower()
        assert "donation" not in lowered and "keep reading" not in lowered and "newsletter" not in lowered


def test_docx_opens_and_contains_every_citation(briefing_files):
    data = json.loads(briefing_files.trace.read_text(encoding="utf-8"))
    document = docx.Document(str(briefing_files.docx))
    text = "\n".join(p.text for p in document.paragraphs)
    for sentence in data["sentences"]:
        for citation in sentence["citations"]:
            assert f"[{citation['label']}]" in text or citation["label"] in text
    with zipfile.ZipFile(briefing_files.docx) as archive:
        xml = archive.read("word/document.xml").decode("utf-8")
    for sentence in data["sentences"]:
        for citation in sentence["citations"]:
            assert citation["paragraph_id"].replace(".", "_") in xml  # bookmark / link anchor
    assert not list(briefing_files.docx.parent.glob(".*tmp*"))


def test_docx_renders_in_libreoffice(briefing_files, tmp_path):
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        pytest.skip("LibreOffice is not installed (./setup.sh installs it where it may)")
    profile = tmp_path / "profile"
    subprocess.run(
        [soffice, f"-env:UserInstallation=file://{profile}", "--headless", "--convert-to", "pdf",
         "--outdir", str(tmp_path), str(briefing_files.docx)],
        check=True, capture_output=True, timeout=300,
    )
    pdf = tmp_path / (briefing_files.docx.stem + ".pdf")
    assert pdf.is_file() and pdf.stat().st_size > 5000
