"""A week's folder as analysts save it: a web page, a Word file, a PDF, a Latin-1 text file, the
two sample articles, and the bad inputs the README lists. Built by the tests (and by hand, for
looking at the briefing: ``python tests/real_inputs.py FOLDER``)."""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path

import docx

sys.path.insert(0, str(Path(__file__).resolve().parent))
from minimal_pdf import write_pdf  # noqa: E402

SAMPLES = Path(__file__).resolve().parents[1].parent / "shared" / "samples" / "articles"

HTML_PAGE = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<title>Drought forces Panama Canal to cut daily crossings | Maritime Ledger</title>
<link rel="canonical" href="https://ledger.example/2026/11/30/panama-canal-drought">
<meta property="og:site_name" content="Maritime Ledger">
<meta property="article:published_time" content="2026-11-30T07:30:00Z">
<script>window.analytics = "never read";</script></head>
<body>
<header><nav><a href="/">Home</a> <a href="/shipping">Shipping</a> <a href="/ports">Ports</a></nav></header>
<div class="share">Share this article</div>
<main><article>
<h1>Drought forces Panama Canal to cut daily crossings</h1>
<p>The Panama Canal Authority cut the number of daily ship crossings from 32 to 24 on Sunday,
after the driest November in seven decades left Gatun Lake, which feeds the locks, at its lowest
level on record.</p>
<p>Shipping lines said waiting times for vessels without reservations had risen to nine days,
and several container carriers announced they would send ships from Asia to the US East Coast
through the Suez Canal instead.</p>
<p>The authority said each crossing uses about 200 million litres of fresh water and that it
would keep the restrictions until the rainy season refills the lake, probably not before May.</p>
<p>Importers in the United States warned that the delays would raise freight rates for
holiday goods, while Panama's government said canal revenue could fall by 200 million dollars
this fiscal year.</p>
</article></main>
<aside><h3>Most read</h3><ul><li><a href="/x">Port strike ends in Antwerp after two weeks</a></li></ul></aside>
<footer><p>Subscribe to our newsletter for the daily shipping briefing.</p>
<p>&copy; 2026 Maritime Ledger. All rights reserved.</p></footer>
</body></html>
"""

WORD_TITLE = "Chile approves lithium partnership with state miner"
WORD_PARAGRAPHS = [
    "Chile's government approved on Thursday a partnership between the state copper miner Codelco "
    "and the lithium producer SQM that will give the state a majority stake in lithium mining in "
    "the Atacama salt flat from 2031.",
    "The economy minister said the agreement would bring the treasury about 7 billion dollars more "
    "over the next decade and keep Chile among the world's two largest lithium producers.",
    "Indigenous communities around the salt flat said they had not been consulted and would "
    "challenge the deal in court, arguing that brine extraction is drying out their wetlands.",
    "Analysts said the partnership removes years of uncertainty for investors, although smaller "
    "producers still wait for rules on how new projects will be licensed.",
]

PDF_TITLE = "Indonesia bans bauxite exports to build smelters at home"
PDF_PARAGRAPHS = [
    "Indonesia stopped exports of unprocessed bauxite on Wednesday, extending a policy that forced "
    "nickel miners to refine ore in the country and that the government credits for tens of "
    "billions of dollars of new investment in smelters.",
    "The energy ministry said four alumina refineries were operating and that eight more were under "
    "construction, but miners warned that without them the ban would cut output and cost thousands "
    "of jobs this year.",
    "Aluminium prices rose two percent in London after the announcement, as traders expect China, "
    "the largest buyer of Indonesian bauxite, to turn to Guinea and Australia for supplies in the "
    "coming months.",
]
# The same article laid out by hand on two pages (running header, page numbers, a hyphenated
# word, a paragraph cut by the page break), for machines without LibreOffice.
PDF_PAGES = [
    [
        "Commodities Weekly",
        "",
        "Indonesia bans bauxite exports to build smelters at home",
        "",
        "Indonesia stopped exports of unprocessed bauxite on Wednesday, extending a",
        "policy that forced nickel miners to refine ore in the country and that",
        "the government credits for tens of billions of dollars of new invest-",
        "ment in smelters.",
        "",
        "The energy ministry said four alumina refineries were operating and that",
        "eight more were under construction, but miners warned that without them",
        "the ban would cut output and cost thousands of jobs this year.",
        "",
        "Aluminium prices rose two percent in London after the announcement, as",
        "traders expect China, the largest buyer of Indonesian bauxite, to turn",
        "",
        "1",
    ],
    [
        "Commodities Weekly",
        "",
        "to Guinea and Australia for supplies in the coming months.",
        "",
        "2",
    ],
]

LATIN1_TEXT = """Title: Les agriculteurs français bloquent les routes près de Paris
Source: Le Courrier rural
Date: 2026-12-01

Des centaines d'agriculteurs ont bloqué lundi plusieurs autoroutes autour de Paris pour protester contre la baisse de leurs revenus et la concurrence des importations.

Le ministre de l'Agriculture a promis de réduire les contrôles administratifs et d'accélérer le versement des aides, mais les syndicats ont jugé ces mesures insuffisantes.

Les blocages devraient durer jusqu'à vendredi, a prévenu la fédération des exploitants, qui réclame un prix plancher pour le lait et les céréales.
"""

# The README's list of bad inputs: each gets its one line and the run goes on.
BAD_INPUTS = {
    "bad/empty.txt": "empty file",
    "bad/binary.txt": "binary file, not text",
    "bad/undecodable.md": "undecodable",
    "bad/too-big.txt": "too large for an article",
    "bad/scanned.pdf": "scanned PDF: no text layer",
    "bad/corrupt.pdf": "not a readable PDF",
    "bad/corrupt.docx": "not a readable Word (.docx) file",
    "bad/no-text.html": "no text in the file",
}


def write_word(path: Path) -> Path:
    document = docx.Document()
    document.core_properties.title = WORD_TITLE
    document.add_paragraph(WORD_TITLE, style="Title")
    for text in WORD_PARAGRAPHS:
        document.add_paragraph(text)
    document.save(str(path))
    return path


def write_pdf_with_libreoffice(path: Path) -> bool:
    """The PDF as a user gets one from Writer; False when LibreOffice is not installed."""
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        return False
    with tempfile.TemporaryDirectory() as work:
        source = Path(work) / (path.stem + ".docx")
        document = docx.Document()
        document.core_properties.title = PDF_TITLE
        document.add_paragraph(PDF_TITLE, style="Title")
        for paragraph in PDF_PARAGRAPHS:
            document.add_paragraph(paragraph)
        document.save(str(source))
        subprocess.run(
            [soffice, f"-env:UserInstallation=file://{work}/profile", "--headless", "--convert-to", "pdf",
             "--outdir", work, str(source)],
            check=True, capture_output=True, timeout=300,
        )
        shutil.copy(Path(work) / (path.stem + ".pdf"), path)
    return True


def build_folder(folder: Path, with_bad: bool = True, libreoffice_pdf: bool = False) -> Path:
    """The mixed folder: day subfolders, the samples on the last day, bad inputs under bad/."""
    (folder / "2026-11-30").mkdir(parents=True, exist_ok=True)
    (folder / "2026-12-01").mkdir(exist_ok=True)
    (folder / "2026-12-02").mkdir(exist_ok=True)
    (folder / "2026-11-30" / "panama-canal.html").write_text(HTML_PAGE, encoding="utf-8")
    write_word(folder / "2026-11-30" / "chile-lithium.docx")
    pdf = folder / "2026-12-01" / "indonesia-bauxite.pdf"
    if not (libreoffice_pdf and write_pdf_with_libreoffice(pdf)):
        write_pdf(pdf, PDF_PAGES, title=PDF_TITLE)
    (folder / "2026-12-01" / "agriculteurs.txt").write_bytes(LATIN1_TEXT.encode("latin-1"))
    for sample in sorted(SAMPLES.glob("*.txt")):
        shutil.copy(sample, folder / "2026-12-02" / sample.name)
    (folder / "manifest.csv").write_text(
        "file,title,source,date,url\n"
        "2026-11-30/chile-lithium.docx,,Andes Business Review,2026-11-30,https://andes.example/lithium\n"
        "2026-12-01/indonesia-bauxite.pdf,,Commodities Weekly,2026-12-01,\n",
        encoding="utf-8",
    )
    if with_bad:
        bad = folder / "bad"
        bad.mkdir(exist_ok=True)
        (bad / "empty.txt").write_bytes(b"")
        (bad / "binary.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
        (bad / "undecodable.md").write_bytes(bytes(range(128, 256)) * 4)
        with (bad / "too-big.txt").open("wb") as handle:
            handle.truncate(6_000_000)
        write_pdf(bad / "scanned.pdf", [[]])
        (bad / "corrupt.pdf").write_bytes(b"%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n%%EOF trailing junk")
        with zipfile.ZipFile(bad / "corrupt.docx", "w") as archive:
            archive.writestr("word/document.xml", "<not-a-document")
        (bad / "no-text.html").write_text("<html><body><script>var x = 1;</script></body></html>", encoding="utf-8")
    return folder


if __name__ == "__main__":
    print(build_folder(Path(sys.argv[1]), libreoffice_pdf="--libreoffice" in sys.argv))
