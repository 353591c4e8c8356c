"""What can go wrong opening or writing a call file, as specific exceptions."""

from __future__ import annotations


class StoreError(Exception):
    """Base class: a problem with a call file, with a message fit for the user."""


class NotACallFileError(StoreError):
    """The file is not SQLite, is damaged, or is some other application's database."""


class NewerVersionError(StoreError):
    """The file was written by a newer PTCE Desktop."""


class ReadOnlyError(StoreError):
    """A write was attempted on a locked record (for example a signed session)."""
