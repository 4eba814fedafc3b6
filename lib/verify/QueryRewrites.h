//===- QueryRewrites.h - Queries restated for Z3's SMT core -----*- C++ -*-===//
//
// Z3's SMT core bit-blasts each bit-vector term to its own circuit, and
// its SAT search relates two circuits only bit by bit. Some formulas vouch
// asks are therefore hard for it though plain to a reader; each rewrite
// here restates one such shape as an equivalent formula over the same
// constants, whose atoms the core's congruence reasoning or case splits
// share. A model of the result is a model of the original, so verdicts and
// counterexamples mean the same. Z3's own simplifier has neither rule.
//
//===----------------------------------------------------------------------===//
#ifndef VOUCH_VERIFY_QUERYREWRITES_H
#define VOUCH_VERIFY_QUERYREWRITES_H

#include <z3++.h>

namespace vouch::verify {

/// Formula with every bit-vector comparison (=, <, <=, >, >=, signed or
/// not) that has an if-then-else operand taken into the branches, when
/// that takes at most MaxComparisons comparisons:
/// lo <= (x < lo ? lo : x) becomes (x < lo ? lo <= lo : lo <= x).
/// A clamp's postcondition took the SMT core 171,608 resource units, and
/// ran out of vouch's quick limit, in the first form; 272 in the second,
/// which reuses the comparisons the branch conditions already made.
z3::expr liftComparisonsIntoConditionals(const z3::expr &Formula,
                                         unsigned MaxComparisons = 16);

/// Formula with a = b added beside each pair of its top-level conjuncts
/// that bound a and b both ways (a <= b and b <= a, or !(a < b), of one
/// signedness). A loop's exit assumes its invariant i <= n and the negated
/// condition n <= i; the SMT core does not derive i == n from them, so that
/// s == 3 * i did not give s == 3 * n in under 115,000 resource units. With
/// the equality, congruence gives it in 155.
z3::expr addEqualitiesOfOpposedBounds(const z3::expr &Formula);

} // namespace vouch::verify

#endif // VOUCH_VERIFY_QUERYREWRITES_H
