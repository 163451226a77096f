# Set-up and everyday commands. Each target installs what it needs when it is missing
# (Debian packages through apt-get; Python packages in a venv under .venv/).

SWIFT     ?= swift
PREFIX    ?= /usr/local
BINDIR    ?= $(PREFIX)/bin
BIN_DEBUG  = .build/debug/briefing
APT_GET    = DEBIAN_FRONTEND=noninteractive apt-get

# The release binary, shared by `site`, `serve`, `install` and the tests that need it: the Swift
# standard library and Foundation linked statically (--static-swift-stdlib), and libcmark too when
# Debian's libcmark.a is there, so it runs on a machine without the Swift toolchain. For libcmark,
# the build reads a copy of libcmark.pc whose libdir is a folder holding only libcmark.a, so the
# linker's -lcmark can only find the static library.
RELEASE_SCRATCH = .build-release
BIN_RELEASE = $(RELEASE_SCRATCH)/release/briefing
STATIC_LIBS = $(CURDIR)/$(RELEASE_SCRATCH)/static-libs
RELEASE_FLAGS = -c release --product briefing --scratch-path $(RELEASE_SCRATCH) --static-swift-stdlib

.PHONY: site serve test browser-test deps-browser bench deps-bench deps-bench-search release install uninstall deps-build deps-release deps-test fuzz clean

# libcmark (the Markdown parser Briefing links) from Debian.
deps-build:
	@pkg-config --exists libcmark || { $(APT_GET) update && $(APT_GET) install -y libcmark-dev pkg-config; }

# FoundationNetworking, linked statically, needs libcurl's development files.
deps-release: deps-build
	@pkg-config --exists libcurl || { $(APT_GET) update && $(APT_GET) install -y libcurl4-openssl-dev; }

# The `cmark` command, which tests compare `briefing render` against.
deps-test: deps-build
	@command -v cmark >/dev/null || { $(APT_GET) update && $(APT_GET) install -y cmark; }

## Build the release binary (statically linked) into $(BIN_RELEASE).
release: deps-release
	@mkdir -p $(STATIC_LIBS)
	@lib="$$(pkg-config --variable=libdir libcmark)/libcmark.a"; \
	if [ -f "$$lib" ]; then \
		ln -sf "$$lib" $(STATIC_LIBS)/libcmark.a; \
		sed 's|^libdir=.*|libdir=$(STATIC_LIBS)|' "$$(pkg-config --variable=pcfiledir libcmark)/libcmark.pc" \
			> $(STATIC_LIBS)/libcmark.pc.new; \
		cmp -s $(STATIC_LIBS)/libcmark.pc.new $(STATIC_LIBS)/libcmark.pc \
			&& rm $(STATIC_LIBS)/libcmark.pc.new || mv $(STATIC_LIBS)/libcmark.pc.new $(STATIC_LIBS)/libcmark.pc; \
	else \
		echo "note: no libcmark.a: linking libcmark dynamically (the binary then needs libcmark0.30.2)"; \
		rm -f $(STATIC_LIBS)/libcmark.a $(STATIC_LIBS)/libcmark.pc; \
	fi
	PKG_CONFIG_PATH=$(STATIC_LIBS)$${PKG_CONFIG_PATH:+:$$PKG_CONFIG_PATH} $(SWIFT) build $(RELEASE_FLAGS)

## Install briefing into $(PREFIX)/bin (make install PREFIX=$$HOME/.local).
install: release
	install -d "$(DESTDIR)$(BINDIR)"
	install -m 0755 $(BIN_RELEASE) "$(DESTDIR)$(BINDIR)/briefing"

uninstall:
	rm -f "$(DESTDIR)$(BINDIR)/briefing"

## Build the tool and render Content/ into Public/.
site: release
	$(BIN_RELEASE) build

## Preview with drafts at http://127.0.0.1:8080 (rebuilds on save).
serve: release
	$(BIN_RELEASE) serve

## Run every test. The tests that need the release binary (installing it, ldd) get its path.
test: deps-test release
	$(SWIFT) build --build-tests
	BRIEFING_RELEASE_BINARY=$(CURDIR)/$(BIN_RELEASE) $(SWIFT) test --skip-build
	$(MAKE) browser-test

## Fuzz the content pipeline for FUZZ_SECONDS (default 300) from a new seed (FUZZ_SEED to replay one).
## A failing input is kept in /tmp (see Tests/BriefingKitTests/FuzzTests.swift); copy it to
## Tests/BriefingKitTests/Fixtures/fuzz-regressions/ to keep it as a test.
FUZZ_SECONDS ?= 300
## Steps per seed of the incremental-build property test (make test runs 60).
PROPERTY_STEPS ?= 600
FUZZ_SEED ?= $(shell od -An -N4 -tu4 /dev/urandom | tr -d ' ')
fuzz: deps-build
	$(SWIFT) build --build-tests
	FUZZ_SEED=$(FUZZ_SEED) FUZZ_SECONDS=$(FUZZ_SECONDS) FUZZ_ITERATIONS=100000000 \
		$(SWIFT) test --skip-build --filter 'FuzzTests/mutatedContentNeverCrashes'
	PROPERTY_STEPS=$(PROPERTY_STEPS) $(SWIFT) test --skip-build --filter 'IncrementalBuildPropertyTests'

## Benchmarks: build time and memory against Hugo and the cmark command, and the bytes a search costs against
## Pagefind in headless Chromium (CORPUS=DIR for an existing corpus).
deps-bench: deps-test
	@command -v hugo >/dev/null || { $(APT_GET) update && $(APT_GET) install -y hugo; }
	@command -v python3 >/dev/null || { $(APT_GET) update && $(APT_GET) install -y python3; }

bench: deps-bench deps-bench-search release
	python3 bench/bench.py $(BIN_RELEASE) $(if $(CORPUS),--corpus $(CORPUS)) $(if $(RUNS),--runs $(RUNS)) $(if $(WORK),--work $(WORK))
	python3 bench/serve_latency.py $(BIN_RELEASE) $(if $(CORPUS),--corpus $(CORPUS))
	$(VENV)/bin/python bench/search_bytes.py $(BIN_RELEASE) $(if $(CORPUS),--corpus $(CORPUS))

## The search benchmark's Pagefind, in the browser tests' venv.
deps-bench-search: deps-browser
	@cmp -s bench/requirements.txt $(VENV)/.bench-requirements || \
		{ $(VENV)/bin/pip install --quiet --disable-pip-version-check -r bench/requirements.txt && \
		  cp bench/requirements.txt $(VENV)/.bench-requirements; }

clean:
	rm -rf .build $(RELEASE_SCRATCH) Public .preview

## Browser tests (Tests/browser, pytest): headless Chromium through Selenium, axe-core, the Nu HTML checker.
## The tests build the shipped site (served over http, and --portable from file://) and the golden fixture
## site with the debug binary into a temporary folder. Python 3.12 from pyenv when there is one.
BROWSER_PYTHON ?= $(firstword $(wildcard $(HOME)/.pyenv/versions/3.12*/bin/python3) $(shell command -v python3.12) python3)
VENV = .venv

deps-browser:
	@{ command -v chromium >/dev/null && [ -x /usr/bin/chromedriver ] && command -v java >/dev/null; } || \
		{ $(APT_GET) update && $(APT_GET) install -y chromium chromium-driver default-jre-headless; }
	@want=$$($(BROWSER_PYTHON) -c 'import sys; print(sys.version_info[:2])'); \
	have=$$($(VENV)/bin/python -c 'import sys; print(sys.version_info[:2])' 2>/dev/null); \
	[ "$$want" = "$$have" ] || { rm -rf $(VENV) && $(BROWSER_PYTHON) -m venv $(VENV); }
	@cmp -s Tests/browser/requirements.txt $(VENV)/.browser-requirements || \
		{ $(VENV)/bin/pip install --quiet --disable-pip-version-check -r Tests/browser/requirements.txt && \
		  cp Tests/browser/requirements.txt $(VENV)/.browser-requirements; }

browser-test: deps-build deps-browser
	$(SWIFT) build --build-tests
	BRIEFING_BINARY=$(CURDIR)/$(BIN_DEBUG) $(VENV)/bin/python -m pytest -p no:cacheprovider -q Tests/browser
