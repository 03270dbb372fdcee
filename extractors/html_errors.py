"""The one error the HTML-to-Article step raises, shared by its helper modules."""

from __future__ import annotations


class ArticleError(ValueError):
    """A page that cannot become an Article, with a one-line reason for the caller's log."""
