//===- HugePages.h - Huge pages for a thread's heap -------------*- C++ -*-===//
//
// Where a page fault is dear, as on the virtual machines of
// docs/performance.md (about 11 us for each 4 KB page of new memory), a
// run that touches 20 MB of new heap spends 50 ms in faults: more than it
// takes to parse a small file. Z3 is most of that: a context fills two
// 8.5 MB tables, and the first check of a solver sets up more. With 2 MB
// pages the same memory takes a dozen faults. Linux gives huge pages only
// to memory advised so (its default "madvise" mode), and glibc's malloc
// advises none unless told at start-up (GLIBC_TUNABLES).
//
//===----------------------------------------------------------------------===//
#ifndef VOUCH_VERIFY_HUGEPAGES_H
#define VOUCH_VERIFY_HUGEPAGES_H

namespace vouch::verify {

/// Asks for huge pages under the next 24 MB that malloc hands out on the
/// calling thread; once per thread. Should malloc or the kernel do
/// otherwise, that memory gets small pages: only time is at stake, never a
/// result.
void adviseHugePagesForThisThread();

} // namespace vouch::verify

#endif // VOUCH_VERIFY_HUGEPAGES_H
