"""The pipeline's stages as plain functions over polars frames, knowing nothing of Prefect:
ingest (read raw files into documents), clean (documents into articles), extract (claims,
mentions, quotes), and the transform a worker runs (clean then extract, document by document
within a time budget)."""
