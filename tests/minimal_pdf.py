"""Write small PDFs by hand for the reader's tests: no PDF library needed to make one.

Each page is a list of lines placed top-down at a fixed line height; an empty string leaves a
blank line (a paragraph gap); a line starting with spaces is indented by that many character
widths. Text is set in the standard Helvetica font, which every PDF reader knows.
"""

from __future__ import annotations

from pathlib import Path

FONT_SIZE = 11
LINE_HEIGHT = 14
LEFT = 72
TOP = 760


def _escape(text: str) -> str:
    return text.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")


def _content(lines: list[str]) -> bytes:
    ops = []
    y = TOP
    for line in lines:
        if line.strip():
            indent = (len(line) - len(line.lstrip())) * FONT_SIZE * 0.5
            ops.append(f"BT /F1 {FONT_SIZE} Tf {LEFT + indent:.1f} {y} Td ({_escape(line.strip())}) Tj ET")
        y -= LINE_HEIGHT
    return "\n".join(ops).encode("latin-1")


def pdf_bytes(pages: list[list[str]], title: str | None = None) -> bytes:
    """A PDF whose pages carry ``pages``' lines as text (an empty page list item: no text)."""
    objects: list[bytes] = []
    page_ids = [3 + 2 * i for i in range(len(pages))]
    font_id = 3 + 2 * len(pages)
    info_id = font_id + 1
    objects.append(b"<< /Type /Catalog /Pages 2 0 R >>")
    kids = " ".join(f"{i} 0 R" for i in page_ids)
    objects.append(f"<< /Type /Pages /Kids [{kids}] /Count {len(pages)} >>".encode())
    for page_id, lines in zip(page_ids, pages):
        stream = _content(lines)
        objects.append(
            f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 {font_id} 0 R >> >> "
            f"/Contents {page_id + 1} 0 R >>".encode()
        )
        objects.append(f"<< /Length {len(stream)} >>\nstream\n".encode() + stream + b"\nendstream")
    objects.append(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>")
    objects.append(f"<< /Title ({_escape(title or '')}) >>".encode("latin-1"))
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += f"{number} 0 obj\n".encode() + body + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode()
    out += b"".join(f"{offset:010d} 00000 n \n".encode() for offset in offsets)
    out += f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R /Info {info_id} 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    return bytes(out)


def write_pdf(path: Path, pages: list[list[str]], title: str | None = None) -> Path:
    path.write_bytes(pdf_bytes(pages, title))
    return path
