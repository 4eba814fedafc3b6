// A counterexample lists the analysed object's own fields only: the fields
// of another object, read by a member function or an operator called on
// it (which vouch does not model), are not inputs of the run.
// RUN: %vouch -checks='-*,contract-*,-contract-syntax' %s -- -std=c++20 | FileCheck %s -implicit-check-not='{{warning|error|remark}}:'

struct Log {
  int severity_;
  int severity() const { return severity_; }
  int operator()() const { return severity_; }
};
Log *current_log();
extern Log the_log;

int report() { return current_log()->severity(); }

struct Pipe {
  int fd_;
  // FALSE: fd_ + 1 overflows at INT_MAX
  int wait() {
    int n = fd_ + 1;
    return n + report();
  }
  // FALSE: the same, with an operator called on another object
  int poll() {
    int n = fd_ + 1;
    return n + the_log();
  }
};
// CHECK: :[[@LINE-9]]:17: warning: signed overflow in 'fd_ + 1' (undefined behavior) [contract-undefined-behavior]
// CHECK: :[[@LINE-11]]:7: note: counterexample: this->fd_ = 2147483647{{$}}
// CHECK: :[[@LINE-6]]:17: warning: signed overflow in 'fd_ + 1' (undefined behavior) [contract-undefined-behavior]
// CHECK: :[[@LINE-8]]:7: note: counterexample: this->fd_ = 2147483647{{$}}
