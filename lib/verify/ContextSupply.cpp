//===- ContextSupply.cpp - Z3 contexts made ahead of need -----------------===//
#include "verify/ContextSupply.h"

#include "verify/HugePages.h"

namespace vouch::verify {

void ContextLease::giveBack(bool Replace) {
  if (Z)
    Supply->giveBack(std::move(Z), Replace);
}

ContextSupply &ContextSupply::global() {
  static ContextSupply Supply;
  return Supply;
}

void ContextSupply::prepare(unsigned Count) {
  std::lock_guard<std::mutex> Lock(Mutex);
  prepareLocked(Count);
}

void ContextSupply::prepareAnother() {
  std::lock_guard<std::mutex> Lock(Mutex);
  prepareLocked(Ready.size() + Making + 1);
}

void ContextSupply::prepareLocked(unsigned Count) {
  for (; Ready.size() + Making < Count; ++Making)
    Worker.async([this] { work(nullptr, /*Make=*/true); });
}

void ContextSupply::work(std::unique_ptr<z3::context> Old, bool Make) {
  adviseHugePagesForThisThread(); // a context fills two 8.5 MB tables
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
  Lock.unlock();
  if (!Z) // none was on its way, or another thread took the one awaited
    Z = std::make_unique<z3::context>();
  return ContextLease(*this, std::move(Z));
}

unsigned ContextSupply::stock() {
  std::lock_guard<std::mutex> Lock(Mutex);
  return Ready.size() + Making;
}

void ContextSupply::giveBack(std::unique_ptr<z3::context> Z, bool Replace) {
  {
    std::lock_guard<std::mutex> Lock(Mutex);
    Making += Replace;
  }
  // Freeing one takes up to 2 ms: off the caller's path.
  Worker.async([this, Old = std::move(Z), Replace]() mutable {
    work(std::move(Old), Replace);
  });
}

} // namespace vouch::verify
