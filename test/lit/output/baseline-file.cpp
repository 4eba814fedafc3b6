// The baseline file: version, the fingerprint scheme, and one entry per
// finding (file relative to the current directory, no line numbers), sorted
// so that moving lines does not change it. Written through a temporary file
// that is renamed: nothing else is left in the directory. Compile errors and
// remarks are not recorded.
// RUN: rm -rf %t && mkdir -p %t/out && cp %s %t/input.cpp
// RUN: cd %t && %vouch --write-baseline=out/baseline.json -config='{CheckOptions: {ReportProved: true}}' input.cpp -- -std=c++20 > /dev/null 2> err.txt
// RUN: ls %t/out | count 1
// RUN: python3 %S/Inputs/flatten-json.py %t/out/baseline.json | FileCheck %s
// RUN: FileCheck %s --check-prefix=STDERR < %t/err.txt
// STDERR: vouch: 3 findings written to the baseline 'out/baseline.json'

/// \post result > 100
int twice(int b) {
  if (b == 0)
    return 1;
  return 2;
}

/// \pre x >= 0
/// \post result >= 0
int proved(int x) { return x; }

/// \pre y > 0
int f(int x) { return x; }

// The same finding twice (the clause, at two returns): two entries with the
// same fingerprint, so a third return that breaks it would be new.
// RUN: python3 -c "import json,sys; f=json.load(open(sys.argv[1]))['findings']; fp=[e['fingerprint'] for e in f if e['check']=='contract-postcondition']; assert len(fp)==2 and fp[0]==fp[1], fp" %t/out/baseline.json
// CHECK-DAG: findings[{{[0-2]}}].check = "contract-syntax"
// CHECK-DAG: findings[{{[0-2]}}].message = "use of undeclared identifier 'y' in a contract of 'f'"
// CHECK-DAG: findings[{{[0-2]}}].message = "postcondition 'result > 100' is violated"
// CHECK-DAG: findings[{{[0-2]}}].message = "postcondition 'result > 100' is violated"
// CHECK-DAG: findings[{{[0-2]}}].file = "input.cpp"
// CHECK-NOT: findings[3]
// CHECK:     fingerprint = "vouchFingerprint/v1"
// CHECK-NEXT: version = 1

// With the baseline, both are accepted; a third return that breaks the
// clause is one new finding.
// RUN: cd %t && %vouch --baseline=out/baseline.json input.cpp -- -std=c++20 > same.txt 2> same.err
// RUN: count 0 < %t/same.txt
// RUN: FileCheck %s --check-prefix=SAME < %t/same.err
// SAME: vouch: 3 findings suppressed by the baseline
// RUN: cd %t && sed -e 's/^  if (b == 0)$/  if (b == 5) return 3;\n  if (b == 0)/' input.cpp > changed.cpp && mv changed.cpp input.cpp
// RUN: cd %t && %vouch --baseline=out/baseline.json input.cpp -- -std=c++20 > third.txt 2> third.err
// RUN: FileCheck %s --check-prefix=THIRD --implicit-check-not='warning:' < %t/third.txt
// RUN: FileCheck %s --check-prefix=SAME < %t/third.err
// THIRD: warning: postcondition 'result > 100' is violated [contract-postcondition]
