// A contract on a declaration in a header is checked at the header, once,
// whatever the number of declarations; the definition's own names differ.
// RUN: %vouch -checks='-*,contract-syntax' %s -header-filter='.*' -- -std=c++20 -I %inputs | FileCheck %s -implicit-check-not='{{warning|error}}:'
#include "buffer_api.h"
#include "buffer_api.h"

// CHECK: buffer_api.h:8:10: warning: use of undeclared identifier 'cap' in a contract of 'reserve' [contract-syntax]

int reserve(int n) { return n; }

/// \post result == count
int clamp_count(int count, int limit) { return count < limit ? count : limit; }
