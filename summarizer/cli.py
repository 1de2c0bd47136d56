"""Command line: ``summarizer brief``, ``review``, ``render``, ``prepare-model``, ``cache clear|info``.

Every setting of config.toml has a flag ``--<section>-<key>`` (e.g. ``--summary-sentences 4``,
``--model-name smollm2-135m``); ``--set section.key=value`` does the same; ``-o/--output`` is
``--paths-output``. Errors a user can act on print as one line, ``summarizer: <file>:
<problem>``. Exit codes, the same for every command: 0 done, 1 bad input (a file, folder,
trace, setting file or model that cannot be used; nothing was changed), 2 usage (a malformed
command line), 130 interrupted.
"""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from importlib import metadata
from pathlib import Path

from summarizer.config import ModelSettings, Settings, load_settings, setting_types
from summarizer.errors import SummarizerError, UsageError
from summarizer.progress import Progress

DEFAULT_CONFIG = Path("config.toml")
EXIT_OK, EXIT_BAD_INPUT, EXIT_USAGE, EXIT_INTERRUPTED = 0, 1, 2, 130


def version_text() -> str:
    try:
        version = metadata.version("briefing-summarizer")
    except metadata.PackageNotFoundError:
        version = "unknown (not installed)"
    return f"summarizer {version} (default model {ModelSettings().name})"


class _Decision(argparse.Action):
    """Collects decision flags in the order given: ``--reject exec.3 --edit ...`` act in that order."""

    def __call__(self, parser, namespace, values, option_string=None):
        decisions = list(getattr(namespace, self.dest) or [])
        decisions.append((self.const, values))
        setattr(namespace, self.dest, decisions)


def _flag(dotted: str) -> str:
    return "--" + dotted.replace(".", "-").replace("_", "-")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="summarizer", description=__doc__.splitlines()[0],
                                     epilog="exit codes: 0 done, 1 bad input, 2 usage, 130 interrupted")
    parser.add_argument("--version", action="version", version=version_text())
    commands = parser.add_subparsers(dest="command", required=True)

    brief = commands.add_parser("brief", help="write the briefing (.docx) and its trace (.json)")
    brief.add_argument("input", nargs="?", help="folder of articles: .txt .md .html .docx .pdf (default: paths.input)")
    _common(brief)
    for dotted, kind in setting_types().items():
        if dotted == "paths.input":
            continue
        if dotted == "paths.output":
            brief.add_argument("-o", "--output", _flag(dotted), dest=f"set_{dotted}", metavar="FOLDER",
                               help="output folder (overrides paths.output)")
            continue
        brief.add_argument(_flag(dotted), dest=f"set_{dotted}", metavar=kind.__name__.upper(), help=f"override {dotted}")
    brief.add_argument("--set", action="append", default=[], metavar="SECTION.KEY=VALUE", help="override any setting")
    brief.add_argument("--force", action="store_true", help="overwrite a briefing of the same date (default: -2, -3...)")

    prepare = commands.add_parser("prepare-model", help="join, verify and convert the model once (set-up)")
    _common(prepare)
    prepare.add_argument("--model-name", dest="set_model.name", help="model to prepare (default: model.name)")
    prepare.add_argument("--model-cache-dir", dest="set_model.cache_dir", help="where the model files go")
    prepare.add_argument("--cache-dir", dest="set_cache.dir", help="the work cache's folder, where llama.cpp's saved system turns go (cache.dir)")

    cache = commands.add_parser("cache", help="the work cache of drafts, verdicts and embeddings")
    cache.add_argument("action", choices=["clear", "info"], help="clear: delete it; info: where it is, what it holds")
    _common(cache)
    cache.add_argument("--model-cache-dir", dest="set_model.cache_dir", help="model cache it lives beside")
    cache.add_argument("--cache-dir", dest="set_cache.dir", help="the work cache's own folder (cache.dir)")

    review = commands.add_parser(
        "review",
        help="review a briefing's attributions: decisions saved at once beside the trace",
        description="Without decision flags: in a terminal, go through the sentences one by one (flagged "
        "first, then lowest support); otherwise (or with --list) print the review listing. With decision "
        "flags: carry them out in the order given. Sentence ids are the trace's (exec.3, A1.sum.2, "
        "T1.1); paragraphs are given by their labels (A2 ¶9 or A2.P9).",
    )
    review.add_argument("trace", help="the briefing's .json trace")
    _common(review, config=False)
    review.add_argument("--list", action="store_true", help="print the review listing, decide nothing")
    review.add_argument("--all", action="store_true", help="list (or go through) supported and decided sentences too")
    review.add_argument("--reviewer", help="your name, recorded with each decision (default: $SUMMARIZER_REVIEWER or the login name)")
    decide = review.add_argument_group("decisions (scriptable; may repeat, carried out in order)")
    decide.add_argument("--accept", action=_Decision, const="accept", dest="decisions", metavar="ID")
    decide.add_argument("--reject", action=_Decision, const="reject", dest="decisions", metavar="ID",
                        help="the sentence leaves the briefing")
    decide.add_argument("--cite", action=_Decision, const="cite", dest="decisions", metavar="ID=LABELS",
                        help="re-point: ID=A1.P9,A2.P4 replaces the citations, ID+=A2.P4 adds; re-verified")
    decide.add_argument("--edit", action=_Decision, const="edit", dest="decisions", metavar="ID=TEXT",
                        help="new wording for the sentence; traced and verified again")
    decide.add_argument("--restore-draft", action=_Decision, const="restore_draft", dest="decisions", metavar="ID",
                        help="use the model's rejected draft instead of the source's words; re-verified")
    decide.add_argument("--accept-above", type=float, metavar="SCORE",
                        help="accept every undecided supported sentence with support >= SCORE (0-1)")

    render = commands.add_parser("render", help="rebuild the .docx from a (reviewed) trace, without any model")
    render.add_argument("trace", help="the briefing's .json trace")
    _common(render, config=False)
    render.add_argument("-o", "--output", metavar="FOLDER", help="output folder (default: beside the trace)")
    render.add_argument("--final", action="store_true",
                        help="the send-out copy: rejected sentences gone, no verdict tags, notes, legend or comments")
    return parser


def _common(parser: argparse.ArgumentParser, config: bool = True) -> None:
    if config:
        parser.add_argument("--config", help=f"settings file (default: ./{DEFAULT_CONFIG} if present)")
    parser.add_argument("--quiet", "-q", action="store_true", help="no progress messages")


def settings_from_args(args: argparse.Namespace) -> tuple[Settings, Path]:
    """Settings and the folder relative paths in them are resolved against."""
    config = Path(args.config) if args.config else (DEFAULT_CONFIG if DEFAULT_CONFIG.is_file() else None)
    overrides: dict[str, str] = {}
    for key, value in vars(args).items():
        if key.startswith("set_") and value is not None:
            overrides[key[4:]] = value
    for item in getattr(args, "set", []) or []:
        if "=" not in item:
            raise UsageError(f"--set {item}: expected SECTION.KEY=VALUE")
        key, value = item.split("=", 1)
        overrides[key.strip()] = value.strip()
    settings = load_settings(config, overrides)
    base = config.parent if config else Path.cwd()
    # Paths given on the command line are relative to where the user stands.
    if "paths.output" in overrides:
        settings.paths.output = str(Path(settings.paths.output).resolve())
    if getattr(args, "input", None):
        settings.paths.input = str(Path(args.input).resolve())
    return settings, base


def _resolve(base: Path, value: str) -> Path:
    path = Path(value).expanduser()
    return path if path.is_absolute() else (base / path).resolve()


def cmd_brief(args: argparse.Namespace) -> int:
    from summarizer.app import run_brief

    settings, base = settings_from_args(args)
    progress = Progress(quiet=args.quiet)
    files = run_brief(
        settings,
        input_folder=_resolve(base, settings.paths.input),
        output_folder=_resolve(base, settings.paths.output),
        report=progress,
        force=args.force,
    )
    print(files.docx)
    print(files.trace)
    return EXIT_OK


def cmd_prepare(args: argparse.Namespace) -> int:
    from summarizer.app import prepare

    settings, base = settings_from_args(args)
    path = prepare(settings, Progress(quiet=args.quiet))
    print(path)
    return EXIT_OK


def _reviewer(args: argparse.Namespace) -> str:
    name = args.reviewer or os.environ.get("SUMMARIZER_REVIEWER")
    if not name:
        try:
            name = getpass.getuser()
        except (KeyError, OSError):
            raise UsageError("--reviewer NAME is needed: no login name to record with the decisions") from None
    return name


def _requests(args: argparse.Namespace):
    from summarizer.review.session import Request, parse_cite, parse_edit

    requests = []
    for action, value in args.decisions or []:
        if action == "cite":
            requests.append(parse_cite(value))
        elif action == "edit":
            requests.append(parse_edit(value))
        else:
            requests.append(Request(action, value.strip()))
    return requests


def cmd_cache(args: argparse.Namespace) -> int:
    from summarizer.app import work_cache_file
    from summarizer.cache import WorkCache, clear_cache

    settings, _ = settings_from_args(args)
    path = work_cache_file(settings)
    if args.action == "clear":
        removed = clear_cache(path)
        print(f"cleared the work cache {path}" if removed else f"no work cache at {path}")
        return 0
    if not path.exists():
        print(f"no work cache at {path}")
        return 0
    cache = WorkCache(path)
    try:
        counts = cache.count()
    finally:
        cache.close()
    size = sum(p.stat().st_size for p in path.parent.glob(path.name + "*"))
    held = ", ".join(f"{n} {kind}" for kind, n in sorted(counts.items())) or "nothing"
    print(f"{path}: {size / 1e6:.1f} MB; {held}")
    return 0


def cmd_review(args: argparse.Namespace) -> int:
    from summarizer.review import review_trace
    from summarizer.review.session import ReviewSession

    trace = Path(args.trace)
    requests = _requests(args)
    deciding = bool(requests) or args.accept_above is not None
    if args.list and deciding:
        raise UsageError("--list prints the listing only; give it without decision flags")
    if not deciding and (args.list or not (sys.stdin.isatty() and sys.stdout.isatty())):
        print(review_trace(trace, show_all=args.all), end="")
        return EXIT_OK
    progress = Progress(quiet=args.quiet)

    def verifier():
        from summarizer.app import review_verifier

        progress("loading the embedding model to verify the change (no language model)")
        return review_verifier(session.raw)

    session = ReviewSession(trace, _reviewer(args), verifier, sys.stdout)
    if deciding:
        session.run(requests, args.accept_above)
    else:
        session.interactive(input, show_all=args.all)
    return EXIT_OK


def cmd_render(args: argparse.Namespace) -> int:
    from summarizer.review.rendering import run_render

    output = Path(args.output).resolve() if args.output else None
    path = run_render(Path(args.trace), output_folder=output, final=args.final, report=Progress(quiet=args.quiet))
    print(path)
    return EXIT_OK


COMMANDS = {
    "brief": cmd_brief, "prepare-model": cmd_prepare, "review": cmd_review, "render": cmd_render, "cache": cmd_cache,
}


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)  # usage errors: argparse prints them and exits 2
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
    try:
        return COMMANDS[args.command](args)
    except SummarizerError as error:
        print(f"summarizer: {error}", file=sys.stderr)
        return error.exit_code
    except KeyboardInterrupt:
        print("summarizer: interrupted; what was saved before stays as it was", file=sys.stderr)
        return EXIT_INTERRUPTED


if __name__ == "__main__":
    sys.exit(main())
