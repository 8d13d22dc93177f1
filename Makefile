# nucbench: the two commands of the README, and their parts.
# `make demo` runs the main job on the embedded demo (Tools/demo/run-demo.sh); `make test` runs the test
# suite and then CI's score-regression gate on a subset of the demo (`make ci-demo` runs the gate alone).
# Both install the Debian packages if missing and build first.

SWIFT ?= swift
SYSTEM_PACKAGES := Tools/setup/install-system-packages.sh
RELEASE_BINARY := .build/release/nucbench
EXAMPLE := Datasets/example

.PHONY: setup build release demo example ci-demo test bench

setup:
	@bash $(SYSTEM_PACKAGES)

build: setup
	$(SWIFT) build

release: setup
	$(SWIFT) build -c release --product nucbench

demo: release
	@bash Tools/demo/run-demo.sh $(RELEASE_BINARY)

example: release
	@bash Tools/demo/run-metrics-example.sh $(RELEASE_BINARY) $(EXAMPLE)

ci-demo: release
	@bash Tools/demo/ci-demo.sh $(RELEASE_BINARY)

test: setup
	$(SWIFT) build --build-tests
	$(SWIFT) test
	$(SWIFT) build -c release --product nucbench
	@bash Tools/demo/ci-demo.sh $(RELEASE_BINARY)

bench: release
	$(RELEASE_BINARY) bench metrics
