"""Extract: claims, mentions and quotes from an article's clean text, with offsets into it."""
