//===- ContextSupply.h - Z3 contexts made ahead of need ---------*- C++ -*-===//
//
// Making a Z3 context costs about 40 ms when its memory is new to the
// process (Z3 4.8.12 fills two 8 MB tables): longer than parsing a small
// file, and paid twice per run (the unit's shared context, then the first
// function that needs a solver). The supply makes contexts on a thread of
// its own while the caller parses or encodes, so that verification seldom
// waits for one. A fresh context is the same whichever thread made it, so
// verdicts and counterexamples do not change. One thread, not two: each
// thread allocates from its own arena, and contexts made on two threads
// kept memory of both alive (+17 MB peak on the 100-function corpus).
//
//===----------------------------------------------------------------------===//
#ifndef VOUCH_VERIFY_CONTEXTSUPPLY_H
#define VOUCH_VERIFY_CONTEXTSUPPLY_H

#include "llvm/Support/ThreadPool.h"

#include <z3++.h>

#include <condition_variable>
#include <memory>
#include <mutex>
#include <vector>

namespace vouch::verify {

class ContextSupply;

/// A context taken from the supply, given back when the lease ends.
class ContextLease {
public:
  ContextLease(ContextSupply &Supply, std::unique_ptr<z3::context> Z)
      : Supply(&Supply), Z(std::move(Z)) {}
  ContextLease(ContextLease &&) = default;
  ContextLease &operator=(ContextLease &&) = delete;
  ~ContextLease();

  z3::context &operator*() const { return *Z; }

private:
  ContextSupply *Supply;
  std::unique_ptr<z3::context> Z;
};

class ContextSupply {
public:
  /// The supply of this process.
  static ContextSupply &global();

  /// Starts making contexts until Count are ready or being made: a unit
  /// about to be parsed wants two, its shared one and a function's.
  void prepare(unsigned Count);

  /// A fresh context: a prepared one, or one made now when none is on its
  /// way. Starts making the next while at most one other is in use (the
  /// unit's shared one), so that no more contexts than before wait in
  /// memory.
  ContextLease take();

private:
  friend class ContextLease;
  void giveBack(std::unique_ptr<z3::context> Z);
  void prepareLocked(unsigned Count);
  /// Runs on a worker: frees Old, if any, then makes a context if Make.
  void work(std::unique_ptr<z3::context> Old, bool Make);

  std::mutex Mutex;
  std::condition_variable Made;
  std::vector<std::unique_ptr<z3::context>> Ready;
  unsigned Making = 0;
  unsigned InUse = 0;
  // Last member: its thread finishes its work before the rest goes.
  llvm::StdThreadPool Worker{llvm::hardware_concurrency(1)};
};

} // namespace vouch::verify

#endif // VOUCH_VERIFY_CONTEXTSUPPLY_H
