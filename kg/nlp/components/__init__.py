"""The pipeline's own components, one job each; registered in kg.nlp.factories."""
