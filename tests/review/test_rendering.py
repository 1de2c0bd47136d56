"""The done-when of reviewing, on a rendered document: a reviewer rejects one sentence,
re-points another and edits a third; ``summarizer render`` rebuilds the .docx from the trace
(no language model); the Word comments, the PDF LibreOffice makes of it and the review listing
all agree with the reviewed trace."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest
from lxml import etree

from summarizer.cli import main
from summarizer.review import review_trace, reviewed_trace

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
EDITED = "Dock workers at the northern harbour walked out on Monday."


def _words(text: str) -> str:
    return " ".join(text.split())


def _unquoted(text: str) -> str:
    return text.strip().strip("“”\"")


def comments_by_anchor(docx: Path) -> dict[str, str]:
    """Anchored text → comment text, from word/document.xml and word/comments.xml."""
    with zipfile.ZipFile(docx) as z:
        document = etree.fromstring(z.read("word/document.xml"))
        comments = etree.fromstring(z.read("word/comments.xml"))
    bodies = {c.get(W + "id"): "\n".join("".join(t.text or "" for t in p.iter(W + "t")) for p in c.iter(W + "p"))
              for c in comments.iter(W + "comment")}
    anchored: dict[str, str] = {}
    for paragraph in document.iter(W + "p"):
        open_ids: dict[str, list[str]] = {}
        for node in paragraph.iter(W + "commentRangeStart", W + "commentRangeEnd", W + "t"):
            if node.tag == W + "commentRangeStart":
                open_ids[node.get(W + "id")] = []
            elif node.tag == W + "commentRangeEnd":
                anchored["".join(open_ids.pop(node.get(W + "id")))] = bodies[node.get(W + "id")]
            else:
                for parts in open_ids.values():
                    parts.append(node.text or "")
    return anchored


def pdf_text(docx: Path, folder: Path) -> str:
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        pytest.fail("LibreOffice (soffice) is needed to render the .docx (setup.sh installs it)")
    subprocess.run([soffice, "--headless", f"-env:UserInstallation=file://{folder}/lo-profile", "--convert-to",
                    "pdf", "--outdir", str(folder), str(docx)], check=True, capture_output=True, timeout=240)
    pdf = folder / (docx.stem + ".pdf")
    text = subprocess.run(["pdftotext", str(pdf), "-"], check=True, capture_output=True, text=True).stdout
    return _words(text)


@pytest.fixture
def reviewed(trace_file: Path, monkeypatch, capsys):
    import summarizer.app
    import summarizer.llm.loading

    def no_model(*args, **kwargs):
        raise AssertionError("the language model must not load during a review")

    monkeypatch.setattr(summarizer.llm.loading, "load_generator", no_model)
    monkeypatch.setattr(summarizer.app, "load_generator", no_model)
    assert main(["review", str(trace_file), "--reviewer", "Ann", "-q", "--reject", "A2.sum.2",
                 "--cite", "A1.sum.3+=A2 ¶1"]) == 0
    assert main(["review", str(trace_file), "--reviewer", "Bob", "-q", "--edit", f"exec.1={EDITED}"]) == 0
    capsys.readouterr()
    return trace_file


def test_render_loads_no_model_at_all(reviewed: Path, tmp_path: Path):
    code = ("import sys; from summarizer.cli import main; code = main(['render', sys.argv[1], '-q', '-o', sys.argv[2]]);"
            "heavy = [m for m in ('torch', 'transformers', 'sentence_transformers', 'summarizer.llm.hf') if m in sys.modules];"
            "print(heavy); sys.exit(code)")
    done = subprocess.run([sys.executable, "-c", code, str(reviewed), str(tmp_path / "out")], capture_output=True,
                          text=True, cwd=Path(__file__).resolve().parents[2], timeout=120)
    assert done.returncode == 0, done.stderr
    assert done.stdout.splitlines() == [str(tmp_path / "out" / "briefing-2026-11-22.docx"), "[]"]


def test_the_rendered_briefing_shows_exactly_the_decisions_with_evidence(reviewed: Path, tmp_path: Path, capsys):
    assert main(["render", str(reviewed), "-q"]) == 0
    docx = Path(capsys.readouterr().out.strip())
    assert docx == reviewed.with_suffix(".docx")
    state = reviewed_trace(reviewed)
    sentences = {s["id"]: s for s in state["sentences"]}
    assert sentences["A2.sum.2"]["review"]["status"] == "rejected"
    assert sentences["exec.1"]["text"] == EDITED
    assert {c["paragraph_id"] for c in sentences["A1.sum.3"]["citations"]} == {"A1.P4", "A2.P1"}

    # Every sentence carries a comment anchored on exactly its words, holding its verdict, each
    # cited paragraph's quote and the reviewers' decisions, as the reviewed trace has them.
    comments = comments_by_anchor(docx)
    assert len(comments) == len(sentences)
    by_text = {_unquoted(anchor): body for anchor, body in comments.items()}
    for sentence in sentences.values():
        body = by_text[_unquoted(sentence["text"])]
        assert body.startswith(f"Verdict: {sentence['verdict'].replace('_', ' ')} (support {sentence['score']:.2f})")
        for citation in sentence["citations"]:
            assert f"{citation['label']} (support {citation['score']:.2f}): “{_words(citation['quote'])}”" in body
        for decision in (sentence.get("review") or {}).get("decisions", []):
            assert f"by {decision['reviewer']}" in body
    assert "rejected by Ann" in by_text[_unquoted(sentences["A2.sum.2"]["text"])]
    assert "wording edited by Bob" in by_text[EDITED]

    # The review listing agrees with the same trace.
    listing = review_trace(reviewed, show_all=True)
    for sentence in sentences.values():
        assert f"[{sentence['id']}] {sentence['section']} — {sentence['verdict'].replace('_', ' ')}, " \
               f"score {sentence['score']:.2f}" in listing
        for citation in sentence["citations"]:
            assert f"cites {citation['label']}" in listing
    assert "reviewed: 3 of 8 sentences by Ann (2), Bob (1); 2 revised, 1 rejected" in listing

    # The page: who reviewed, the edited wording, the new citations, the rejected one marked.
    text = pdf_text(docx, tmp_path)
    assert "Reviewed: 3 of 8 summary sentences, by Ann (2), Bob (1) — 2 revised, 1 rejected." in text
    assert f"{EDITED} [A1 ¶2]" in text and "wording edited by Bob" in text
    assert re.search(r"southern terminal\. (\[A1 ¶4\] \[A2 ¶1\]|\[A2 ¶1\] \[A1 ¶4\]) citations re-pointed by Ann", text)
    assert "Farmers asked the army to reopen the harbour by force. [A2 ¶2] rejected by Ann" in text


def test_the_final_copy_leaves_out_rejected_sentences_notes_legend_and_comments(reviewed: Path, tmp_path: Path,
                                                                                 capsys):
    assert main(["render", str(reviewed), "--final", "-o", str(tmp_path / "send"), "-q"]) == 0
    docx = Path(capsys.readouterr().out.strip())
    assert docx == tmp_path / "send" / "briefing-2026-11-22-final.docx"
    with zipfile.ZipFile(docx) as z:
        assert "word/comments.xml" not in z.namelist()
        document = z.read("word/document.xml").decode("utf-8")
    assert document.count("<w:hyperlink") >= 8 and 'w:anchor="A1_P4"' in document  # citations still linked
    text = pdf_text(docx, tmp_path)
    assert "reopen the harbour by force" not in text
    assert f"{EDITED} [A1 ¶2]" in text
    assert "Reviewed: 3 of 8 summary sentences, by Ann (2), Bob (1)" in text
    for review_only in ("partly supported", "UNSUPPORTED", "rejected by", "edited by", "source wording used",
                        "struck-through", "Not yet reviewed"):
        assert review_only not in text
    assert "Grain exports fell by a third in May" in text  # a fallback sentence stays, without its draft note
