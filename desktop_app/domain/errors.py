"""Errors that carry a message a clerk can read, in Thai and in English.

Two families matter to callers:

* ``InvalidInput``: the user's input is wrong; nothing was written. The CLI exits 2.
* ``EnvironmentProblem``: the machine's fault (database locked, disk full, read-only,
  a database newer than this program). Nothing was lost; the user may retry. The CLI exits 1.
* ``PermissionDenied``: the user's role does not allow the action. The CLI exits 3.

Anything else is a bug and is shown in the exception dialog / traceback.
"""

from __future__ import annotations


class SarabanError(Exception):
    """Base class: a message in both languages."""

    def __init__(self, message_th: str, message_en: str | None = None) -> None:
        super().__init__(message_th)
        self.message_th = message_th
        self.message_en = message_en or message_th

    def message(self, lang: str = "th") -> str:
        return self.message_en if lang == "en" else self.message_th

    def __str__(self) -> str:
        return self.message_th


class InvalidInput(SarabanError):
    """The input is wrong; nothing was written."""

    def __init__(self, message_th: str, message_en: str | None = None, *, field: str | None = None):
        super().__init__(message_th, message_en)
        self.field = field


class InvalidDate(InvalidInput):
    """A date that cannot be read or does not exist (31 เม.ย., 29 ก.พ. of a common year)."""


class NotFound(InvalidInput):
    """The record asked for does not exist."""


class Conflict(InvalidInput):
    """The action contradicts the record's state (cancelling a cancelled document, ...)."""


class EnvironmentProblem(SarabanError):
    """The environment's fault: locked or read-only database, full disk, missing file."""


class DatabaseTooNew(EnvironmentProblem):
    """The database was written by a newer version of the program."""


class PermissionDenied(SarabanError):
    """The user's role does not allow the action; nothing was written. The CLI exits 3.

    Not ``InvalidInput``: the input may be perfectly right, the person is not the one who
    may do it (an admin may).
    """
