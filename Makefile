# The two commands of the README: `make run` (set up and start the app) and `make test`.
PYTHON ?= python3
VENV ?= .venv
PY := $(VENV)/bin/python

.PHONY: run test lint bench deps venv clean

run: deps venv
	$(VENV)/bin/slaeval $(FILE)

test: deps venv
	QT_QPA_PLATFORM=$${QT_QPA_PLATFORM:-offscreen} $(PY) -m pytest -q

lint: venv
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .
	$(VENV)/bin/mypy --strict slaeval

bench: venv
	QT_QPA_PLATFORM=offscreen $(PY) -m benchmarks

deps:
	@scripts/system-deps.sh

venv: $(VENV)/.installed

$(VENV)/.installed: pyproject.toml setup.py
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install -q --upgrade pip
	$(PY) -m pip install -q -e ".[test]"
	touch $@

clean:
	rm -rf $(VENV) build dist *.egg-info
