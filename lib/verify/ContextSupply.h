//===- ContextSupply.h - Z3 contexts made ahead of need ---------*- C++ -*-===//
//
// Making a Z3 context costs about 40 ms when its memory is new to the
// process, and about 1 ms when it reuses a freed one: Z3 4.8.12 fills two
// 8 MB tables, 17 MB of resident memory per live context. The supply makes
// contexts on a thread of its own, while the caller parses or encodes, and
// frees them there too: a context given back for a replacement is freed
// before the replacement is made, on the same thread, so that the
// replacement reuses its memory and no two are resident at once; a holder
// that has its next context made while it holds one (prepareAnother) keeps
// two. A fresh context is the same whichever thread made it, so verdicts
// and counterexamples do not change.
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
  ~ContextLease() { giveBack(/*Replace=*/false); }

  z3::context &operator*() const { return *Z; }

  /// Ends the lease now. Replace: the holder will take another soon, which
  /// the supply starts making, in this one's memory, once it is freed.
  void giveBack(bool Replace);

private:
  ContextSupply *Supply;
  std::unique_ptr<z3::context> Z;
};

class ContextSupply {
public:
  /// The supply of this process.
  static ContextSupply &global();

  /// Starts making contexts until Count are ready or being made.
  void prepare(unsigned Count);

  /// Starts making one more context, whatever is ready or being made: for
  /// a holder that will want another while it still holds one.
  void prepareAnother();

  /// A fresh context: a ready one, the one being made, or one made now.
  ContextLease take();

  /// How many contexts are ready or being made.
  unsigned stock();

private:
  friend class ContextLease;
  void giveBack(std::unique_ptr<z3::context> Z, bool Replace);
  void prepareLocked(unsigned Count);
  /// Runs on the worker: frees Old, if any, then makes a context if Make.
  void work(std::unique_ptr<z3::context> Old, bool Make);

  std::mutex Mutex;
  std::condition_variable Made;
  std::vector<std::unique_ptr<z3::context>> Ready;
  unsigned Making = 0;
  // One thread, not two: each thread allocates from its own arena, and
  // contexts made on two threads kept the memory of both resident.
  // Last member: its thread finishes its work before the rest goes.
  llvm::StdThreadPool Worker{llvm::hardware_concurrency(1)};
};

} // namespace vouch::verify

#endif // VOUCH_VERIFY_CONTEXTSUPPLY_H
