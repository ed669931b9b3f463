#!/usr/bin/env bash
# run_all.sh - runs every test suite (tests/*_test.sh) and prints the summary.
# Each suite prints one line per case: "ok NAME" or "FAIL NAME: reason".
# The last line is "N passed, M failed"; the exit status is 1 if anything failed.
set -u
cd "$(dirname "$0")/.."
pass=0 fail=0
for suite in tests/*_test.sh; do
    [ -x "$suite" ] || continue
    echo "== $suite"
    while IFS= read -r line; do
        echo "$line"
        case "$line" in
            ok\ *) pass=$((pass + 1)) ;;
            FAIL\ *) fail=$((fail + 1)) ;;
        esac
    done < <("$suite" 2>&1; rc=$?; [ $rc -eq 0 ] || echo "FAIL $suite: suite exited with status $rc")
done
echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
