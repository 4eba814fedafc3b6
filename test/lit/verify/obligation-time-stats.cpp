// -stats gives the solver time per obligation as well as per query: an
// obligation counts once however many queries it took, and one that
// simplification decides is not counted. Here 'halve' asks nothing (2 is
// neither 0 nor -1); 'sum' has one obligation, its overflow, which takes
// several queries (the violation, then a readable counterexample); 'inc'
// has three: its overflow, its postcondition, and whether its
// preconditions can hold at all.
// RUN: %vouch --no-cache -stats -checks='-*,contract-*' %s -- -std=c++17 2>&1 | FileCheck %s
// CHECK: vouch: stats: 1 unit analysed in {{.*}} in {{[5-9]|[1-9][0-9]}} queries
// CHECK-NEXT: vouch: stats: obligations: 4 asked the solver (per obligation: median {{[0-9.]+}} ms, p95 {{[0-9.]+}} ms)

int halve(int x) { return x / 2; }

int sum(int a, int b) { return a + b; }

/// \pre x > 0 && x < 100
/// \post result > x
int inc(int x) { return x + 1; }
