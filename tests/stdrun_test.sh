#!/usr/bin/env bash
# stdrun_test.sh - the std golden programs (testdata/stdrun/README.md), built
# with gocc against the std packages `make` installs, checked like testdata/run.
exec env RUN_DIR=testdata/stdrun "$(dirname "$0")/run_test.sh" "$@"
