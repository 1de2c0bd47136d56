from pathlib import Path

import pytest

from summarizer.cli import build_parser, main, settings_from_args


def run(argv, capsys):
    code = main(argv)
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def test_empty_folder_is_one_line_error_naming_it(tmp_path: Path, capsys):
    code, out, err = run(["brief", str(tmp_path), "--quiet", "--paths-output", str(tmp_path / "out")], capsys)
    assert code == 2
    assert err.count("\n") == 1 and str(tmp_path) in err and "no article files" in err
    assert not (tmp_path / "out").exists()


def test_folder_of_only_bad_files(tmp_path: Path, capsys):
    (tmp_path / "a.txt").write_bytes(b"")
    (tmp_path / "b.txt").write_bytes(b"\xff\xfe\x00\x00")
    code, out, err = run(["brief", str(tmp_path), "--quiet"], capsys)
    assert code == 2


def test_unknown_setting_on_the_command_line(tmp_path: Path, capsys):
    code, _, err = run(["brief", str(tmp_path), "--set", "summary.nope=3"], capsys)
    assert code == 2 and "unknown setting 'summary.nope'" in err


def test_config_file_errors_name_the_file(tmp_path: Path, capsys):
    config = tmp_path / "c.toml"
    config.write_text("[summary]\nsentences = 'x'\n")
    code, _, err = run(["brief", "--config", str(config)], capsys)
    assert code == 2 and str(config) in err


def test_every_setting_has_a_flag(tmp_path: Path):
    config = tmp_path / "c.toml"
    config.write_text("[summary]\nsentences = 3\n")
    args = build_parser().parse_args(
        ["brief", "in", "--config", str(config), "--summary-sentences", "6", "--model-name", "smollm2-135m",
         "--attribution-judge", "true"]
    )
    settings, base = settings_from_args(args)
    assert settings.summary.sentences == 6 and settings.model.name == "smollm2-135m" and settings.attribution.judge
    assert base == tmp_path and Path(settings.paths.input).is_absolute()


def test_review_of_a_missing_trace(tmp_path: Path, capsys):
    code, _, err = run(["review", str(tmp_path / "none.json")], capsys)
    assert code == 2 and "no such trace file" in err


def test_force_is_a_brief_flag():
    assert build_parser().parse_args(["brief", "x", "--force"]).force is True
    assert build_parser().parse_args(["brief", "x"]).force is False
