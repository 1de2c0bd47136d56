"""The model shortens each sentence any section may print: one short request per sentence.

Why per sentence, in one batch: on a CPU a decode step costs about the same for 2 rows as for
20 (each step reads every weight once), so 21 sentences as 21 rows of ~30 tokens take ~30 steps,
while the same sentences listed in 2 per-article requests need ~450 steps (2 rows of ~11 numbered
lines each). A first try with per-article requests on the samples was still generating after
10 minutes on the busy machine and was dropped unmeasured. The system message with its worked
example is the same for every request, so the generator reads it once per batch (``llm.hf``:
shared prefix). Why deletion: a shortened
sentence made only of its source's words adds nothing by construction, and what it may drop is
checked structurally (``deletion``). The model's line is projected onto the source there; what
is printed is rebuilt from the source.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Sequence

from summarizer.dom import Sentence
from summarizer.llm.base import Request
from summarizer.summarizers.deletion import (
    MIN_KEPT,
    UNIT_OPENERS,
    Compression,
    check,
    compress,
    droppable_ends,
    has_verb,
    phrase_segments,
    tokenize,
)

# The worked example shows what "deleting" means; without it the 1.5B model wrote telegraphic
# paraphrases ("Iran's hardliners view outreach futile, Moscow's investment needed.") that no
# deletion check can accept (samples, 2026-12-04).
SYSTEM = (
    "You shorten sentences from news articles by deleting words. Copy the words you keep "
    "exactly, in their original order; never add, replace or reorder a word. Delete asides, "
    "examples, side details and long titles. Keep the main clause, who said or did it, names, "
    "numbers, and words like \"not\", \"may\", \"could\", \"at least\", \"reportedly\", \"said\". Each "
    "result must be a complete, grammatical sentence of about 12 to 22 words. Reply with the "
    "shortened sentence only.\n\nExample\nSentence: On Tuesday, the company's chief executive, "
    "Jane Doe, who joined in 2019, said that profits fell by at least 8% in the third quarter, "
    "largely because of weaker demand in Europe.\nShortened: The company's chief executive said "
    "that profits fell by at least 8% in the third quarter."
)
# Longest sentence printed, and the share of its source's words a compression may keep: above
# it, the result is the source nearly whole (a quote; at 0.8 the word-sequence similarity to the
# source is at most 2 * 0.8 / 1.8 = 0.89, under the 0.9 that marks a near-copy).
MAX_WORDS = 35
MAX_SHARE = 0.8
# Tokens the model may write: a 22-word line is ~30 tokens. A longer line is cut, and what was
# cut is deleted like any other word (the projection needs no full stop).
MAX_NEW_TOKENS = 40
# A label the model may put before its line ("Shortened: ...", "1. ...").
_LABEL = re.compile(
    r"^(?:(?:shortened|shorter|output|answer|result)(?: sentence)?\s*:\s*|\d{1,2}[.)]\s+)", re.IGNORECASE
)


def shorten_request(sentence: Sentence) -> Request:
    # No title or context: deleting words needs neither, and every token here is read per row.
    return Request(SYSTEM, f"Sentence: {sentence.text}")


def read_shortened(outputs: Sequence[str], sentences: Sequence[Sentence]) -> list[Compression]:
    """The model's answers to ``shorten_request`` as compressions of their sentences."""
    return [
        compress(first_line(output), sentence.text, max_words=MAX_WORDS, max_share=MAX_SHARE)
        for output, sentence in zip(outputs, sentences)
    ]


def first_line(output: str) -> str | None:
    for line in output.strip().splitlines():
        line = _LABEL.sub("", line.strip())
        if line:
            return line
    return None


# The second try, for sentences whose shortened line was refused: the sentence is shown in its
# parts (between commas, dashes and brackets) with the runs of parts that pass every check, and
# the model picks the one that carries the point. Offering only runs that pass: when any run
# was allowed, 47 of 81 answers kept (nearly) every part and were refused again, and 62 of 81
# failed (SummEval, first 30 articles, 2026-12-05); a sentence with no passing run is not asked.
# What the model picks is still checked like any other compression.
PARTS_SYSTEM = (
    "You shorten a news sentence by keeping only the parts that carry its main point. The sentence "
    "is split into numbered parts. Keep the part with the main statement and who made it; drop "
    "asides, examples and background at the start or the end. Reply with one of the choices "
    "offered, like 2-3, and nothing else."
)
_RANGE = re.compile(r"(\d{1,2})(?:\s*(?:-|–|to)\s*(\d{1,2}))?")


def passing_runs(sentence: Sentence) -> list[tuple[int, int]]:
    """(first, last) part numbers of each run of neighbouring parts that, kept alone, passes
    every check as a compression of ``sentence``, drops only asides at either end
    (``deletion.droppable_ends``), has at least ``MIN_KEPT`` words and does not open with a
    subordinate unit's word, and likely holds a finite verb (``deletion.has_verb``); the same printed text
    is offered once. The last four because a run
    can pass the checks and still be no sentence: "On Monday." (a leading phrase), "Who resigned,
    said nothing." (a relative clause's tail), "Joining River Plate at the age of 15 ..." (the
    main clause after it dropped; SummEval, 2026-12-05)."""
    return list(_passing_runs(sentence.text))


@lru_cache(maxsize=512)
def _passing_runs(text: str) -> tuple[tuple[int, int], ...]:
    # Cached by text: each run is a full ``check``, and the answer is read against the same runs
    # that were offered (``read_parts``).
    source = tokenize(text)
    spans = phrase_segments(text, source)
    runs: list[tuple[int, int]] = []
    seen: set[str] = set()
    for first in range(1, len(spans) + 1):
        opening = spans[first - 1][0]
        if "(" in text[source[opening - 1].end if opening else 0 : source[opening].start]:
            continue  # a run may not open inside brackets: "(CNN) Eight ..." kept as "CNN Eight ..."
        for last in range(first, len(spans) + 1):
            if not droppable_ends(text, source, spans, first - 1, last - 1):
                continue
            kept = {k for a, b in spans[first - 1 : last] for k in range(a, b)}
            found = check(kept, text, source, max_words=MAX_WORDS, max_share=MAX_SHARE)
            if found.text is None or found.words < MIN_KEPT or source[min(found.kept)].lower in UNIT_OPENERS:
                continue
            if not has_verb(source, found.kept):
                continue  # "The Republican contender and former president, Donald Trump." (samples)
            if found.text not in seen:
                seen.add(found.text)
                runs.append((first, last))
    return tuple(runs)


def parts_request(sentence: Sentence) -> Request | None:
    """The request for ``sentence`` in parts, or None when no run of its parts passes."""
    source = tokenize(sentence.text)
    spans = phrase_segments(sentence.text, source)
    runs = _passing_runs(sentence.text) if len(spans) >= 2 else ()
    if not runs:
        return None
    # Parts after the last one any choice keeps are not listed: the model needs only what it
    # chooses among, and every listed token is read (prefill) per request.
    shown = spans[: max(last for _, last in runs)]
    listed = "\n".join(
        f"{i}. {sentence.text[source[a].start : source[b - 1].end]}" for i, (a, b) in enumerate(shown, 1)
    )
    choices = ", ".join(f"{a}" if a == b else f"{a}-{b}" for a, b in runs)
    if len(runs) == 1:
        # One run alone reads as a list of parts to pick from: the model answered "1" for "1-4"
        # (the samples' A1, 2026-12-05); "or none" makes it a yes/no choice of that run.
        choices += " or none"
    return Request(PARTS_SYSTEM, f"Parts:\n{listed}\nChoices: {choices}")


def read_parts(output: str, sentence: Sentence) -> Compression:
    """The run of parts the model chose, as a compression of ``sentence`` (checked). One run
    only: parts that are not neighbours are clause fragments that do not read as a sentence."""
    source = tokenize(sentence.text)
    spans = phrase_segments(sentence.text, source)
    match = _RANGE.search(first_line(output) or "")
    kept: set[int] = set()
    if match:
        first, last = int(match.group(1)), int(match.group(2) or match.group(1))
        if (first, last) not in _passing_runs(sentence.text):
            # "1" for "Kevin Rebbie, 56, ...": a run not offered is a fragment (SummEval, 2026-12-05)
            return Compression(None, (), len(source), f"the model chose {match.group(0)}, which was not offered")
        kept = {k for i, (a, b) in enumerate(spans, 1) if first <= i <= last for k in range(a, b)}
    if not kept:
        return Compression(None, (), len(source), "the model chose no part of the sentence")
    return check(kept, sentence.text, source, max_words=MAX_WORDS, max_share=MAX_SHARE)
