"""Recording reviewers' decisions: from command-line flags, or one sentence at a time in a terminal.

Both ways check everything they were asked first (sentence ids, paragraph labels, a draft to
restore) and refuse with one line before anything is saved. A decision that changes a sentence
is re-verified (``reverify``) and its new verdict printed before it is saved; each decision is
saved as soon as it is made (``decisions.record``), so a session that stops halfway keeps what
was decided.
"""

from __future__ import annotations

import textwrap
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Callable, TextIO

from summarizer.errors import InputError, UsageError
from summarizer.render.trace_reader import load_trace
from summarizer.review.decisions import (
    CONTENT_ACTIONS,
    apply,
    file_sha256,
    load_decisions,
    make_decision,
    record,
    review_path,
)
from summarizer.review.listing import entry, is_flagged, review_order
from summarizer.review.reverify import Reverifier, Verifier, label_of, paragraph_list

VerifierFactory = Callable[[], Verifier]


@dataclass(frozen=True)
class Request:
    """One decision asked for: ``action`` on ``sentence_id``; ``value`` is the new wording (edit)
    or the paragraph ids (cite); ``add`` keeps the current citations (cite)."""

    action: str
    sentence_id: str
    value: Any = None
    add: bool = False


def parse_cite(text: str) -> Request:
    """``A1.sum.2=A1.P9,A2 ¶4`` (replace the citations) or ``A1.sum.2+=A2.P4`` (add)."""
    if "=" not in text:
        raise UsageError(f"--cite {text}: expected SENTENCE=LABELS, e.g. A1.sum.2=A1.P9,A2.P4")
    key, labels = text.split("=", 1)
    add = key.endswith("+")
    sentence_id = key.rstrip("+").strip()
    if not sentence_id:
        raise UsageError(f"--cite {text}: no sentence id before '='")
    return Request("cite", sentence_id, paragraph_list(labels), add)


def parse_edit(text: str) -> Request:
    """``A1.sum.2=New wording of the sentence.``"""
    if "=" not in text:
        raise UsageError(f"--edit {text}: expected SENTENCE=NEW WORDING")
    sentence_id, wording = text.split("=", 1)
    if not wording.strip():
        raise UsageError(f"--edit {text}: the new wording is empty")
    return Request("edit", sentence_id.strip(), wording.strip())


class ReviewSession:
    """The trace, its review file and the reviewed state, for one reviewer."""

    def __init__(self, trace: Path, reviewer: str, make_verifier: VerifierFactory, out: TextIO) -> None:
        if not reviewer.strip():
            raise UsageError("--reviewer: the reviewer's name is empty")
        self.trace = trace
        self.reviewer = reviewer.strip()
        self.out = out
        self._make_verifier = make_verifier
        self._reverifier: Reverifier | None = None
        self.raw = load_trace(trace)
        self.reload()

    def reload(self) -> None:
        """Re-read the review file (another reviewer may have saved since)."""
        decisions = load_decisions(self.trace, file_sha256(self.trace))
        self.state = apply(self.raw, decisions, review_path(self.trace))
        self.sentences = {s["id"]: s for s in self.state["sentences"]}

    @property
    def reverifier(self) -> Reverifier:
        if self._reverifier is None:
            self._reverifier = Reverifier(self._make_verifier(), self.raw, self.trace)
        return self._reverifier

    # -- checks ---------------------------------------------------------------------------

    def check(self, request: Request) -> None:
        """InputError / UsageError for a request that cannot be carried out."""
        sentence = self.sentences.get(request.sentence_id)
        if sentence is None:
            known = ", ".join(list(self.sentences)[:6])
            raise InputError(self.trace, f"no sentence {request.sentence_id!r} in this briefing (ids look like {known}, …)")
        if request.action == "cite":
            paragraphs = {p["id"] for a in self.raw["articles"] for p in a["paragraphs"]}
            missing = [p for p in request.value if p not in paragraphs]
            if missing:
                raise InputError(self.trace, f"--cite {request.sentence_id}: no paragraph "
                                             f"{', '.join(label_of(p) for p in missing)} in this briefing's sources")
        if request.action == "restore_draft" and not sentence.get("rejected_draft"):
            raise InputError(self.trace, f"sentence {request.sentence_id} has no rejected model draft to restore")

    # -- decisions ------------------------------------------------------------------------

    def changes(self, request: Request) -> dict[str, Any]:
        """The fields ``request`` changes, re-verified (empty for accept and reject)."""
        sentence = self.sentences[request.sentence_id]
        if request.action == "cite":
            return self.reverifier.cite(sentence, request.value, add=request.add)
        if request.action == "edit":
            return self.reverifier.edit(sentence, request.value)
        if request.action == "restore_draft":
            return self.reverifier.restore(sentence)
        return {}

    def save(self, request: Request, changes: dict[str, Any]) -> None:
        self.reload()
        sentence = self.sentences.get(request.sentence_id)
        if sentence is None:  # pragma: no cover - checked before; the trace cannot change under the lock
            raise InputError(self.trace, f"no sentence {request.sentence_id!r} in this briefing")
        count = record(self.trace, make_decision(sentence, request.action, self.reviewer, changes))
        self.reload()
        print(f"  saved: {request.sentence_id} {self.sentences[request.sentence_id]['review']['status']} "
              f"({count} decisions in {review_path(self.trace).name})", file=self.out)

    def show_verdict(self, sentence_id: str, changes: dict[str, Any]) -> None:
        verdict = changes["verdict"].replace("_", " ")
        cites = ", ".join(c["label"] for c in changes["citations"]) or "nothing"
        print(f"  new verdict for {sentence_id}: {verdict}, score {changes['score']:.2f}, cites {cites}", file=self.out)
        print(f"  reason: {changes['reason']}", file=self.out)
        for citation in changes["citations"]:
            print(textwrap.fill(f"{citation['label']}: \"{citation['quote']}\"", 100, initial_indent="    ",
                                subsequent_indent="      "), file=self.out)

    # -- scripted -------------------------------------------------------------------------

    def run(self, requests: list[Request], accept_above: float | None = None) -> int:
        """Carry out ``requests`` in order (after checking them all), then accept every
        undecided supported sentence scoring at least ``accept_above``. Returns how many
        decisions were saved."""
        for request in requests:
            self.check(request)
        if accept_above is not None and not 0.0 <= accept_above <= 1.0:
            raise UsageError(f"--accept-above {accept_above}: expected a support score between 0 and 1")
        saved = 0
        for request in requests:
            changes = self.changes(request)
            if request.action in CONTENT_ACTIONS:
                self.show_verdict(request.sentence_id, changes)
            self.save(request, changes)
            saved += 1
        if accept_above is not None:
            for sentence in list(self.state["sentences"]):
                if not sentence.get("review") and sentence["verdict"] == "supported" \
                        and float(sentence.get("score") or 0.0) >= accept_above:
                    self.save(Request("accept", sentence["id"]), {})
                    saved += 1
        return saved

    # -- interactive ----------------------------------------------------------------------

    def interactive(self, ask: Callable[[str], str], show_all: bool = False) -> int:
        """One sentence at a time, flagged first, then by lowest support; undecided ones only
        unless ``show_all``. ``ask`` reads one line (``input``)."""
        order = [s["id"] for s in review_order(self.state["sentences"]) if show_all or not s.get("review")]
        paragraphs = {p["id"]: p for a in self.state["articles"] for p in a["paragraphs"]}
        print(f"{len(order)} sentences to review, flagged first; reviewer {self.reviewer}. "
              "Each decision is saved at once.", file=self.out)
        saved = 0
        for number, sentence_id in enumerate(order, 1):
            sentence = self.sentences[sentence_id]
            flag = "FLAGGED " if is_flagged(sentence) else ""
            print(f"\n--- {number}/{len(order)} {flag}", file=self.out)
            print("\n".join(entry(sentence, paragraphs)[1:]), file=self.out)
            outcome = self._decide_one(sentence, ask)
            if outcome == "quit":
                break
            saved += outcome == "saved"
        print(f"\n{saved} decisions saved to {review_path(self.trace).name}", file=self.out)
        return saved

    _HELP = ("a accept · r reject · c LABELS re-point (c A1 ¶9, A2 ¶4; c+ A2 ¶4 adds) · e edit the wording"
             " · d restore the model's rejected draft · s skip · q quit")

    def _decide_one(self, sentence: dict[str, Any], ask: Callable[[str], str]) -> str:
        while True:
            try:
                answer = ask("decision [a/r/c/e/d/s/q, ? for help]: ").strip()
            except EOFError:
                return "quit"
            command, _, rest = answer.partition(" ")
            command = command.lower()
            if command.startswith("c") and command not in ("c", "c+", "cite") and not rest:
                command, rest = answer[:1].lower(), answer[1:]  # "cA1.P9"
                if rest.startswith("+"):
                    command, rest = "c+", rest[1:]
            try:
                if command in ("q", "quit"):
                    return "quit"
                if command in ("s", "skip", ""):
                    return "skipped"
                if command in ("a", "accept"):
                    request = Request("accept", sentence["id"])
                elif command in ("r", "reject"):
                    request = Request("reject", sentence["id"])
                elif command in ("c", "c+", "cite"):
                    labels = rest or ask("cite paragraphs (e.g. A1 ¶9, A2 ¶4): ")
                    request = Request("cite", sentence["id"], paragraph_list(labels), command == "c+")
                elif command in ("e", "edit"):
                    wording = rest or ask("new wording: ")
                    request = Request("edit", sentence["id"], wording)
                elif command in ("d", "draft", "restore"):
                    request = Request("restore_draft", sentence["id"])
                else:
                    print(self._HELP, file=self.out)
                    continue
                self.check(request)
                changes = self.changes(request)
            except (UsageError, InputError) as error:
                print(f"  {error}", file=self.out)
                continue
            if request.action in CONTENT_ACTIONS:
                self.show_verdict(sentence["id"], changes)
                if ask("save this? [y/n]: ").strip().lower() not in ("y", "yes"):
                    print("  not saved", file=self.out)
                    continue
            self.save(request, changes)
            return "saved"
