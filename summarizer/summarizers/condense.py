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
from summarizer.nlp.text import unquoted, words

# Kept short on purpose: the system message is in every request, and on a CPU reading the prompt
# (prefill) costs about as much as writing the answer.
SYSTEM = (
    "You are a careful news editor. Rewrite one article sentence as one shorter, self-contained "
    "sentence. Use only what it states; use the context only to make words like 'he' or 'this' "
    "explicit. Keep every name, number and date and who says what. Add nothing. Reply with the "
    "sentence only."
)
MERGE_SYSTEM = (
    "You are a careful news editor. Combine sentences from several articles into one "
    "self-contained sentence. Use only what they state. Keep every name, number and date and who "
    "says what. Add nothing. Reply with the sentence only."
)

_PREFIX = re.compile(r"^(?:rewritten(?: sentence)?|sentence|answer|output|summary)\s*:\s*", re.IGNORECASE)
# A line about the inputs rather than the news ("These sentences suggest that ...", "The article
# discusses ...") reports the model's reading, not a statement the sources make.
_META = re.compile(
    r"^(?:these|the|both|this|all)\s+(?:two\s+|three\s+)?"
    r"(?:sentences?|articles?|texts?|passages?|statements?|sources?|excerpts?)\b",
    re.IGNORECASE,
)
# How a finished sentence ends: terminal punctuation, optionally inside closing quotes/brackets.
_FINISHED = re.compile(r"[.!?][\"”’')\]]*$")


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
        MERGE_SYSTEM,
        "Sentences:\n" + listed + "\nWrite one sentence that states only what these sentences say.",
    )


def clean_output(text: str, source: str) -> str | None:
    """The first sentence-like line of a completion, or None when nothing usable came back:
    no line of four or more words, an unfinished sentence, a line about the sources instead of
    from them, or a "condensed" sentence longer than its source."""
    for line in text.strip().splitlines():
        line = unquoted(_PREFIX.sub("", line.strip()))  # the whole answer may come quoted
        if line.startswith(("- ", "* ")):
            line = line[2:].strip()
        if len(words(line)) >= 4 and not line.endswith(":"):  # "Here is the sentence:" is a label
            break
    else:
        return None
    if _META.match(line):
        return None
    # Without terminal punctuation the sentence was cut off by the token limit ("..., and"):
    # patching on a full stop would pass a fragment off as a sentence.
    if not _FINISHED.search(line):
        return None
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
    outputs = generator.generate(requests, max_new_tokens=max_new_tokens, stop_at_line=True)
    return [clean_output(output, source) for output, source in zip(outputs, sources)]
