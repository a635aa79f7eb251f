"""Reading news articles from .txt, .html and .jsonl files."""

from kg.articles.model import Article
from kg.articles.reader import iter_articles, read_path

__all__ = ["Article", "iter_articles", "read_path"]
