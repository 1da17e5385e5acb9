# Recours — `make run` serves the site, `make test` runs every test. Both install what they need.
SHELL := /bin/bash
VENV ?= .venv
PY := $(VENV)/bin/python
PIP := $(VENV)/bin/pip
UV := $(VENV)/bin/uv
# Every package, transitive ones included, is pinned with PyPI's hashes in requirements/*.lock
# (`make lock` regenerates them from pyproject.toml with uv; docs/dependencies.md).
LOCK := requirements/dev.lock
STAMP := $(VENV)/.installed-$(shell cat pyproject.toml $(LOCK) | sha256sum | cut -c1-12)
CHROMIUM ?= /usr/bin/chromium
APT_PACKAGES := chromium fonts-liberation fonts-dejavu-core libpango-1.0-0 libpangoft2-1.0-0 libharfbuzz-subset0 libreoffice-writer-nogui nginx wrk
# Straight from PyPI (not this machine's pip mirrors), for every platform, Python 3.11.
UV_LOCK := --universal --python-version 3.11 --generate-hashes --index-url https://pypi.org/simple --no-config --quiet
HOST ?= 127.0.0.1
PORT ?= 5000
# Test processes: this machine's two cores (TEST_WORKERS=1 for one process, as when debugging).
TEST_WORKERS ?= 2

.PHONY: audit bench export serve help run test test-fast lint lock install system-deps node-deps translations translations-update compile-translations clean

help: ## List the targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | sed -E 's/:.*## /\t/'

$(STAMP): pyproject.toml $(LOCK)
	test -x $(PY) || python3 -m venv $(VENV)
	@# uv installs the locked packages, hashes checked, downloading in parallel (a fresh clone:
	@# about 10 s instead of pip's 100 s). uv itself comes first, by pip, at its locked version and hashes.
	test -x $(UV) || { sed -n '/^uv==/,/^[^ ]/{/^uv==/p;/^ /p;}' $(LOCK) > $(VENV)/uv.req \
	  && $(PIP) install --quiet --require-hashes --no-deps -r $(VENV)/uv.req; }
	$(UV) pip install --quiet --python $(PY) --require-hashes -r $(LOCK)
	$(UV) pip install --quiet --python $(PY) --no-deps --no-build-isolation -e .
	touch $@

install: $(STAMP) compile-translations ## Create .venv and install the locked packages (hashes checked)

lock: ## Pin every dependency with PyPI's hashes after editing pyproject.toml (UPGRADE=--upgrade: newest of all)
	@test -x $(UV) || $(MAKE) --no-print-directory $(STAMP)
	$(UV) pip compile pyproject.toml requirements/build.in --extra test --extra dev $(UV_LOCK) $(UPGRADE) -o requirements/dev.lock
	$(UV) pip compile pyproject.toml requirements/build.in $(UV_LOCK) $(UPGRADE) -o requirements/app.lock

compile-translations: $(STAMP) ## Compile the .po catalogues into .mo files
	$(VENV)/bin/pybabel compile -d app/translations -D messages --statistics

translations-update: $(STAMP) ## Extract interface strings and update both catalogues
	$(VENV)/bin/pybabel extract -F babel.cfg -k _l -o app/translations/messages.pot --no-location --sort-output --project=Recours .
	$(VENV)/bin/pybabel update -i app/translations/messages.pot -d app/translations -D messages --no-fuzzy-matching
	$(PY) -m app.web.catalogues app/translations/en/LC_MESSAGES/messages.po

system-deps: ## Debian packages: Chromium (browser tests), Pango (PDF), LibreOffice (document checks), nginx+wrk (bench)
	@missing=""; for p in $(APT_PACKAGES); do dpkg-query -W -f='$${Status}' $$p 2>/dev/null | grep -q "ok installed" || missing="$$missing $$p"; done; \
	if [ -n "$$missing" ]; then \
	  echo "Installing Debian packages:$$missing"; \
	  SUDO=$$( [ "$$(id -u)" = 0 ] || echo sudo ); \
	  $$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq --no-install-recommends $$missing >/dev/null; \
	fi

node-deps: ## axe-core from npm (accessibility checks in the browser tests)
	@test -f node_modules/axe-core/axe.min.js || npm ci --no-audit --no-fund --silent

serve: install ## Run the site as in production (granian) on http://127.0.0.1:8000
	deploy/granian.sh

run: install ## Run the site on http://127.0.0.1:5000
	$(VENV)/bin/flask --app app run --host $(HOST) --port $(PORT)

lint: install ## Ruff
	$(VENV)/bin/ruff check app tests bench

test: install system-deps node-deps ## Every test, real browser included
	$(VENV)/bin/ruff check app tests bench
	$(VENV)/bin/bandit -q -r app -lll
	@# pip-audit of every locked package where the registry allows it: a known vulnerability fails; an unreachable registry is said, not failed.
	@out=$$(timeout 120 $(VENV)/bin/pip-audit -r $(LOCK) --require-hashes --disable-pip -s pypi --progress-spinner off 2>&1); \
	if echo "$$out" | grep -q "^Found [0-9]* known vulnerabilit"; then echo "$$out"; exit 1; fi; \
	skipped=$$(echo "$$out" | grep -c "could not be audited"); \
	echo "pip-audit: $$(echo "$$out" | grep -m1 -E '^No known|Error|error' || echo 'no answer from the registry'); $$skipped package(s) the registry could not answer for"
	$(VENV)/bin/flask --app app content check
	@# In TEST_WORKERS processes (pytest-xdist; each takes the next test when it is free). The 15
	@# slowest tests are listed at the end: the place to look when the run gets long (docs/testing.md).
	CHROMIUM=$(CHROMIUM) $(VENV)/bin/pytest -q --durations=15 -n $(TEST_WORKERS) --dist worksteal

test-fast: install ## Tests without the browser
	$(VENV)/bin/pytest -q -m "not browser" -n $(TEST_WORKERS) --dist worksteal

bench: install system-deps ## Benchmarks on loopback, bounded: pages vs nginx, start-up and memory, letters, search
	$(PY) bench/pages.py --bare
	$(PY) bench/startup.py
	$(PY) bench/letters.py
	$(PY) bench/search.py

export: install ## Static export of the content pages into build/static
	$(VENV)/bin/flask --app app export static

audit: install ## Known vulnerabilities in every locked package (needs the PyPI JSON API)
	$(VENV)/bin/pip-audit -r $(LOCK) --require-hashes --disable-pip -s pypi --progress-spinner off

clean: ## Remove the virtualenv and caches
	rm -rf $(VENV) node_modules .pytest_cache .ruff_cache build
