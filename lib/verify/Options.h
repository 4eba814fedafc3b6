//===- Options.h - What the verifier may spend ------------------*- C++ -*-===//
#ifndef VOUCH_VERIFY_OPTIONS_H
#define VOUCH_VERIFY_OPTIONS_H

namespace vouch::verify {

struct Options {
  /// Per solver query, in Z3's resource units: deterministic, so that a
  /// verdict does not depend on how busy the machine is. About half a
  /// second of solving on a 2020s desktop core.
  unsigned ResourceLimit = 5'000'000;
  /// Per solver query, in milliseconds of wall-clock time: a safety net
  /// only; the resource limit normally stops a query first.
  unsigned TimeoutMs = 10000;
  /// Iterations a loop without an invariant is unrolled.
  unsigned UnrollBound = 8;
  /// Nesting of callee bodies inlined at call sites.
  unsigned InlineDepth = 3;
  bool operator<(const Options &O) const {
    if (ResourceLimit != O.ResourceLimit)
      return ResourceLimit < O.ResourceLimit;
    if (TimeoutMs != O.TimeoutMs)
      return TimeoutMs < O.TimeoutMs;
    if (UnrollBound != O.UnrollBound)
      return UnrollBound < O.UnrollBound;
    return InlineDepth < O.InlineDepth;
  }
};

} // namespace vouch::verify

#endif // VOUCH_VERIFY_OPTIONS_H
