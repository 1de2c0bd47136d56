"""Errors a user can act on. Each prints as one line naming the thing and the problem."""

from __future__ import annotations


class SummarizerError(Exception):
    """Base class: the CLI prints ``str(error)`` on one line and exits non-zero."""


class ConfigError(SummarizerError):
    pass


class InputError(SummarizerError):
    """An input file or folder that cannot be used."""

    def __init__(self, path: object, problem: str) -> None:
        super().__init__(f"{path}: {problem}")
        self.path = path
        self.problem = problem


class ModelError(SummarizerError):
    """The model is missing, corrupt or cannot be loaded; the message says what to install."""
