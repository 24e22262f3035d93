# KKR Desk developer commands. Everything runs inside .venv, created on first use.
PYTHON ?= python3.11
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed

.PHONY: run test lint typecheck layers format bench translations docs clean

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

# The user guides' screenshots (docs/screenshots/*.png), made by `kkr-desk gui --screenshot`
# offscreen in Danish from the shared corpus (packaging/docs.py).
docs: $(STAMP)
	$(BIN)/python packaging/docs.py

$(VENV)/.package-installed: $(STAMP)
	$(BIN)/python -m pip install --quiet -e ".[dev,package]"
	@touch $@

# The PyInstaller bundle dist/kkr-desk/ and the Debian package dist/kkr-desk_*_amd64.deb.
package: $(VENV)/.package-installed
	$(BIN)/python packaging/build.py

# Smoke test of the frozen program; lintian on the .deb and, as root, install, validate the
# desktop entry and AppStream metadata, open two PDFs through the entry, man, remove
# (packaging/debian/checks.py). The tools: .ci/package-tools installs them when missing.
package-test: package
	.ci/package-tools
	$(BIN)/python packaging/smoke_test.py

clean:
	rm -rf $(VENV) build dist .pytest_cache .ruff_cache .mypy_cache
