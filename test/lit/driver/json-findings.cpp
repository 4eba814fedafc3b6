// --format=json: one object per finding, with the verdict, the clause, the
// counterexample, the path and what a replay needs.
// RUN: %vouch --format=json -checks='-*,contract-postcondition' %s -- -std=c++20 2>/dev/null > %t.json
// RUN: FileCheck %s < %t.json
// RUN: FileCheck %s --check-prefix=FINGERPRINT < %t.json
// FINGERPRINT: "fingerprint": "{{[0-9a-f]+}}"
// RUN: python3 -c "import json,sys; d=json.load(open(sys.argv[1])); f=d['findings'][0]; assert d['version']==1 and f['verdict']=='violated' and [i['name'] for i in f['counterexample']['inputs']]==['x'] and f['counterexample']['returns']==f['counterexample']['inputs'][0]['value'], f" %t.json

/// \post result > x
int not_larger(int x) { return x * 1; }

// CHECK: "check": "contract-postcondition"
// CHECK: "clause": {
// CHECK: "kind": "postcondition"
// CHECK: "text": "result > x"
// CHECK: "counterexample": {
// CHECK: "name": "x"
// CHECK: "check": "(vouch_result > x)"
// CHECK: "verdict": "violated"
