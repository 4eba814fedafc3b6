//===- Options.h - What the verifier may spend ------------------*- C++ -*-===//
#ifndef VOUCH_VERIFY_OPTIONS_H
#define VOUCH_VERIFY_OPTIONS_H

namespace vouch::verify {

struct Options {
  /// Per solver query, in milliseconds.
  unsigned TimeoutMs = 1000;
  /// Iterations a loop without an invariant is unrolled.
  unsigned UnrollBound = 8;
  /// Nesting of callee bodies inlined at call sites.
  unsigned InlineDepth = 3;
  bool operator<(const Options &O) const {
    if (TimeoutMs != O.TimeoutMs)
      return TimeoutMs < O.TimeoutMs;
    if (UnrollBound != O.UnrollBound)
      return UnrollBound < O.UnrollBound;
    return InlineDepth < O.InlineDepth;
  }
};

} // namespace vouch::verify

#endif // VOUCH_VERIFY_OPTIONS_H
