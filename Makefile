# Entry points for people: `make demo` and `make check` install what is missing,
# build, and run. The real work lives in scripts/ and CMake.
BUILD ?= build
JOBS ?= 2

.PHONY: all deps build demo check bench prove-demo clean

all: build

deps:
	@scripts/install-deps.sh

build: deps
	@scripts/build.sh $(BUILD) $(JOBS)

demo: build
	@scripts/demo.sh $(BUILD)

check: build
	@scripts/check.sh $(BUILD)

clean:
	rm -rf $(BUILD)

bench: build
	python3 bench/run.py --build $(BUILD)

prove-demo: build
	@scripts/prove-example.sh $(BUILD)
