// Stock clang-tidy with vouch's plugin gives the same verdicts, byte for byte.
// RUN: %clang_tidy -load=%vouch_plugin -checks='-*,contract-*' %s -- -std=c++20 > %t.tidy 2>/dev/null
// RUN: %vouch -checks='-*,contract-*' %s -- -std=c++20 > %t.vouch 2>/dev/null
// RUN: FileCheck %s < %t.tidy
// RUN: diff %t.tidy %t.vouch

/// \post result >= x && result >= y
int max_of(int x, int y) {
  if (x > y)
    return x;
  return x;
  // CHECK: :[[@LINE-1]]:3: warning: postcondition 'result >= x && result >= y' is violated [contract-postcondition]
  // CHECK: :[[@LINE-6]]:11: note: postcondition written here
  // CHECK: :[[@LINE-6]]:5: note: counterexample: x = {{-?[0-9]+}}, y = {{-?[0-9]+}}
  // CHECK: :[[@LINE-6]]:7: note: 'x > y' is false
  // CHECK: :[[@LINE-5]]:3: note: returns {{-?[0-9]+}}
}
