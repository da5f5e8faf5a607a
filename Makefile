# NIRO Desk: the two commands of the README, and a few helpers.
#   make run    set everything up and start the app (make run ARGS=--demo for the demo network)
#   make test   set everything up and run the whole test suite
PYTHON ?= python3
VENV   := .venv
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.installed
ARGS   ?=
# Qt runtime libraries (offscreen and X11), fonts, and poppler for looking at PDFs.
DEBIAN_PACKAGES := python3-venv libegl1 libgl1 libglib2.0-0 libfontconfig1 libdbus-1-3 \
	libxkbcommon0 libxkbcommon-x11-0 libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 \
	libxcb-shape0 libxcb-render-util0 libxcb-image0 libxcb-xinerama0 fonts-dejavu-core

.PHONY: run demo test lint translations screenshots benchmark benchmark-members system-deps clean

run: $(STAMP)
	$(VENV)/bin/niro-desk $(ARGS)

demo: $(STAMP)
	$(VENV)/bin/niro-desk --demo $(ARGS)

test: $(STAMP)
	$(VENV)/bin/ruff check .
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest -n 0 -m own_process $(PYTEST_ARGS)
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest -n 2 -m 'not own_process' $(PYTEST_ARGS)

lint: $(STAMP)
	$(VENV)/bin/ruff check .

$(STAMP): pyproject.toml setup.py | system-deps
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[test,postgres]'
	touch $(STAMP)

# Installs the Debian/Ubuntu packages above when some are missing (needs root or sudo).
system-deps:
	@if command -v dpkg-query >/dev/null 2>&1; then \
	  missing=$$(for p in $(DEBIAN_PACKAGES); do \
	    dpkg-query -W -f='$${Status}\n' $$p 2>/dev/null | grep -q 'install ok installed' || echo $$p; done); \
	  if [ -n "$$missing" ]; then \
	    echo "Installing system packages: $$missing"; \
	    SUDO=; [ "$$(id -u)" -ne 0 ] && SUDO=sudo; \
	    $$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq $$missing; \
	  fi; \
	else echo "Not a Debian/Ubuntu system: install the Qt runtime libraries yourself (see README)."; fi

translations: $(STAMP)
	$(PY) docs/tools/translations.py

screenshots: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(PY) docs/tools/make_screenshots.py

benchmark: $(STAMP)
	$(PY) benchmarks/startup.py
	QT_QPA_PLATFORM=offscreen $(PY) benchmarks/members.py
	$(PY) benchmarks/member_excel.py
	$(PY) benchmarks/collection_import.py
	$(PY) benchmarks/agreement_summary.py

# The members list at 10,000 organisations (BENCH_ARGS=--database URL for an empty PostgreSQL one).
benchmark-members: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(PY) benchmarks/members.py $(BENCH_ARGS)

clean:
	rm -rf $(VENV) build *.egg-info .pytest_cache .ruff_cache
