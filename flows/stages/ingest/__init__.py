"""Ingest: list the raw folder, and read its files into documents or say why one cannot be."""
