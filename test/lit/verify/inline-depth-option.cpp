// InlineDepth: callee bodies are inlined up to 3 nested levels by default;
// the 4th level is an unknown function unless the depth is raised.
// RUN: %vouch -checks='-*,contract-*,-contract-syntax' -config='{CheckOptions: {ReportProved: true, TimeoutMs: 60000}}' %s -- -std=c++20 | FileCheck %s --check-prefix=DEPTH3 -implicit-check-not='{{warning|error|remark}}:'
// RUN: %vouch -checks='-*,contract-*,-contract-syntax' -config='{CheckOptions: {ReportProved: true, TimeoutMs: 60000, InlineDepth: 4}}' %s -- -std=c++20 | FileCheck %s --check-prefix=DEPTH4 -implicit-check-not='{{warning|error|remark}}:'

static unsigned d0(unsigned x) { return x + 1; }
static unsigned d1(unsigned x) { return d0(x) + 1; }
static unsigned d2(unsigned x) { return d1(x) + 1; }
static unsigned d3(unsigned x) { return d2(x) + 1; }

// TRUE: four nested additions of 1 (modulo 2^32 on both sides)
/// \post result == x + 4
unsigned four(unsigned x) { return d3(x); }
// d3, d2, d1 are inlined (3 levels); d0 is level 4:
// DEPTH3: :[[@LINE-2]]:29: warning: postcondition 'result == x + 4' could not be decided: a counterexample was found, but it may not be real: the call to 'd0' at [[#@LINE-8]]:41 has no visible body or contract [contract-unknown]
// DEPTH3: :[[@LINE-4]]:11: note: postcondition written here
// DEPTH4: :[[@LINE-4]]:29: remark: postcondition 'result == x + 4' is proved [contract-postcondition]
// DEPTH4: :[[@LINE-6]]:11: note: postcondition written here

// TRUE: three levels are within the default depth
/// \post result == x + 3
unsigned three(unsigned x) { return d2(x); }
// DEPTH3: :[[@LINE-1]]:30: remark: postcondition 'result == x + 3' is proved [contract-postcondition]
// DEPTH3: :[[@LINE-3]]:11: note: postcondition written here
// DEPTH4: :[[@LINE-3]]:30: remark: postcondition 'result == x + 3' is proved [contract-postcondition]
// DEPTH4: :[[@LINE-5]]:11: note: postcondition written here
