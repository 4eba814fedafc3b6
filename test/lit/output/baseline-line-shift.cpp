// A baseline accepts today's findings by fingerprint, not by line: after
// every line moves (an unrelated function and blank lines inserted above),
// nothing is reported and -warnings-as-errors does not fail; a new finding
// is still reported and fails, in text, JSON and SARIF.
// RUN: rm -rf %t && mkdir -p %t && cp %s %t/input.cpp
// RUN: cd %t && %vouch --write-baseline=baseline.json input.cpp -- -std=c++20 > first.txt 2> first.err
// RUN: FileCheck %s --check-prefix=FIRST < %t/first.txt
// RUN: FileCheck %s --check-prefix=WRITTEN < %t/first.err
// FIRST: input.cpp:[[#@LINE+12]]:25: warning: postcondition 'result > x' is violated [contract-postcondition]
// FIRST: input.cpp:[[#@LINE+13]]:34: warning: signed overflow in 'a + b' (undefined behavior) [contract-undefined-behavior]
// FIRST: input.cpp:[[#@LINE+14]]:10: warning: use of undeclared identifier 'y' in a contract of 'f' [contract-syntax]
// WRITTEN: vouch: 3 findings written to the baseline 'baseline.json'

// RUN: cd %t && (printf 'int unrelated(int q) { return q; }\n\n\n'; cat input.cpp) > shifted.cpp && mv shifted.cpp input.cpp
// RUN: cd %t && %vouch --baseline=baseline.json -warnings-as-errors='*' input.cpp -- -std=c++20 > shifted.txt 2> shifted.err
// RUN: count 0 < %t/shifted.txt
// RUN: FileCheck %s --check-prefix=SUPPRESSED < %t/shifted.err
// SUPPRESSED: vouch: 3 findings suppressed by the baseline

/// \post result > x
int not_larger(int x) { return x * 1; }

int add(int a, int b) { return a + b; }

/// \pre y > 0
int f(int x) { return x; }

// A new finding, appended: reported, and it fails the gate.
// RUN: cd %t && echo 'int sub(int a, int b) { return a - b; }' >> input.cpp
// RUN: cd %t && not %vouch --baseline=baseline.json -warnings-as-errors='*' input.cpp -- -std=c++20 > new.txt 2> new.err
// RUN: FileCheck %s --check-prefix=NEW --implicit-check-not='{{warning|error}}:' < %t/new.txt
// RUN: FileCheck %s --check-prefix=NEW-ERR < %t/new.err
// NEW: input.cpp:{{[0-9]+}}:34: error: signed overflow in 'a - b' (undefined behavior) [contract-undefined-behavior,-warnings-as-errors]
// NEW-ERR: vouch: 3 findings suppressed by the baseline
// NEW-ERR: 1 warning treated as error
// RUN: cd %t && not %vouch --format=json --baseline=baseline.json -warnings-as-errors='*' input.cpp -- -std=c++20 > new.json 2> /dev/null
// RUN: python3 %S/Inputs/flatten-json.py %t/new.json | FileCheck %s --check-prefix=JSON
// JSON-NOT: findings[1]
// JSON: findings[0].message = "signed overflow in 'a - b' (undefined behavior)"
// JSON-NOT: findings[1]
// RUN: cd %t && not %vouch --format=sarif --baseline=baseline.json -warnings-as-errors='*' input.cpp -- -std=c++20 > new.sarif 2> /dev/null
// RUN: python3 %S/Inputs/flatten-json.py %t/new.sarif | FileCheck %s --check-prefix=SARIF
// SARIF-NOT: results[1]
// SARIF: runs[0].results[0].level = "error"
// SARIF: runs[0].results[0].message.text = "signed overflow in 'a - b' (undefined behavior)"
// SARIF-NOT: results[1]
// SARIF: runs[0].tool.driver.rules[0].id = "contract-undefined-behavior"
// SARIF-NOT: rules[1]
