# Entry points: `make run`, `make test` and, while you work, `make test-fast`. All build .venv
# on first use.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
TEST_STAMP := $(VENV)/.installed-test
TS := $(wildcard src/casebook/ui/i18n/*.ts)
QM := $(TS:.ts=.qm)

.PHONY: run test test-fast lint types layers pytest i18n lupdate bench clean package package-smoke

# The preflight says which system packages Qt's window needs, where some are missing, instead
# of Qt aborting with exit 134. After `make run`, the command is .venv/bin/casebook.
run: $(STAMP) i18n
	@$(BIN)/python -m casebook.ui.preflight --child
	$(BIN)/casebook

$(VENV)/bin/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip

$(STAMP): pyproject.toml | $(VENV)/bin/python
	$(BIN)/pip install -q -e .
	touch $@

$(TEST_STAMP): pyproject.toml $(STAMP)
	$(BIN)/pip install -q -e '.[test]'
	touch $@

# Translations: the .ts sources live in git, the .qm files are built.
i18n: $(QM)

src/casebook/ui/i18n/%.qm: src/casebook/ui/i18n/%.ts $(STAMP)
	$(BIN)/pyside6-lrelease -silent $< -qm $@

lupdate: $(STAMP)
	$(BIN)/pyside6-lupdate $$(find src/casebook/ui -name '*.py') -ts $(TS) -no-obsolete -locations none

lint: $(TEST_STAMP)
	$(BIN)/ruff check src tests bench
	$(BIN)/ruff format --check src tests bench

types: $(TEST_STAMP)
	$(BIN)/mypy

layers: $(TEST_STAMP)
	$(BIN)/lint-imports

pytest: $(TEST_STAMP) i18n
	$(BIN)/pytest -n 2 -q

test: lint types layers pytest

# The inner loop: lint and every test not marked `slow` (real KDF, heavy hypothesis runs, real
# processes, big files, screenshots). `make test` still runs them all.
test-fast: lint i18n
	$(BIN)/pytest -n 2 -q -m "not slow"

# The Linux package (packaging/README.md): dist/casebook-<version>-linux-<arch>.tar.gz and
# SHA256SUMS, from a build venv of its own; `make package-smoke` starts it as a user would.
package:
	bash packaging/build-linux.sh

package-smoke:
	bash packaging/smoke-linux.sh

bench: $(TEST_STAMP)
	$(BIN)/python bench/run_all.py

clean:
	rm -rf $(VENV) build dist src/*.egg-info $(QM)
