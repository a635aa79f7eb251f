"""Registration of the pipeline's components with spaCy (kept apart from the components themselves)."""

from __future__ import annotations

from spacy.language import Language

from kg.nlp.components.attribution import AttributionFinder
from kg.nlp.components.capitals import CapitalMerger
from kg.nlp.components.coref import MentionResolver
from kg.nlp.components.entities import EntityGrouper
from kg.nlp.components.events import EventFinder
from kg.nlp.components.guard import Guarded
from kg.nlp.components.ner_fixes import EntityFixer
from kg.nlp.components.paragraphs import ParagraphSplitter
from kg.nlp.components.quotes import QuoteFinder
from kg.nlp.components.record_builder import RecordBuilder
from kg.nlp.components.stance import StanceClassifier
from kg.nlp.components.statement_dates import StatementDater
from kg.nlp.components.verification import VerificationMarker
from kg.nlp.gazetteer import gazetteer

# Runs before the model's "parser"; the others, in this order, after its "ner".
BEFORE_PARSER = "kg_paragraphs"
COMPONENTS = (
    "kg_entity_fixes", "kg_entities", "kg_quotes", "kg_coref", "kg_attribution", "kg_capitals",
    "kg_stance", "kg_verification", "kg_statement_dates", "kg_events", "kg_record",
)


def dictionary_words(nlp: Language) -> frozenset[str]:
    """The English words the pipeline's rule lemmatizer knows (none for a pipeline without one)."""
    lemmatizer = nlp.get_pipe("lemmatizer") if "lemmatizer" in nlp.pipe_names else None
    lookups = getattr(lemmatizer, "lookups", None)
    if lookups is None or not lookups.has_table("lemma_index"):
        return frozenset()
    index = lookups.get_table("lemma_index")
    return frozenset(word for key in index.keys() for word in index[key])


@Language.factory("kg_paragraphs")
def make_paragraphs(nlp: Language, name: str) -> Guarded:
    return Guarded(name, ParagraphSplitter())


@Language.factory("kg_entity_fixes")
def make_entity_fixes(nlp: Language, name: str) -> Guarded:
    return Guarded(name, EntityFixer(gazetteer(), dictionary_words(nlp)))


@Language.factory("kg_entities")
def make_entities(nlp: Language, name: str) -> Guarded:
    return Guarded(name, EntityGrouper(gazetteer()))


@Language.factory("kg_coref")
def make_coref(nlp: Language, name: str) -> Guarded:
    return Guarded(name, MentionResolver(gazetteer()))


@Language.factory("kg_quotes")
def make_quotes(nlp: Language, name: str) -> Guarded:
    return Guarded(name, QuoteFinder())


@Language.factory("kg_attribution")
def make_attribution(nlp: Language, name: str) -> Guarded:
    return Guarded(name, AttributionFinder(gazetteer()))


@Language.factory("kg_capitals")
def make_capitals(nlp: Language, name: str) -> Guarded:
    return Guarded(name, CapitalMerger(gazetteer()))


@Language.factory("kg_stance")
def make_stance(nlp: Language, name: str) -> Guarded:
    return Guarded(name, StanceClassifier())


@Language.factory("kg_verification")
def make_verification(nlp: Language, name: str) -> Guarded:
    return Guarded(name, VerificationMarker())


@Language.factory("kg_statement_dates")
def make_statement_dates(nlp: Language, name: str) -> Guarded:
    return Guarded(name, StatementDater())


@Language.factory("kg_events")
def make_events(nlp: Language, name: str) -> Guarded:
    return Guarded(name, EventFinder(gazetteer()))


@Language.factory("kg_record")
def make_record(nlp: Language, name: str) -> RecordBuilder:
    return RecordBuilder()  # handles its own failures: it must always clear the Doc
