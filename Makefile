# KKR Desk developer commands. Everything runs inside .venv, created on first use.
PYTHON ?= python3.11
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed

.PHONY: run test lint typecheck layers format bench translations clean

$(STAMP): pyproject.toml
	@command -v $(PYTHON) >/dev/null 2>&1 || { echo "needs $(PYTHON) on PATH (or: make PYTHON=python3 ...)"; exit 1; }
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e ".[dev]"
	@touch $(STAMP)

run: $(STAMP)
	$(BIN)/kkr-desk gui --sample

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

typecheck: $(STAMP)
	$(BIN)/mypy

layers: $(STAMP)
	$(BIN)/lint-imports

format: $(STAMP)
	$(BIN)/ruff format .
	$(BIN)/ruff check --fix .

test: lint typecheck layers
	$(BIN)/python -m pytest

bench: $(STAMP)
	$(BIN)/python -m tests.bench.run

translations: $(STAMP)
	$(BIN)/python packaging/update_translations.py

$(VENV)/.package-installed: $(STAMP)
	$(BIN)/python -m pip install --quiet -e ".[dev,package]"
	@touch $@

# The PyInstaller bundle dist/kkr-desk/ and the Debian package dist/kkr-desk_*_amd64.deb.
package: $(VENV)/.package-installed
	$(BIN)/python packaging/build.py

# Smoke test of the frozen program (and, as root, the .deb install/remove cycle).
package-test: package
	$(BIN)/python packaging/smoke_test.py

clean:
	rm -rf $(VENV) build dist .pytest_cache .ruff_cache .mypy_cache
