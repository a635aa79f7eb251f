"""Extraction: a spaCy pipeline of small components that turns an article into an extraction record."""

from kg.nlp.pipeline import extract, extract_many, load_pipeline

__all__ = ["extract", "extract_many", "load_pipeline"]
