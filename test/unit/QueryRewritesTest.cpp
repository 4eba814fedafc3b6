//===- QueryRewritesTest.cpp ----------------------------------------------===//
#include "verify/QueryRewrites.h"

#include "gtest/gtest.h"

#include <functional>

using namespace vouch::verify;

namespace {

bool equivalent(z3::context &Z, const z3::expr &A, const z3::expr &B) {
  z3::solver S(Z);
  S.add(A != B);
  return S.check() == z3::unsat;
}

/// What Z3's SMT core, the solver vouch asks first, answers within Limit
/// resource units: the count is the same on every machine.
z3::check_result answerWithin(z3::context &Z, const z3::expr &Formula,
                              unsigned Limit) {
  z3::solver S(Z, z3::solver::simple());
  z3::params P(Z);
  P.set("rlimit", Limit);
  S.set(P);
  S.push(); // as QuerySolver asks: incrementally
  S.add(Formula);
  return S.check();
}

bool anyTerm(const z3::expr &E,
             const std::function<bool(const z3::expr &)> &P) {
  if (P(E))
    return true;
  for (unsigned I = 0; E.is_app() && I < E.num_args(); ++I)
    if (anyTerm(E.arg(I), P))
      return true;
  return false;
}

bool comparesAConditional(const z3::expr &E) {
  return anyTerm(E, [](const z3::expr &T) {
    if (!T.is_app() || T.num_args() != 2 || !T.is_bool() || !T.arg(0).is_bv())
      return false;
    for (unsigned I = 0; I < 2; ++I)
      if (T.arg(I).is_app() && T.arg(I).decl().decl_kind() == Z3_OP_ITE)
        return true;
    return false;
  });
}

bool hasEquality(const z3::expr &E, const z3::expr &A, const z3::expr &B) {
  return anyTerm(E, [&](const z3::expr &T) {
    return T.is_app() && T.decl().decl_kind() == Z3_OP_EQ &&
           ((z3::eq(T.arg(0), A) && z3::eq(T.arg(1), B)) ||
            (z3::eq(T.arg(0), B) && z3::eq(T.arg(1), A)));
  });
}

struct Clamp {
  z3::context Z;
  z3::expr Lo = Z.bv_const("lo", 32), Hi = Z.bv_const("hi", 32),
           X = Z.bv_const("x", 32);
  z3::expr Result = z3::ite(X < Lo, Lo, z3::ite(X > Hi, Hi, X));
  /// A clamp's postcondition broken: the query of its proof.
  z3::expr Query = Lo <= Hi && !(Lo <= Result && Result <= Hi);
};

TEST(QueryRewritesTest, ComparisonsOfConditionalsAreTakenIntoTheBranches) {
  Clamp C;
  z3::expr Lifted = liftComparisonsIntoConditionals(C.Query);
  EXPECT_TRUE(comparesAConditional(C.Query));
  EXPECT_FALSE(comparesAConditional(Lifted)) << Lifted;
  EXPECT_TRUE(equivalent(C.Z, Lifted, C.Query));
}

TEST(QueryRewritesTest, TheLiftedClampIsAnsweredWithinAFewThousandUnits) {
  Clamp C;
  // The original spends the whole budget: this test fails without the
  // rewrite, and guards the reason it exists.
  EXPECT_EQ(answerWithin(C.Z, C.Query, 5'000), z3::unknown);
  EXPECT_EQ(answerWithin(C.Z, liftComparisonsIntoConditionals(C.Query), 5'000),
            z3::unsat);
}

TEST(QueryRewritesTest, LiftingStopsAtTheComparisonBound) {
  z3::context Z;
  z3::expr X = Z.bv_const("x", 8), Y = Z.bv_const("y", 8);
  // Five values on each side: 25 comparisons, over the bound of 16.
  auto FiveWay = [&](const z3::expr &V) {
    z3::expr E = Z.bv_val(0, 8);
    for (int I = 1; I <= 4; ++I)
      E = z3::ite(V == Z.bv_val(I, 8), Z.bv_val(I * 10, 8), E);
    return E;
  };
  z3::expr Wide = FiveWay(X) == FiveWay(Y);
  EXPECT_TRUE(z3::eq(liftComparisonsIntoConditionals(Wide), Wide));
  z3::expr Lifted = liftComparisonsIntoConditionals(Wide, 25);
  EXPECT_FALSE(comparesAConditional(Lifted));
  EXPECT_TRUE(equivalent(Z, Lifted, Wide));
}

TEST(QueryRewritesTest, OpposedBoundsGainTheirEquality) {
  z3::context Z;
  z3::expr I = Z.bv_const("i", 32), N = Z.bv_const("n", 32),
           S = Z.bv_const("s", 32);
  z3::expr Three = Z.bv_val(3, 32);
  // A loop's exit: the invariant i <= n, the negated condition !(i < n).
  z3::expr Exit = I <= N && !(I < N) && S == Three * I && S != Three * N;
  z3::expr Restated = addEqualitiesOfOpposedBounds(Exit);
  EXPECT_TRUE(hasEquality(Restated, I, N)) << Restated;
  EXPECT_TRUE(equivalent(Z, Restated, Exit));
  EXPECT_EQ(answerWithin(Z, Exit, 20'000), z3::unknown);
  EXPECT_EQ(answerWithin(Z, Restated, 20'000), z3::unsat);
}

TEST(QueryRewritesTest, BoundsOfDifferentSignednessOrDepthGainNothing) {
  z3::context Z;
  z3::expr I = Z.bv_const("i", 32), N = Z.bv_const("n", 32);
  z3::expr Mixed = z3::sle(I, N) && z3::ule(N, I);
  EXPECT_TRUE(z3::eq(addEqualitiesOfOpposedBounds(Mixed), Mixed));
  // Only top-level conjuncts are assumed: under a disjunction they are not.
  z3::expr Nested = z3::sle(I, N) && (z3::sle(N, I) || I == Z.bv_val(7, 32));
  EXPECT_TRUE(z3::eq(addEqualitiesOfOpposedBounds(Nested), Nested));
  z3::expr Strict = I < N && N <= I; // unsatisfiable, but no equality
  EXPECT_FALSE(hasEquality(addEqualitiesOfOpposedBounds(Strict), I, N));
}

} // namespace
