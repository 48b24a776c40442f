# Two entry points for a fresh machine (see README): `make run` and `make test`. Each installs what it needs.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
INSTALLED := $(VENV)/.installed
NODE_INSTALLED := tools/ksc/node_modules/.installed
JOBS ?= 2
FORMAT ?= ach
TIME ?= 60
CAMPAIGN ?=
SITE_INSTALLED := $(VENV)/.site-installed
REPORTS ?=

.PHONY: run run-per-case install-check test fuzz fuzz-campaign bench bench-record lint regen clean site site-tools

# pyproject.toml declares compatible ranges; constraints.txt pins the exact versions installed here.
$(INSTALLED): pyproject.toml constraints.txt
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --disable-pip-version-check -c constraints.txt -e '.[dev]'
	touch $@

# kaitai-struct-compiler (npm, driven by node) regenerates and checks the Kaitai parsers.
$(NODE_INSTALLED): tools/ksc/package.json
	npm install --prefix tools/ksc --no-audit --no-fund --silent
	touch $@

# The spec site's builder (mkdocs-material) and browser driver (playwright, run against Debian's chromium).
$(SITE_INSTALLED): pyproject.toml $(INSTALLED)
	$(PY) -m pip install --quiet --disable-pip-version-check -c constraints.txt -e '.[dev,site]'
	touch $@

# graphviz's dot draws the Kaitai diagrams; chromium is what tests/site drives (that test says so if it is absent).
site-tools:
	@command -v dot >/dev/null && command -v chromium >/dev/null || ( \
		apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq graphviz chromium >/dev/null \
		|| echo "site-tools: could not install graphviz and chromium with apt-get" )

site: $(SITE_INSTALLED) $(NODE_INSTALLED) site-tools
	$(VENV)/bin/conformance site $(if $(REPORTS),--reports $(REPORTS))

run: $(INSTALLED) $(NODE_INSTALLED)
	$(VENV)/bin/conformance run --impl reference --no-skips -j $(JOBS) \
		--report json:reports/reference.json --report junit:reports/reference.xml

# The same suite, one testee process per check (the protocol's per-case mode).
run-per-case: $(INSTALLED) $(NODE_INSTALLED)
	$(VENV)/bin/conformance run --impl reference --no-skips --mode per-case -j $(JOBS) --timeout 60 \
		--report json:reports/reference-per-case.json

# A real, non-editable `pip install .` into a fresh venv, run from another directory: it must run and pass
# exactly the checks the checkout does (tools/install_check.py).
install-check: $(INSTALLED)
	$(PY) tools/install_check.py

test: $(INSTALLED) $(NODE_INSTALLED) $(SITE_INSTALLED) site-tools
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .
	$(PY) -m pytest -n $(JOBS) -q -p no:cacheprovider

# One harness for TIME seconds (FORMAT: a format or a harness name such as fzb_vm; RUNS=N bounds inputs instead),
# growing fuzz/corpora/<harness>/ and writing crash inputs to reports/fuzz/<harness>/ (fuzz/README.md).
fuzz: $(INSTALLED)
	$(PY) fuzz/$(subst -,_,$(FORMAT)).py $(if $(RUNS),-atheris_runs=$(RUNS),-max_total_time=$(TIME))

# The recorded campaign: every harness, unattended, its record appended to fuzz/CAMPAIGNS.md (fuzz/campaign.py).
# CAMPAIGN="--smoke 5" runs each harness for 5 s and records into reports/fuzz/campaign-smoke.md instead.
fuzz-campaign: $(INSTALLED)
	$(PY) -m binfmt_conformance.fuzz.campaign $(CAMPAIGN)

# Every row of the speed table, side by side with its baseline: prints the table and writes
# reports/bench/results.json (QUICK=1: every row at its smallest, the shape only). bench-record writes the
# committed bench/results.json instead.
bench: $(INSTALLED)
	$(PY) -m bench $(if $(QUICK),--quick)

bench-record: $(INSTALLED)
	$(PY) -m bench --record

regen: $(INSTALLED) $(NODE_INSTALLED)
	$(VENV)/bin/conformance regen

lint: $(INSTALLED)
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .

clean:
	rm -rf $(VENV) tools/ksc/node_modules reports site .hypothesis .pytest_cache
