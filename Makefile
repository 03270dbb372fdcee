# The two commands a newcomer needs: `make run` and `make test`. Each builds .venv on first use.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin

.PHONY: run test lint bench evaluate clean

run: $(VENV)/.installed
	$(BIN)/cakupan run --offline
	$(BIN)/cakupan report

test: $(VENV)/.installed-test
	$(BIN)/ruff check .
	$(BIN)/pytest -q

lint: $(VENV)/.installed-test
	$(BIN)/ruff check .

evaluate: $(VENV)/.installed
	$(BIN)/python benchmarks/evaluate.py --set all
	-$(BIN)/python benchmarks/evaluate.py --set realdev
	-$(BIN)/python benchmarks/evaluate.py --set realdev2
	-$(BIN)/python benchmarks/evaluate.py --set realdev3

bench: $(VENV)/.installed-bench
	$(BIN)/python -m benchmarks.run_all

$(VENV)/bin/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip

$(VENV)/.installed: pyproject.toml $(VENV)/bin/python
	$(BIN)/pip install -q -e .
	touch $@

# The suite smoke-tests the benchmarks, whose parse benchmark measures against trafilatura:
# the test install includes the bench extra.
$(VENV)/.installed-test: pyproject.toml $(VENV)/.installed
	$(BIN)/pip install -q -e ".[test,bench]"
	touch $@

$(VENV)/.installed-bench: pyproject.toml $(VENV)/.installed
	$(BIN)/pip install -q -e ".[test,bench]"
	touch $@

clean:
	rm -rf var/ .pytest_cache .ruff_cache
