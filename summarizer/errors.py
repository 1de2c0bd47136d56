"""Errors a user can act on. Each prints as one line naming the thing and the problem."""

from __future__ import annotations


class SummarizerError(Exception):
    """Base class: the CLI prints ``str(error)`` on one line and exits with ``exit_code``."""

    exit_code = 1  # bad input: a file, folder, setting or model that cannot be used


class UsageError(SummarizerError):
    """The command line itself is wrong (a malformed flag value, an unknown setting)."""

    exit_code = 2


class ConfigError(SummarizerError):
    pass


class CommandLineSettingError(ConfigError, UsageError):
    """A setting given on the command line that is unknown or of the wrong type or range."""

    exit_code = 2


class InputError(SummarizerError):
    """An input file or folder that cannot be used."""

    def __init__(self, path: object, problem: str) -> None:
        super().__init__(f"{path}: {problem}")
        self.path = path
        self.problem = problem


class ModelError(SummarizerError):
    """The model is missing, corrupt or cannot be loaded; the message says what to install."""
