# The two commands in README.md: `make demo` and `make test`. Both set up first.
PYTHON ?= python3
VENV ?= .venv
PY := $(VENV)/bin/python

.PHONY: setup demo test bench clean

setup: $(VENV)/.installed

$(VENV)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[test]'
	touch $@

demo: setup
	$(VENV)/bin/vbwatch demo

test: setup
	$(PY) -m pytest

bench: setup
	$(PY) bench/run_all.py

clean:
	rm -rf $(VENV) *.egg-info .pytest_cache .hypothesis
