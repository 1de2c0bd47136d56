from pathlib import Path

import pytest

from summarizer.config import load_settings
from summarizer.errors import ConfigError

REPO = Path(__file__).resolve().parents[1]


def test_repo_config_loads_and_matches_defaults_where_unset():
    settings = load_settings(REPO / "config.toml")
    assert settings.model.name == "qwen2.5-coder-1.5b"
    assert 3 <= settings.summary.sentences <= 6


def test_overrides_win_and_are_typed(tmp_path: Path):
    path = tmp_path / "c.toml"
    path.write_text("[summary]\nsentences = 4\n")
    settings = load_settings(path, {"summary.sentences": "6", "attribution.judge": "false"})
    assert settings.summary.sentences == 6
    assert settings.attribution.judge is False


@pytest.mark.parametrize(
    "toml, message",
    [
        ("[summary]\nsentense = 4\n", "unknown setting 'summary.sentense'"),
        ("[sumary]\nsentences = 4\n", r"unknown section \[sumary\]"),
        ("[summary]\nsentences = 'four'\n", "must be int"),
        ("[summary]\nsentences = 0\n", "out of range"),
        ("[model]\ndtype = 'float8'\n", "must be one of"),
        ("[summary\n", "not valid TOML"),
    ],
)
def test_bad_config_is_one_clear_error(tmp_path: Path, toml: str, message: str):
    path = tmp_path / "c.toml"
    path.write_text(toml)
    with pytest.raises(ConfigError, match=message) as info:
        load_settings(path)
    assert str(path) in str(info.value) and "\n" not in str(info.value)


def test_bad_override():
    with pytest.raises(ConfigError, match="must be int"):
        load_settings(None, {"summary.sentences": "many"})
    with pytest.raises(ConfigError, match="unknown setting"):
        load_settings(None, {"summary.nope": "1"})


def test_missing_config_file(tmp_path: Path):
    with pytest.raises(ConfigError, match="not found"):
        load_settings(tmp_path / "none.toml")
