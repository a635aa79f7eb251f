"""The HTTP side of newsgraph: SPARQL endpoint, linked data and explorer."""
