"""Command line: ``summarizer brief``, ``summarizer review``, ``summarizer prepare-model``,
``summarizer cache clear``.

Every setting of config.toml has a flag ``--<section>-<key>`` (e.g. ``--summary-sentences 4``,
``--model-name smollm2-135m``); ``--set section.key=value`` does the same. Errors a user can
act on print as one line, ``summarizer: <file>: <problem>``, and exit 2.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from summarizer.config import Settings, load_settings, setting_types
from summarizer.errors import SummarizerError
from summarizer.progress import Progress

DEFAULT_CONFIG = Path("config.toml")


def _flag(dotted: str) -> str:
    return "--" + dotted.replace(".", "-").replace("_", "-")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="summarizer", description=__doc__.splitlines()[0])
    commands = parser.add_subparsers(dest="command", required=True)

    brief = commands.add_parser("brief", help="write the briefing (.docx) and its trace (.json)")
    brief.add_argument("input", nargs="?", help="folder of articles: .txt .md .html .docx .pdf (default: paths.input)")
    _common(brief)
    for dotted, kind in setting_types().items():
        if dotted == "paths.input":
            continue
        brief.add_argument(_flag(dotted), dest=f"set_{dotted}", metavar=kind.__name__.upper(), help=f"override {dotted}")
    brief.add_argument("--set", action="append", default=[], metavar="SECTION.KEY=VALUE", help="override any setting")
    brief.add_argument("--force", action="store_true", help="overwrite a briefing of the same date (default: -2, -3...)")

    prepare = commands.add_parser("prepare-model", help="join, verify and convert the model once (set-up)")
    _common(prepare)
    prepare.add_argument("--model-name", dest="set_model.name", help="model to prepare (default: model.name)")

    cache = commands.add_parser("cache", help="the work cache of drafts, verdicts and embeddings")
    cache.add_argument("action", choices=["clear", "info"], help="clear: delete it; info: where it is, what it holds")
    _common(cache)
    cache.add_argument("--model-cache-dir", dest="set_model.cache_dir", help="model cache it lives beside")
    cache.add_argument("--cache-dir", dest="set_cache.dir", help="the work cache's own folder (cache.dir)")

    review = commands.add_parser("review", help="list a briefing's attributions for review, flagged ones first")
    review.add_argument("trace", help="the briefing's .json trace")
    review.add_argument("--all", action="store_true", help="show supported sentences too")
    return parser


def _common(parser: argparse.ArgumentParser) -> None:
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
            raise SummarizerError(f"--set {item}: expected SECTION.KEY=VALUE")
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
    return 0


def cmd_prepare(args: argparse.Namespace) -> int:
    from summarizer.app import prepare

    settings, base = settings_from_args(args)
    path = prepare(settings, Progress(quiet=args.quiet))
    print(path)
    return 0


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

    print(review_trace(Path(args.trace), show_all=args.all), end="")
    return 0


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
    try:
        if args.command == "brief":
            return cmd_brief(args)
        if args.command == "prepare-model":
            return cmd_prepare(args)
        if args.command == "cache":
            return cmd_cache(args)
        return cmd_review(args)
    except SummarizerError as error:
        print(f"summarizer: {error}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("summarizer: interrupted; nothing was written", file=sys.stderr)
        return 130


if __name__ == "__main__":
    sys.exit(main())
