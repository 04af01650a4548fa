# The two commands of the README: `make run` and `make test`. Both build .venv first if needed.
PYTHON ?= python3.11
VENV := .venv
STAMP := $(VENV)/.installed

.PHONY: run test

$(STAMP): pyproject.toml constraints.txt
	$(PYTHON) -m venv $(VENV)
	$(VENV)/bin/python -m pip install --quiet --disable-pip-version-check -c constraints.txt -e '.[dev]'
	touch $(STAMP)

run: $(STAMP)
	$(VENV)/bin/newsfacts run

test: $(STAMP)
	$(VENV)/bin/python -m pytest
