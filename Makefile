# Entry points for people: `make demo` and `make check` install what is missing,
# build, and run. The real work lives in scripts/ and CMake.
BUILD ?= build
JOBS ?= 2

.PHONY: all deps build install demo check bench bench-sweep bench-widths bench-pref prove-demo clean check-sanitize fuzz-smoke

all: build

deps:
	@scripts/install-deps.sh

build: deps
	@scripts/build.sh $(BUILD) $(JOBS)

# The tools, the runtime, the headers and the CMake package (find_package(Circ))
# under PREFIX; the installed circ-cc finds its runtime relative to PREFIX.
PREFIX ?= /usr/local
install: build
	@cmake --install $(BUILD) --prefix $(PREFIX)

demo: build
	@scripts/demo.sh $(BUILD)

check: build
	@scripts/check.sh $(BUILD)

# The tools built with AddressSanitizer and UndefinedBehaviorSanitizer in
# their own build directory, then every test (about 40 minutes on 2 cores).
SANITIZE_BUILD ?= build-sanitize
check-sanitize: deps
	@scripts/build.sh $(SANITIZE_BUILD) $(JOBS) -DCIRC_SANITIZE=ON
	@scripts/check.sh $(SANITIZE_BUILD)

# Each fuzz harness for 60 seconds (scripts/fuzz.sh; a clang build in
# build-fuzz/ the first time). Long runs: scripts/fuzz.sh NAME SECONDS.
fuzz-smoke: build
	@FUZZ_NO_TABLE=1 scripts/fuzz.sh all 60

clean:
	rm -rf $(BUILD)

bench: build
	python3 bench/run.py --build $(BUILD)
	python3 bench/update_docs.py

# Every width 4..32 by brute force against the width circ-llc chooses
# (bench/results/sweep/width-choice.md; docs/benchmarks.md). About 20 minutes.
bench-sweep: build
	python3 bench/run.py --build $(BUILD) \
	  --configs greedy,circ-ts,circ-ts-auto,circ-ts-auto-cost,circ-ts-auto-pgo \
	  --widths sweep --compile-repeats 1 --out bench/results/sweep > /dev/null
	python3 bench/update_docs.py

# The io widths compared by prover-cost and by the old estimate
# (bench/width_ranking.py; docs/benchmarks.md).
bench-widths: build
	python3 bench/run.py --build $(BUILD) --configs greedy,circ-ts,circ-local-pref \
	  --widths unbounded,32,16,8,4 --out bench/results/widths > /dev/null
	python3 bench/width_ranking.py bench/results/widths/results.csv \
	  > bench/results/widths/ranking.md
	python3 bench/update_docs.py

# The callee-saved preference on and off over the e2e corpus
# (bench/pref_table.py; docs/regalloc.md).
bench-pref: build
	python3 bench/run.py --build $(BUILD) --programs 'test/e2e/*.c' \
	  --configs greedy,circ-local-pref,circ-local-nopref --widths unbounded,8 \
	  --out bench/results/pref > /dev/null
	python3 bench/pref_table.py bench/results/pref/results.csv \
	  > bench/results/pref/pref.md
	python3 bench/update_docs.py

prove-demo: build
	@scripts/prove-example.sh $(BUILD)
