# Two commands do all the set-up on a fresh Debian machine: `make run` and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: run test lint bench mutation dist sysdeps clean screenshot

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

bench: $(STAMP) sysdeps
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m benchmarks

# Mutation testing of domain/ and of the audit chain (settings in pyproject's [tool.mutmut]),
# from scratch each time; the last line is the score, and the target fails below 90 %.
MUTATION_JOBS ?= 2
$(VENV)/.mutation-installed: $(STAMP)
	$(BIN)/python -m pip install -q -e '.[dev,mutation]'
	touch $@

mutation: $(VENV)/.mutation-installed
	rm -rf mutants && mkdir mutants
	@start=$$(date +%s); \
	$(BIN)/mutmut run --max-children $(MUTATION_JOBS) > mutants/run.log 2>&1 \
		|| { tail -n 40 mutants/run.log; exit 1; }; \
	echo "mutmut: $$(( $$(date +%s) - start )) s, journal dans mutants/run.log"
	$(BIN)/python scripts/mutation_report.py

# A one-folder build in dist/ptce-desktop/ (GUI and `ptce`), checked with its own smoke run.
dist: $(STAMP) sysdeps
	$(BIN)/python -m pip install -q -e '.[build]'
	$(BIN)/pyinstaller -y --log-level WARN build.spec
	QT_QPA_PLATFORM=offscreen dist/ptce-desktop/ptce-desktop --smoke

clean:
	rm -rf $(VENV) build dist *.egg-info mutants
