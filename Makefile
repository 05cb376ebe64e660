# Two commands on a fresh machine:
#   make run    set up .venv if missing, code the example articles into the default store
#               (~/.local/share/diurna/diurna.db, or $DIURNA_DB), print the store's events
#   make test   set up .venv (with the test tools) if missing, run the test suite
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV ?= .venv
BIN := $(VENV)/bin

.PHONY: run test bench clean chromium

$(BIN)/activate:
	$(PYTHON) -m venv $(VENV)

$(VENV)/.installed: $(BIN)/activate requirements.lock pyproject.toml
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -r requirements.lock
	$(BIN)/python -m pip install --quiet --disable-pip-version-check --no-deps -e .
	touch $@

run: $(VENV)/.installed
	$(BIN)/diurna ingest examples/
	$(BIN)/diurna events --format table

# The browser tests (tests/serve/test_browser.py) drive Debian's Chromium through Playwright;
# Playwright never downloads a browser of its own. Installed here when missing (as root, as CI runs).
chromium:
	command -v chromium >/dev/null || (apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends chromium)

test: $(VENV)/.installed chromium
	$(BIN)/python -m pytest -q -p no:cacheprovider

bench: $(VENV)/.installed
	$(BIN)/python benchmarks/throughput.py

clean:
	rm -rf $(VENV) build src/*.egg-info
