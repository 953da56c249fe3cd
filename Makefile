# Two commands matter: `make run` and `make test`. Everything they need is installed here.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
INDEX_DIR ?= index
PORT ?= 5000
STAMP := $(VENV)/.installed
TEST_STAMP := $(VENV)/.installed-test

.PHONY: run serve install install-test browser index test lint clean

run: install index serve

serve:
	INDEX_DIR=$(INDEX_DIR) $(BIN)/waitress-serve --host 127.0.0.1 --port $(PORT) --call web:create_app

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e .
	touch $@

install: $(STAMP)

$(TEST_STAMP): $(STAMP)
	$(BIN)/pip install --quiet -e '.[test]'
	touch $@

install-test: $(TEST_STAMP) browser

# Debian's chromium and its matching chromedriver; no browser download from the internet.
browser:
	@if ! command -v chromium >/dev/null || ! command -v chromedriver >/dev/null; then \
		apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium chromium-driver; \
	fi

# Exit status 4: the index was written by an older version; it is generated from
# seeds/, so it is rebuilt from scratch.
index: install
	$(BIN)/python -m indexer build seeds --index $(INDEX_DIR) || { \
	  [ $$? -eq 4 ] && rm -rf $(INDEX_DIR) && $(BIN)/python -m indexer build seeds --index $(INDEX_DIR); }

test: install-test
	$(BIN)/python -m pytest

lint: install-test
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

clean:
	rm -rf $(INDEX_DIR) test-output .pytest_cache
