# nucbench: the two commands of the README, and their parts.
# `make demo` runs the main job on the shipped example; `make test` runs the test suite.
# Both install the Debian packages if missing and build first.

SWIFT ?= swift
SYSTEM_PACKAGES := Tools/setup/install-system-packages.sh
RELEASE_BINARY := .build/release/nucbench
EXAMPLE := Datasets/example

.PHONY: setup build release demo test bench

setup:
	@bash $(SYSTEM_PACKAGES)

build: setup
	$(SWIFT) build

release: setup
	$(SWIFT) build -c release --product nucbench

demo: release
	@bash Tools/demo/run-metrics-example.sh $(RELEASE_BINARY) $(EXAMPLE)

test: setup
	$(SWIFT) build --build-tests
	$(SWIFT) test

bench: release
	$(RELEASE_BINARY) bench metrics
