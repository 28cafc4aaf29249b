"""One error hierarchy for problems that are the environment's or the input's fault.

Each error carries a message in both languages, so the CLI and the app can show it in the
user's language. Anything else that escapes is a bug and is reported as one.
"""

from __future__ import annotations

from slaeval.localized import Lang, Localized


class SlaevalError(Exception):
    """A problem the user can act on: bad file, bad value, disk full..."""

    def __init__(self, message: Localized) -> None:
        super().__init__(message.en)
        self.message = message

    def text(self, lang: Lang) -> str:
        return self.message.get(lang)


class InputError(SlaevalError):
    """A file or value given by the user is not acceptable."""


class CatalogueError(InputError):
    """A catalogue file is broken; the message names the file, criterion and field."""


class ProjectError(SlaevalError):
    """A project file cannot be opened or written."""


class NewerVersionError(ProjectError):
    """The project file was written by a newer slaeval."""


class ReadOnlyProjectError(ProjectError):
    """The project file cannot be written (read-only file or medium)."""


class DocumentError(InputError):
    """A contract document cannot be read (encrypted, corrupt, no text layer...)."""


class ExportError(SlaevalError):
    """An export could not be written."""
