"""Clean: a document's raw text into the article's clean text, metadata and sentences."""
