//===- ContextSupply.cpp - Z3 contexts made ahead of need -----------------===//
#include "verify/ContextSupply.h"

namespace vouch::verify {

ContextLease::~ContextLease() {
  if (Z)
    Supply->giveBack(std::move(Z));
}

ContextSupply &ContextSupply::global() {
  static ContextSupply Supply;
  return Supply;
}

void ContextSupply::prepare(unsigned Count) {
  std::lock_guard<std::mutex> Lock(Mutex);
  prepareLocked(Count);
}

void ContextSupply::prepareLocked(unsigned Count) {
  for (; Ready.size() + Making < Count; ++Making)
    Worker.async([this] { work(nullptr, /*Make=*/true); });
}

void ContextSupply::work(std::unique_ptr<z3::context> Old, bool Make) {
  // Freed before the next is made, on the same thread, so that the next
  // reuses its memory instead of touching new pages.
  Old.reset();
  if (!Make)
    return;
  auto Z = std::make_unique<z3::context>();
  {
    std::lock_guard<std::mutex> Lock(Mutex);
    Ready.push_back(std::move(Z));
    --Making;
  }
  Made.notify_all();
}

ContextLease ContextSupply::take() {
  std::unique_lock<std::mutex> Lock(Mutex);
  Made.wait(Lock, [this] { return !Ready.empty() || Making == 0; });
  std::unique_ptr<z3::context> Z;
  if (!Ready.empty()) {
    Z = std::move(Ready.back());
    Ready.pop_back();
  }
  if (++InUse <= 1)
    prepareLocked(1);
  Lock.unlock();
  if (!Z) // another thread took the one awaited
    Z = std::make_unique<z3::context>();
  return ContextLease(*this, std::move(Z));
}

void ContextSupply::giveBack(std::unique_ptr<z3::context> Z) {
  std::lock_guard<std::mutex> Lock(Mutex);
  --InUse;
  // Nobody verifying means the unit is done: a context made now could be
  // the last thing the process waits for.
  bool Make = InUse > 0 && Ready.size() + Making < 1;
  Making += Make;
  // Freeing one takes up to 2 ms: off the caller's path.
  Worker.async([this, Old = std::move(Z), Make]() mutable {
    work(std::move(Old), Make);
  });
}

} // namespace vouch::verify
