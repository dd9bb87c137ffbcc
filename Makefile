# The two commands users need: `make run` and `make test`. Both bootstrap .venv from the lock.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed

.PHONY: run test lint format bench faults clean-data lock

$(STAMP): requirements.lock pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check uv==0.13.8
	$(BIN)/uv pip sync --quiet --python $(BIN)/python requirements.lock
	$(BIN)/uv pip install --quiet --python $(BIN)/python --no-deps -e .
	touch $(STAMP)

run: $(STAMP)
	$(BIN)/kabar run seeds --output data

test: $(STAMP) lint
	$(BIN)/python -m pytest -n 2 -m "not faults" tests

lint: $(STAMP)
	$(BIN)/ruff check kabar flows schemas tests bench
	$(BIN)/ruff format --check kabar flows schemas tests bench
	$(BIN)/mypy kabar flows schemas

format: $(STAMP)
	$(BIN)/ruff format kabar flows schemas tests bench
	$(BIN)/ruff check --fix kabar flows schemas tests bench

bench: $(STAMP)
	$(BIN)/python bench/run_all.py

faults: $(STAMP)
	$(BIN)/python -m pytest -n 2 -m faults tests/faults

# Regenerate the lock after changing dependencies in pyproject.toml.
lock:
	$(BIN)/uv pip compile pyproject.toml --extra dev --python-version 3.11 -o requirements.lock
