# Two commands matter: `make run` and `make test`. Everything they need is installed here.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
INDEX_DIR ?= index
PORT ?= 5000
SEARCH_BACKEND ?= whoosh
# `make cluster` starts NODES searchd nodes on loopback, from port CLUSTER_PORT on.
NODES ?= 2
CLUSTER_DIR ?= cluster
CLUSTER_PORT ?= 9306
SPHINX_URL ?= $(shell cat $(CLUSTER_DIR)/cluster.url 2>/dev/null || echo mysql://127.0.0.1:9306)
STAMP := $(VENV)/.installed
TEST_STAMP := $(VENV)/.installed-test

CORPUS ?= ../shared/corpus/vn-news.jsonl.gz
BENCH_DIR ?= /tmp/vnsearch-bench
# `make bench` is the quick run (first 1,000 articles); `make bench BENCH_LIMIT=` the
# whole corpus (hours on 2 cores; indexes go to BENCH_DIR).
BENCH_LIMIT ?= 1000
BENCH_INDEX := $(BENCH_DIR)/index-$(or $(BENCH_LIMIT),all)

.PHONY: run serve install install-test browser sphinx index test lint clean bench cluster cluster-stop

run: install index serve

serve:
	INDEX_DIR=$(INDEX_DIR) SEARCH_BACKEND=$(SEARCH_BACKEND) SPHINX_URL=$(SPHINX_URL) \
	  $(BIN)/python -m web --host 127.0.0.1 --port $(PORT)

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e .
	touch $@

install: $(STAMP)

$(TEST_STAMP): $(STAMP)
	$(BIN)/pip install --quiet -e '.[test]'
	touch $@

install-test: $(TEST_STAMP) browser sphinx

# Debian's chromium and its matching chromedriver; no browser download from the internet.
browser:
	@if ! command -v chromium >/dev/null || ! command -v chromedriver >/dev/null; then \
		apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium chromium-driver; \
	fi

# Debian's Sphinx 2.2 searchd, for the SphinxQL backend's tests and `make cluster`.
sphinx:
	@if ! command -v searchd >/dev/null; then \
		apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq sphinxsearch; \
	fi

# Exit status 4 (written by an older version) or 8 (damaged): the index is generated
# from seeds/, so it is rebuilt from scratch.
index: install
	$(BIN)/python -m indexer build seeds --index $(INDEX_DIR) || { status=$$?; \
	  [ $$status -eq 4 -o $$status -eq 8 ] && rm -rf $(INDEX_DIR) && \
	  $(BIN)/python -m indexer build seeds --index $(INDEX_DIR); }

# N local Sphinx nodes holding the seeds; then `make serve SEARCH_BACKEND=sphinx`.
cluster: install sphinx
	$(BIN)/python -m indexer sphinx-config --nodes $(NODES) --port $(CLUSTER_PORT) --dir $(CLUSTER_DIR)
	$(BIN)/python -m indexer sphinx-nodes start --dir $(CLUSTER_DIR)
	$(BIN)/python -m indexer build seeds --backend sphinx --sphinx-url $$(cat $(CLUSTER_DIR)/cluster.url)
	@echo "serve it with: make serve SEARCH_BACKEND=sphinx"

cluster-stop:
	$(BIN)/python -m indexer sphinx-nodes stop --dir $(CLUSTER_DIR)

test: lint
	$(BIN)/python -m pytest

lint: install-test
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

clean:
	rm -rf $(INDEX_DIR) test-output .pytest_cache

bench: install-test sphinx
	$(BIN)/pip install --quiet -e '.[bench]'
	$(BIN)/python -m bench.indexing --corpus $(CORPUS) $(if $(BENCH_LIMIT),--limit $(BENCH_LIMIT)) \
	  --index $(BENCH_INDEX) --check-identity
	$(BIN)/python -m bench.queries --corpus $(CORPUS) $(if $(BENCH_LIMIT),--limit $(BENCH_LIMIT)) \
	  --index $(BENCH_INDEX) --work $(BENCH_DIR)
	$(BIN)/python -m bench.heavy --index $(BENCH_INDEX)
	$(BIN)/python -m bench.incremental --corpus $(CORPUS) --index $(BENCH_INDEX)
	$(BIN)/python -m bench.growth --corpus $(CORPUS) $(if $(BENCH_LIMIT),--limit $(BENCH_LIMIT)) \
	  --work $(BENCH_DIR)/growth --plot $(BENCH_DIR)/growth.png
	$(BIN)/python -m bench.sphinx --corpus $(CORPUS) $(if $(BENCH_LIMIT),--limit $(BENCH_LIMIT)) \
	  --whoosh-index $(BENCH_INDEX) --work $(BENCH_DIR)/sphinx
