# Two commands for a fresh machine with Python 3.11+: `make lab` and `make test`.
# Both create .venv and install the package the first time, and reuse it after.

PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed-stamp
FIRST  := $(firstword $(sort $(wildcard notebooks/[0-9][0-9]_*.ipynb)))
PYTEST_ARGS ?= -n 2
# Jupyter refuses to run as root unless told; containers and CI machines often are root.
LAB_ARGS ?= $(if $(filter 0,$(shell id -u)),--allow-root,)

# The real GCAT launch log and the essay, when the shared folder sits beside the
# repository (as in CI); the tests that need them skip with a reason otherwise.
GCAT_DIR  := $(abspath $(wildcard ../shared/data/gcat))
ESSAY     := $(abspath $(wildcard ../shared/essay/essay.txt))
export CHINASPACE_GCAT_DIR ?= $(GCAT_DIR)
export CHINASPACE_ESSAY ?= $(ESSAY)

.PHONY: help install lab data test bench site student clean-venv

help: ## List the targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  make %-10s %s\n", $$1, $$2}'

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test,site]'
	touch $(STAMP)

install: $(STAMP) ## Create .venv and install the package with its dependencies (once)

data: $(STAMP) ## Rebuild data/processed from data/raw
	$(BIN)/python -m chinaspace build

lab: data ## Build the data and start JupyterLab on 127.0.0.1 (with a token) at the first notebook
	$(BIN)/jupyter lab --ServerApp.ip=127.0.0.1 --ServerApp.root_dir=$(CURDIR) $(LAB_ARGS) $(FIRST)

test: $(STAMP) ## Run every test: units, doctests, data checks, notebooks
	$(BIN)/python -m pytest $(PYTEST_ARGS)

bench: $(STAMP) ## Print timings: data build, GCAT cleaning, date parser, notebooks, site
	$(BIN)/python scripts/bench.py

site: $(STAMP) ## Build the course website (every notebook executed) into build/site/html, offline
	$(BIN)/python -m chinaspace.site site --out build/site

student: $(STAMP) ## Write the student edition (solution cells removed) into build/student
	$(BIN)/python -m chinaspace.site student --out build/student

clean-venv: ## Remove .venv (the next make reinstalls)
	rm -rf $(VENV)
