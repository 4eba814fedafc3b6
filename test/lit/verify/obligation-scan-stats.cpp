// Functions with nothing to verify are not encoded: -stats counts them.
// Only 'plain' owes nothing; 'sum' may overflow, 'get' may flow off its end,
// and 'positive' has a contract.
// RUN: %vouch --no-cache -stats -checks='-*,contract-*' %s -- -std=c++17 -Wno-return-type 2>&1 | FileCheck %s
// CHECK: vouch: stats: scan: 1 of 4 functions owe no obligation and were not encoded

bool plain(unsigned a, unsigned b) { return a + b < a; }

int sum(int a, int b) { return a + b; }

int get(bool c) {
  if (c)
    return 1;
}

/// \pre x > 0
bool positive(int x) { return x > 0; }
