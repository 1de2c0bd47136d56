"""Have the local model condense selected source sentences, one sentence per request.

Short, grounded requests keep a small model faithful; every request is independent, so they
are sent as one batch (the generator pads and batches them). The output is only a *draft*:
the tracer verifies it against the source, and a draft that fails is replaced by the source
sentence itself (see ``summarizers.article``).
"""

from __future__ import annotations

import re
from typing import Sequence

from summarizer.llm.base import Request, TextGenerator
from summarizer.nlp.text import words

SYSTEM = (
    "You are a careful news editor writing a briefing. You rewrite one sentence from an "
    "article as one shorter, self-contained sentence. Use only what the sentence states; the "
    "context may be used only to make words like 'he', 'this' or 'the country' explicit. Keep "
    "every name, number and date, and keep who says or thinks what. Do not add causes, "
    "consequences, opinions or anything else. Reply with the rewritten sentence only."
)

_PREFIX = re.compile(r"^(?:rewritten(?: sentence)?|sentence|answer|output|summary)\s*:\s*", re.IGNORECASE)


def condense_request(title: str, context: str, sentence: str) -> Request:
    parts = [f"Article: {title}"] if title else []
    if context:
        parts.append(f"Context (previous sentence): {context}")
    parts.append(f"Sentence to rewrite: {sentence}")
    return Request(SYSTEM, "\n".join(parts))


def merge_request(sentences: Sequence[str]) -> Request:
    """Ask for one sentence that states what several source sentences say together."""
    listed = "\n".join(f"- {s}" for s in sentences)
    return Request(
        SYSTEM.replace("rewrite one sentence from an article", "combine sentences from several articles"),
        "Sentences:\n" + listed + "\nWrite one sentence that states only what these sentences say.",
    )


def clean_output(text: str, source: str) -> str | None:
    """The first sentence-like line of a completion, or None when nothing usable came back."""
    for line in text.strip().splitlines():
        line = _PREFIX.sub("", line.strip()).strip().strip('"“”').strip()
        if line.startswith(("- ", "* ")):
            line = line[2:].strip()
        if len(words(line)) >= 4:
            break
    else:
        return None
    if not line.endswith((".", "!", "?", '"', "”")):
        line += "."
    # A "condensed" sentence longer than its source adds something; reject it outright.
    if len(words(line)) > max(len(words(source)) * 1.2, len(words(source)) + 6):
        return None
    return line[0].upper() + line[1:]


def condense(
    generator: TextGenerator, requests: Sequence[Request], sources: Sequence[str], max_new_tokens: int
) -> list[str | None]:
    """One draft per request (None where the model gave nothing usable)."""
    if not requests:
        return []
    outputs = generator.generate(requests, max_new_tokens=max_new_tokens)
    return [clean_output(output, source) for output, source in zip(outputs, sources)]
