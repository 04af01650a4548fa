"""Quality: the Great Expectations suites over the warehouse, and the data-quality report."""
