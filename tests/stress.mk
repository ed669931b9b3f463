# tests/stress.mk - `make stress`: the concurrent programs (testdata/run/conc_*)
# many times under GOMAXPROCS=1, 2 and 8 (tests/stress.sh); not part of `make test`.
stress: all
	@tests/stress.sh

.PHONY: stress
