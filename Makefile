# Two commands do all the set-up on a fresh Debian machine: `make run` and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: run test lint bench mutation dist sysdeps clean translations

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
	@# -ra (pyproject) lists every test not passed with its reason, then the slowest ten
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -q -p no:cacheprovider --durations=10

lint: $(STAMP)
	$(BIN)/ruff check ptce_desktop tests benchmarks
	$(BIN)/ruff format --check ptce_desktop tests benchmarks
	$(BIN)/mypy

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

# A one-folder build in dist/ptce-desktop/ (GUI and `ptce`, one program), checked with a smoke
# run of the window and of the command line.
dist: $(STAMP) sysdeps
	$(BIN)/python -m pip install -q -e '.[build]'
	$(BIN)/pyinstaller -y --log-level WARN build.spec
	ln -sf ptce-desktop dist/ptce-desktop/ptce
	# Debug symbols out (libpython alone: 22 MB -> 5 MB); the wheels' *.libs/ stay as shipped
	# (stripping numpy's OpenBLAS breaks it).
	find dist/ptce-desktop -name '*.so*' -type f -not -path '*.libs/*' \
	    -exec sh -c 'file "$$1" | grep -q "not stripped" && strip --strip-unneeded "$$1" || true' _ {} \;
	QT_QPA_PLATFORM=offscreen dist/ptce-desktop/ptce-desktop --smoke
	dist/ptce-desktop/ptce demo dist/smoke.ptce --dossiers 20 --stage minutes
	dist/ptce-desktop/ptce minutes dist/smoke.ptce --session 1 --out dist/smoke-pv.pdf
	rm -f dist/smoke.ptce dist/smoke-pv.pdf
	du -sh dist/ptce-desktop

clean:
	rm -rf $(VENV) build dist *.egg-info mutants

# The English catalogue: strings of the files listed in gui/i18n.py (SOURCES) into the .ts,
# English from scripts/english.tsv (it lists what still lacks a translation and stops), then
# compiled to the .qm the app loads.
translations: $(STAMP)
	$(BIN)/pyside6-lupdate -no-obsolete $$($(BIN)/python -c "from ptce_desktop.gui.i18n import SOURCES; print(' '.join(SOURCES))") -ts resources/translations/ptce_en.ts
	$(BIN)/python scripts/fill_english.py
	$(BIN)/pyside6-lrelease resources/translations/ptce_en.ts -qm resources/translations/ptce_en.qm
