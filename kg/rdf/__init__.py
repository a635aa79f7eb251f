"""Mapping: extraction records to article graphs under the newsgraph ontology."""
