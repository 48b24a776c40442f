# Two entry points for a fresh machine (see README): `make run` and `make test`. Each installs what it needs.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
INSTALLED := $(VENV)/.installed
NODE_INSTALLED := tools/ksc/node_modules/.installed
JOBS ?= 2
FORMAT ?= ach
RUNS ?= 100000

.PHONY: run test fuzz bench lint regen clean

$(INSTALLED): pyproject.toml
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --disable-pip-version-check -e '.[dev]'
	touch $@

# kaitai-struct-compiler (npm, driven by node) regenerates and checks the Kaitai parsers.
$(NODE_INSTALLED): tools/ksc/package.json
	npm install --prefix tools/ksc --no-audit --no-fund --silent
	touch $@

run: $(INSTALLED) $(NODE_INSTALLED)
	$(VENV)/bin/conformance run --impl reference --no-skips -j $(JOBS) \
		--report json:reports/reference.json --report junit:reports/reference.xml

test: $(INSTALLED) $(NODE_INSTALLED)
	$(VENV)/bin/ruff check .
	$(PY) -m pytest -n $(JOBS) -q -p no:cacheprovider

fuzz: $(INSTALLED)
	$(PY) fuzz/$(FORMAT).py -atheris_runs=$(RUNS)

bench: $(INSTALLED)
	$(PY) -m bench

regen: $(INSTALLED) $(NODE_INSTALLED)
	$(VENV)/bin/conformance regen

lint: $(INSTALLED)
	$(VENV)/bin/ruff check .

clean:
	rm -rf $(VENV) tools/ksc/node_modules reports .hypothesis .pytest_cache
