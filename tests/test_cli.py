from pathlib import Path

import pytest

from summarizer.cli import build_parser, main, settings_from_args


def run(argv, capsys):
    code = main(argv)
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def test_empty_folder_is_one_line_error_naming_it(tmp_path: Path, capsys):
    code, out, err = run(["brief", str(tmp_path), "--quiet", "--paths-output", str(tmp_path / "out")], capsys)
    assert code == 1  # bad input
    assert err.count("\n") == 1 and str(tmp_path) in err and "no article files" in err
    assert not (tmp_path / "out").exists()


def test_folder_of_only_bad_files(tmp_path: Path, capsys):
    (tmp_path / "a.txt").write_bytes(b"")
    (tmp_path / "b.txt").write_bytes(b"\xff\xfe\x00\x00")
    code, out, err = run(["brief", str(tmp_path), "--quiet"], capsys)
    assert code == 1


def test_unknown_setting_on_the_command_line(tmp_path: Path, capsys):
    code, _, err = run(["brief", str(tmp_path), "--set", "summary.nope=3"], capsys)
    assert code == 2 and "unknown setting 'summary.nope'" in err  # usage
    code, _, err = run(["brief", str(tmp_path), "--summary-sentences", "99"], capsys)
    assert code == 2 and "command line: 'summary.sentences' = 99 is out of range" in err
    code, _, err = run(["brief", str(tmp_path), "--set", "summary.sentences"], capsys)
    assert code == 2 and "expected SECTION.KEY=VALUE" in err


def test_config_file_errors_name_the_file(tmp_path: Path, capsys):
    config = tmp_path / "c.toml"
    config.write_text("[summary]\nsentences = 'x'\n")
    code, _, err = run(["brief", "--config", str(config)], capsys)
    assert code == 1 and str(config) in err  # the file is bad input, not the command line
    config.write_text("[summary]\nsentences = 99\n")
    code, _, err = run(["brief", "--config", str(config)], capsys)
    assert code == 1 and f"{config}: 'summary.sentences' = 99 is out of range" in err


def test_every_setting_has_a_flag(tmp_path: Path):
    config = tmp_path / "c.toml"
    config.write_text("[summary]\nsentences = 3\n")
    args = build_parser().parse_args(
        ["brief", "in", "--config", str(config), "--summary-sentences", "6", "--model-name", "smollm2-135m",
         "--attribution-judge", "false"]
    )
    settings, base = settings_from_args(args)
    assert settings.summary.sentences == 6 and settings.model.name == "smollm2-135m" and not settings.attribution.judge
    assert base == tmp_path and Path(settings.paths.input).is_absolute()


def test_output_flag_sets_the_output_folder(tmp_path: Path):
    for flag in ("-o", "--output", "--paths-output"):
        args = build_parser().parse_args(["brief", "in", flag, str(tmp_path / "out")])
        settings, _ = settings_from_args(args)
        assert settings.paths.output == str(tmp_path / "out")


def test_prepare_model_takes_the_folders_it_writes_to(tmp_path: Path):
    args = build_parser().parse_args(
        ["prepare-model", "--model-cache-dir", str(tmp_path / "models"), "--cache-dir", str(tmp_path / "work")]
    )
    settings, _ = settings_from_args(args)
    assert settings.model.cache_dir == str(tmp_path / "models") and settings.cache.dir == str(tmp_path / "work")


def test_version_names_the_default_model(capsys):
    with pytest.raises(SystemExit) as done:
        main(["--version"])
    out = capsys.readouterr().out
    assert done.value.code == 0 and out.startswith("summarizer 0.") and "default model qwen2.5-coder-1.5b" in out


@pytest.mark.parametrize("command", [["review"], ["review", "--list"], ["render"], ["render", "--final"]])
def test_review_and_render_of_a_missing_trace_is_bad_input(tmp_path: Path, capsys, command):
    code, out, err = run([*command[:1], str(tmp_path / "none.json"), *command[1:]], capsys)
    assert code == 1 and err == f"summarizer: {tmp_path / 'none.json'}: no such trace file\n" and not out


@pytest.mark.parametrize("argv", [
    ["review"], ["render"], ["review", "t.json", "--nope"], ["render", "t.json", "--final", "x"],
    ["review", "t.json", "--accept-above", "high"],
])
def test_usage_errors_exit_2(capsys, argv):
    with pytest.raises(SystemExit) as done:
        main(argv)
    assert done.value.code == 2 and "usage: summarizer" in capsys.readouterr().err


def test_force_is_a_brief_flag():
    assert build_parser().parse_args(["brief", "x", "--force"]).force is True
    assert build_parser().parse_args(["brief", "x"]).force is False
