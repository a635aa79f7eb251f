"""The errors newsgraph raises, each naming the input and the problem."""


class NewsgraphError(Exception):
    """Base class of every error newsgraph reports to a user."""


class ArticleError(NewsgraphError, ValueError):
    """An article file, page or line that cannot be read."""


class RecordError(NewsgraphError, ValueError):
    """An extraction record that is malformed or inconsistent with its article text."""


class ValidationError(NewsgraphError):
    """An article graph that does not conform to the SHACL shapes."""

    def __init__(self, source: str, report: str):
        super().__init__(f"{source}: the article graph does not conform to the shapes:\n{report}")
        self.source = source
        self.report = report


class StoreError(NewsgraphError):
    """A store that cannot be opened or written."""
