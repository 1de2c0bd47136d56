"""An optional manifest in the articles folder: title, source, date and URL per file.

``manifest.csv`` (a header row with ``file`` and any of ``title``, ``source``, ``date``,
``url``) or ``manifest.json`` (a list of objects with those keys, or an object mapping each
file to such an object). ``file`` is the path relative to the folder, ``/`` as separator.
What the manifest gives wins over what the file itself says; empty values are ignored.
"""

from __future__ import annotations

import csv
import io
import json
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

from summarizer.errors import InputError

NAMES = ("manifest.csv", "manifest.json")
FIELDS = ("title", "source", "date", "url")


@dataclass(frozen=True)
class Manifest:
    path: Path
    entries: dict[str, dict[str, str]]  # relative file path -> field -> value

    def entry(self, relative: str) -> dict[str, str]:
        return self.entries.get(relative, {})


def find_manifest(folder: Path) -> Path | None:
    found = [folder / name for name in NAMES if (folder / name).is_file()]
    if len(found) > 1:
        raise InputError(folder, "both manifest.csv and manifest.json: keep one")
    return found[0] if found else None


def load_manifest(path: Path) -> Manifest:
    try:
        text = path.read_text(encoding="utf-8-sig")
    except UnicodeDecodeError as error:
        raise InputError(path, f"manifest is not UTF-8 text (byte {error.start})") from None
    rows = _csv_rows(path, text) if path.suffix.lower() == ".csv" else _json_rows(path, text)
    entries: dict[str, dict[str, str]] = {}
    for number, row in rows:
        name = str(row.get("file") or "").strip()
        if not name:
            raise InputError(path, f"entry {number} has no 'file'")
        key = str(PurePosixPath(name.replace("\\", "/")))
        if key in entries:
            raise InputError(path, f"entry {number}: {name} is listed twice")
        entries[key] = {f: str(row[f]).strip() for f in FIELDS if row.get(f) not in (None, "") and str(row[f]).strip()}
    return Manifest(path, entries)


def _csv_rows(path: Path, text: str) -> list[tuple[int, dict[str, object]]]:
    reader = csv.DictReader(io.StringIO(text))
    columns = [c.strip().lower() for c in reader.fieldnames or []]
    if "file" not in columns:
        raise InputError(path, "manifest has no 'file' column (expected file,title,source,date,url)")
    unknown = [c for c in columns if c and c != "file" and c not in FIELDS]
    if unknown:
        raise InputError(path, f"unknown manifest column {unknown[0]!r} (expected file,title,source,date,url)")
    rows = []
    try:
        for number, row in enumerate(reader, 2):  # line 1 is the header
            rows.append((number, {k.strip().lower(): v for k, v in row.items() if k is not None}))
    except csv.Error as error:
        raise InputError(path, f"manifest is not valid CSV ({error})") from None
    return rows


def _json_rows(path: Path, text: str) -> list[tuple[int, dict[str, object]]]:
    try:
        data = json.loads(text)
    except json.JSONDecodeError as error:
        raise InputError(path, f"manifest is not valid JSON (line {error.lineno}: {error.msg})") from None
    if isinstance(data, dict):
        data = [{"file": name, **value} if isinstance(value, dict) else None for name, value in data.items()]
    if not isinstance(data, list) or not all(isinstance(item, dict) for item in data):
        raise InputError(path, "manifest must be a list of {file, title, source, date, url} objects")
    for number, item in enumerate(data, 1):
        unknown = [k for k in item if k != "file" and k not in FIELDS]
        if unknown:
            raise InputError(path, f"entry {number}: unknown key {unknown[0]!r} (expected file,title,source,date,url)")
    return list(enumerate(data, 1))
