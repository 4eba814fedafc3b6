//===- HugePages.cpp - Huge pages for a thread's heap ---------------------===//
#include "verify/HugePages.h"

#include <cstdint>
#include <cstdlib>
#if defined(__linux__) && defined(__GLIBC__)
#include <sys/mman.h>
#endif

namespace vouch::verify {

void adviseHugePagesForThisThread() {
#if defined(__linux__) && defined(__GLIBC__) && defined(MADV_HUGEPAGE)
  thread_local bool Advised = false;
  if (Advised)
    return;
  Advised = true;
  constexpr std::size_t Size = 24u << 20, Huge = 2u << 20;
  // A block of this size, freed, raises malloc's mmap threshold past it
  // (mallopt(3), dynamic threshold; vouch sets it higher at start), so that
  // the next one comes from this thread's heap and stays there once freed.
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
  // Back to the heap, advised: the thread's next allocations are carved
  // from it.
  std::free(Block);
#endif
}

} // namespace vouch::verify
