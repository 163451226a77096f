# Set-up and everyday commands. Each target installs what it needs when it is missing
# (Debian packages through apt-get; Python packages in a venv under .venv/).

SWIFT     ?= swift
BIN_DEBUG  = .build/debug/briefing
BIN_RELEASE = .build/release/briefing
APT_GET    = DEBIAN_FRONTEND=noninteractive apt-get

.PHONY: site serve test bench deps-build deps-test clean

# libcmark (the Markdown parser Briefing links) from Debian.
deps-build:
	@pkg-config --exists libcmark || { $(APT_GET) update && $(APT_GET) install -y libcmark-dev pkg-config; }

# The `cmark` command, which tests compare `briefing render` against.
deps-test: deps-build
	@command -v cmark >/dev/null || { $(APT_GET) update && $(APT_GET) install -y cmark; }

## Build the tool and render Content/ into Public/.
site: deps-build
	$(SWIFT) build -c release --product briefing
	$(BIN_RELEASE) build

## Preview with drafts at http://127.0.0.1:8080 (rebuilds on save).
serve: deps-build
	$(SWIFT) build -c release --product briefing
	$(BIN_RELEASE) serve

## Run every test.
test: deps-test
	$(SWIFT) build --build-tests
	$(SWIFT) test --skip-build

clean:
	rm -rf .build Public .preview
