//===- ContextSupply.cpp - Z3 contexts made ahead of need -----------------===//
#include "verify/ContextSupply.h"

#include <cstdint>
#include <cstdlib>
#if defined(__linux__) && defined(__GLIBC__)
#include <sys/mman.h>
#endif

namespace vouch::verify {

namespace {

/// Asks for huge pages under the memory this thread's next contexts take.
///
/// Z3 4.8.12 fills two 8.5 MB tables in every new context: 4,200 first
/// touches of a 4 KB page. Where a page fault is dear, as on the virtual
/// machines of docs/performance.md (about 10 us each), that is 40 ms, more
/// than parsing a small file; with 2 MB pages it is a dozen faults. Linux
/// gives huge pages only to memory advised so (its default "madvise" mode),
/// and glibc's malloc advises none by default. So: one block as large as
/// the tables, freed, raises malloc's mmap threshold past them (mallopt(3),
/// dynamic threshold); the next such block then comes from this thread's
/// heap. Advise it and free it: the tables are carved from it. Should any
/// step go otherwise, the tables get small pages: only time is at stake.
void adviseHugePagesForContexts() {
#if defined(__linux__) && defined(__GLIBC__) && defined(MADV_HUGEPAGE)
  constexpr std::size_t Size = 24u << 20, Huge = 2u << 20;
  // volatile: a block freed unused may otherwise never be allocated at all.
  void *volatile Raise = std::malloc(Size);
  std::free(Raise);
  void *volatile Block = std::malloc(Size);
  if (!Block)
    return;
  auto At = reinterpret_cast<std::uintptr_t>(Block);
  std::uintptr_t Begin = (At + Huge - 1) & ~std::uintptr_t(Huge - 1);
  std::uintptr_t End = (At + Size) & ~std::uintptr_t(Huge - 1);
  madvise(reinterpret_cast<void *>(Begin), End - Begin, MADV_HUGEPAGE);
  std::free(Block);
#endif
}

} // namespace

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

void ContextSupply::prepareLocked(unsigned Count) {
  for (; Ready.size() + Making < Count; ++Making)
    Worker.async([this] { work(nullptr, /*Make=*/true); });
}

void ContextSupply::work(std::unique_ptr<z3::context> Old, bool Make) {
  if (!HugePagesAdvised) {
    adviseHugePagesForContexts();
    HugePagesAdvised = true;
  }
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
