# The two commands of the README: `make run` and `make test`. Both build .venv first if needed.
PYTHON ?= python3.11
VENV := .venv
STAMP := $(VENV)/.installed

.PHONY: run test check evaluate

$(STAMP): pyproject.toml constraints.txt
	$(PYTHON) -m venv $(VENV)
	$(VENV)/bin/python -m pip install --quiet --disable-pip-version-check -c constraints.txt -e '.[dev,dask]'
	touch $(STAMP)

run: $(STAMP)
	$(VENV)/bin/newsfacts run

test: $(STAMP)
	$(VENV)/bin/python -m pytest

# Lint and format (ruff), types (mypy) and SQL (sqlfluff); configured in pyproject.toml and .sqlfluff.
check: $(STAMP)
	$(VENV)/bin/ruff check flows tests bench
	$(VENV)/bin/ruff format --check flows tests bench
	$(VENV)/bin/mypy
	$(VENV)/bin/sqlfluff lint sql

# Quality figures on the hand-annotated sets (cleaning, extraction), on the blind-annotated sets
# (claims, stories, contradictions; held-out part first) and main text of real pages beside
# trafilatura, printed; BENCHMARK=DIR adds a copy of Zyte's article-extraction-benchmark.
evaluate: $(STAMP)
	$(VENV)/bin/python -m pytest -q -s tests/quality
	$(VENV)/bin/python bench/blind_sets.py
	$(VENV)/bin/python bench/main_text.py $(if $(BENCHMARK),--benchmark $(BENCHMARK))
