# Two commands do all the set-up on a fresh Debian machine: `make run` and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: run test lint bench dist sysdeps clean screenshot

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip
	$(BIN)/python -m pip install -q -e '.[dev]'
	touch $(STAMP)

sysdeps:
	@bash scripts/system-deps.sh

run: $(STAMP) sysdeps
	$(BIN)/ptce-desktop --demo

test: $(STAMP) sysdeps
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -q -p no:cacheprovider

lint: $(STAMP)
	$(BIN)/ruff check ptce_desktop tests benchmarks
	$(BIN)/ruff format --check ptce_desktop tests benchmarks
	$(BIN)/mypy

bench: $(STAMP) sysdeps
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m benchmarks

# A one-folder build in dist/ptce-desktop/ (GUI and `ptce`), checked with its own smoke run.
dist: $(STAMP) sysdeps
	$(BIN)/python -m pip install -q -e '.[build]'
	$(BIN)/pyinstaller -y --log-level WARN build.spec
	QT_QPA_PLATFORM=offscreen dist/ptce-desktop/ptce-desktop --smoke

clean:
	rm -rf $(VENV) build dist *.egg-info
