# The two front-door commands: `make run` and `make test`.
# Both install what they need: Python packages into .venv, npm packages with `npm ci`.

PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
INSTALLED := $(VENV)/.installed
NPM_INSTALLED := frontend/node_modules/.installed

.PHONY: run test install build-frontend test-python test-frontend replay check-python clean

run: install build-frontend .env
	$(BIN)/jobboard serve

test: install build-frontend
	$(MAKE) test-frontend
	$(BIN)/jobboard replay tests/dialogs
	$(BIN)/python -m pytest

install: $(INSTALLED) $(NPM_INSTALLED)

check-python:
	@$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else "Python 3.11 or newer is required; run make PYTHON=python3.11 ...")'

$(BIN)/python: | check-python
	$(PYTHON) -m venv $(VENV)

$(INSTALLED): requirements.txt pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -r requirements.txt
	$(BIN)/python -m pip install --quiet --no-deps -e .
	touch $@

$(NPM_INSTALLED): frontend/package-lock.json
	cd frontend && npm ci --no-audit --no-fund
	touch $@

build-frontend: $(NPM_INSTALLED)
	cd frontend && npm run build

test-frontend: $(NPM_INSTALLED)
	cd frontend && npm test

# A first run gets its own random JWT secret, kept in .env so that tokens
# stay valid across restarts.
.env:
	$(BIN)/python -c 'import secrets, pathlib; \
	text = pathlib.Path(".env.example").read_text(); \
	pathlib.Path(".env").write_text(text.replace("JWT_SECRET=change-me", "JWT_SECRET=" + secrets.token_urlsafe(48)))'
	@echo "Created .env with a random JWT_SECRET"

replay: install
	$(BIN)/jobboard replay tests/dialogs

clean:
	rm -rf $(VENV) frontend/node_modules frontend/dist
