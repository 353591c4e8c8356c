"""PTCE Desktop: the selection committee's offline tool for PTCE calls for projects."""

__version__ = "0.1.0"
