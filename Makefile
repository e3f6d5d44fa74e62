# Wat houd ik over? — build, run and test.
#
#   make run    install what is missing, prepare, start gunicorn on 127.0.0.1:8000 (gunicorn.conf.py;
#               make run HOST=… PORT=… to change)
#   make test   install what is missing (incl. chromium, nginx), prepare, run pytest
#   make bench  run each benchmarks/bench_*.py with the venv python
#   make berichten  extract every translatable text into the catalogues of every language (README, "Vertalingen")
#
# Everything is idempotent: a second `make run` only starts the server.

SHELL := /bin/bash
.SHELLFLAGS := -euo pipefail -c
.DEFAULT_GOAL := run

PYTHON ?= python3
VENV   := .venv
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.installed

# gunicorn listens on loopback only, unless the make command line says otherwise (`make run HOST=0.0.0.0
# PORT=8080`). Reachable from outside without nginx in front, a few dozen slow clients take it down (README,
# "Productie"). HOST and PORT in the environment are ignored: some shells export HOST as the machine's name.
ifneq ($(origin HOST),command line)
HOST := 127.0.0.1
endif
ifneq ($(origin PORT),command line)
PORT := 8000
endif

# Debian packages: WeasyPrint (pango, harfbuzz subset), the PDF fonts (Open Sans; DejaVu Sans for Arabic, which Open Sans
# lacks, and as fallback), gettext (compilemessages).
# Tests also need chromium (browser tests) and nginx (the production setup; the tests start their own).
APT_RUN  := libpango-1.0-0 libpangoft2-1.0-0 libharfbuzz-subset0 fonts-open-sans fonts-dejavu-core gettext
APT_TEST := $(APT_RUN) chromium nginx

PO_FILES     := $(wildcard locale/*/LC_MESSAGES/*.po regels/locale/*/LC_MESSAGES/*.po)
MO_FILES     := $(PO_FILES:.po=.mo)
STATIC_SRC   := $(shell find static -type f 2>/dev/null)
MANIFEST     := staticfiles/staticfiles.json

.PHONY: run test bench pot berichten mutants prepare apt-run apt-test clean

# Install Debian packages that are missing (checked one by one with dpkg -s;
# apt-get update runs at most once, and only when something is missing).
define apt_ensure
	@missing=""; \
	for p in $(1); do \
	  dpkg -s "$$p" 2>/dev/null | grep -q '^Status: install ok installed' || missing="$$missing $$p"; \
	done; \
	if [ -n "$$missing" ]; then \
	  echo "Installing Debian packages:$$missing"; \
	  sudo=""; [ "$$(id -u)" -eq 0 ] || sudo="sudo"; \
	  $$sudo apt-get update -qq; \
	  DEBIAN_FRONTEND=noninteractive $$sudo apt-get install -y -qq --no-install-recommends $$missing; \
	fi
endef

apt-run:
	$(call apt_ensure,$(APT_RUN))

apt-test:
	$(call apt_ensure,$(APT_TEST))

# Virtualenv; pip install only when pyproject.toml is newer than the stamp.
$(STAMP): pyproject.toml
	@if ! $(PYTHON) -c 'import venv, ensurepip' 2>/dev/null; then \
	  sudo=""; [ "$$(id -u)" -eq 0 ] || sudo="sudo"; \
	  $$sudo apt-get update -qq; \
	  DEBIAN_FRONTEND=noninteractive $$sudo apt-get install -y -qq python3-venv; \
	fi
	[ -x $(PY) ] || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[test]'
	touch $(STAMP)

# Preparation, each step only when its inputs changed.
$(MO_FILES): %.mo: %.po $(STAMP)
	$(PY) manage.py compilemessages --verbosity 0 --ignore=.venv --ignore=staticfiles
	touch $(MO_FILES)

$(MANIFEST): $(STAMP) $(STATIC_SRC)
	$(PY) manage.py collectstatic --noinput --clear --verbosity 0
	touch $(MANIFEST)

prepare: $(MO_FILES) $(MANIFEST)

# gunicorn.conf.py: gthread workers, PDF-aware worker replacement, no access log (the query
# string holds the user's answers), an error log without query strings. GUNICORN_CMD_ARGS is
# cleared so that nothing outside the repo changes these settings.
run: apt-run $(STAMP) prepare
	exec env -u GUNICORN_CMD_ARGS $(VENV)/bin/gunicorn -c gunicorn.conf.py --bind $(HOST):$(PORT)

test: apt-test $(STAMP) prepare
	$(VENV)/bin/pytest

bench: apt-run $(STAMP) prepare
	@shopt -s nullglob; files=(benchmarks/bench_*.py); \
	if [ $${#files[@]} -eq 0 ]; then echo "No benchmarks/bench_*.py yet."; exit 0; fi; \
	for f in "$${files[@]}"; do echo "== $$f"; $(PY) "$$f"; done

# The catalogues: the site's (locale/, domain django: templates and calculator/) and the rules' (regels/locale/,
# domain regels). Dutch is the source text, so it has no catalogue. Every other language in settings.LANGUAGES gets
# both files, new ones created, existing ones brought up to date (a changed text loses its translation: no fuzzy).
TALEN = $(shell $(PY) -c 'from calculator.settings import LANGUAGES, LANGUAGE_CODE; print(" ".join(c for c, _ in LANGUAGES if c != LANGUAGE_CODE))')
PYBABEL_EXTRACT := $(VENV)/bin/pybabel -q extract --no-wrap --sort-by-file --add-comments=Translators: \
	-k gettext_lazy -k pgettext_lazy:1c,2 -k ngettext_lazy:1,2 -k npgettext_lazy:1c,2,3 \
	--project="Wat houd ik over?" --copyright-holder="Wat houd ik over?"

# The templates (.pot) of both catalogues, in POT_MAP (not kept in git: they are made from the source each time).
POT_MAP ?= .
pot: $(STAMP)
	$(PYBABEL_EXTRACT) -F locale/babel.cfg -o $(POT_MAP)/django.pot .
	$(PYBABEL_EXTRACT) -F regels/locale/babel.cfg -o $(POT_MAP)/regels.pot .

berichten: POT_MAP = .
berichten: pot
	@for taal in $(TALEN); do \
	  for paar in "locale django" "regels/locale regels"; do set -- $$paar; \
	    if [ -f "$$1/$$taal/LC_MESSAGES/$$2.po" ]; then \
	      $(VENV)/bin/pybabel -q update --no-wrap --no-fuzzy-matching --ignore-obsolete -i "$$2.pot" -d "$$1" -D "$$2" -l "$$taal"; \
	    else \
	      $(VENV)/bin/pybabel -q init --no-wrap -i "$$2.pot" -d "$$1" -D "$$2" -l "$$taal"; \
	    fi; \
	  done; \
	done
	rm -f django.pot regels.pot

# Mutation testing of the rules package (slow; not part of CI). Results: .venv/bin/mutmut results
mutants: $(STAMP)
	$(PY) -m pip install --quiet "mutmut>=3,<4"
	$(VENV)/bin/mutmut run --max-children 2

clean:
	rm -rf staticfiles $(MO_FILES) .pytest_cache
