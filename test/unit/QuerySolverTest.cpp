//===- QuerySolverTest.cpp ------------------------------------------------===//
#include "verify/QuerySolver.h"

#include "gtest/gtest.h"

using namespace vouch::verify;

namespace {

/// A quotient of two non-negative numbers lies between 0 and the dividend:
/// true, but Z3's SMT core spends far more than the quick limit to see it.
z3::expr quotientOutOfRange(z3::context &Z) {
  z3::expr Total = Z.bv_const("total", 32);
  z3::expr Count = Z.bv_const("count", 32);
  z3::expr Zero = Z.bv_val(0, 32);
  z3::expr Quotient = Total / Count;
  return z3::sle(Zero, Count) && z3::sle(Zero, Total) &&
         z3::sle(Total, Z.bv_val(1000000, 32)) && Count != Zero &&
         !(z3::sle(Zero, Quotient) && z3::sle(Quotient, Total));
}

/// A square above a million, of a number below 4096, that ends in the
/// digits 4321: satisfiable (1111 * 1111 = 1234321), and beyond the quick
/// limit of Z3's SMT core.
z3::expr squareEndingIn4321(z3::context &Z) {
  z3::expr X = Z.bv_const("x", 32);
  z3::expr Square = X * X;
  return z3::ult(X, Z.bv_val(1 << 12, 32)) &&
         z3::urem(Square, Z.bv_val(10000, 32)) == Z.bv_val(4321, 32) &&
         z3::ult(Z.bv_val(1000000, 32), Square);
}

/// A sum with s == 3 * i for 0 <= i < n <= 100000, three steps of 3 later:
/// it neither overflows nor leaves s == 3 * (i + 3). Linear (a product by
/// a constant only), yet beyond the quick limit of Z3's SMT core.
z3::expr threeStepsBreakTheSum(z3::context &Z) {
  z3::expr I = Z.bv_const("i", 32), N = Z.bv_const("n", 32);
  z3::expr Sum = Z.bv_const("s", 32);
  z3::expr Three = Z.bv_val(3, 32), Zero = Z.bv_val(0, 32);
  z3::expr Entry = z3::sle(Zero, N) && z3::sle(N, Z.bv_val(100000, 32)) &&
                   z3::sle(Zero, I) && z3::slt(I, N) && Sum == Three * I;
  z3::expr Ok = Z.bool_val(true), Now = Sum;
  for (int Step = 0; Step < 3; ++Step) {
    z3::expr Next = Now + Three;
    Ok = Ok && z3::sext(Now, 1) + z3::sext(Three, 1) == z3::sext(Next, 1);
    Now = Next;
  }
  return Entry && !(Ok && Now == Three * (I + Z.bv_val(3, 32)));
}

/// The query Make builds is unsatisfiable, and decided by the bit-blasting
/// solver after the quick limit was spent.
void expectUnsatAfterTheQuickLimit(z3::expr (*Make)(z3::context &)) {
  z3::context Z;
  QuerySolver S(Z, Options{});
  EXPECT_EQ(S.check(Make(Z), nullptr), z3::unsat);
  EXPECT_EQ(S.escalations(), 1u);
  EXPECT_GT(S.resourcesSpent(), QuerySolver::QuickLimit);
}

TEST(QuerySolverTest, LinearQueryBeyondTheQuickLimitEscalates) {
  expectUnsatAfterTheQuickLimit(threeStepsBreakTheSum);
}

TEST(QuerySolverTest, NonlinearQueryGoesStraightToBitBlasting) {
  z3::context Z;
  QuerySolver S(Z, Options{});
  z3::expr X = Z.bv_const("x", 32), Y = Z.bv_const("y", 32);
  // Trivial for the SMT core, but a product of two variables.
  EXPECT_EQ(S.check(X * Y != Y * X, nullptr), z3::unsat);
  EXPECT_EQ(S.escalations(), 1u);
  EXPECT_LT(S.resourcesSpent(), QuerySolver::QuickLimit);
  // A product by a constant is linear: it stays in the SMT core.
  EXPECT_EQ(S.check(X * Z.bv_val(3, 32) != X + X + X, nullptr), z3::unsat);
  EXPECT_EQ(S.escalations(), 1u);
}

TEST(QuerySolverTest, SmallQueryStaysInTheQuickSolver) {
  z3::context Z;
  QuerySolver S(Z, Options{});
  z3::expr X = Z.bv_const("x", 32);
  EXPECT_EQ(
      S.check(z3::ult(X, Z.bv_val(100, 32)) && !z3::ult(X, X + Z.bv_val(1, 32)),
              nullptr),
      z3::unsat);
  EXPECT_EQ(S.escalations(), 0u);
  EXPECT_GT(S.resourcesSpent(), 0);
}

TEST(QuerySolverTest, HardQueryIsDecidedAfterEscalation) {
  expectUnsatAfterTheQuickLimit(quotientOutOfRange);
}

TEST(QuerySolverTest, EscalatedModelSatisfiesTheQuery) {
  z3::context Z;
  QuerySolver S(Z, Options{});
  std::optional<z3::model> Model;
  z3::expr F = squareEndingIn4321(Z);
  ASSERT_EQ(S.check(F, &Model), z3::sat);
  EXPECT_EQ(S.escalations(), 1u);
  ASSERT_TRUE(Model.has_value());
  EXPECT_TRUE(Model->eval(F, true).is_true());
}

TEST(QuerySolverTest, LaterQueriesAreUnaffectedByAnEscalation) {
  z3::context Z;
  QuerySolver S(Z, Options{});
  ASSERT_EQ(S.check(quotientOutOfRange(Z), nullptr), z3::unsat);
  z3::expr X = Z.bv_const("x", 32);
  std::optional<z3::model> Model;
  ASSERT_EQ(S.check(X == Z.bv_val(7, 32), &Model), z3::sat);
  EXPECT_EQ(Model->eval(X).get_numeral_uint(), 7u);
  EXPECT_EQ(S.escalations(), 1u);
}

TEST(QuerySolverTest, NoEscalationWhenTheLimitIsTheQuickOne) {
  z3::context Z;
  Options Tight;
  Tight.ResourceLimit = QuerySolver::QuickLimit;
  QuerySolver S(Z, Tight);
  EXPECT_EQ(S.check(quotientOutOfRange(Z), nullptr), z3::unknown);
  EXPECT_EQ(S.escalations(), 0u);
  EXPECT_TRUE(S.ranOutOfResources());
}

TEST(QuerySolverTest, EscalatedQueryThatRunsOutSaysSo) {
  z3::context Z;
  Options Tight;
  Tight.ResourceLimit = 2 * QuerySolver::QuickLimit;
  QuerySolver S(Z, Tight);
  EXPECT_EQ(S.check(quotientOutOfRange(Z), nullptr), z3::unknown);
  EXPECT_EQ(S.escalations(), 1u);
  EXPECT_TRUE(S.ranOutOfResources());
}

TEST(QuerySolverTest, WallClockTimeoutIsNotRunningOutOfResources) {
  z3::context Z;
  Options Hurried;
  Hurried.TimeoutMs = 1;
  QuerySolver S(Z, Hurried);
  EXPECT_EQ(S.check(quotientOutOfRange(Z), nullptr), z3::unknown);
  EXPECT_FALSE(S.ranOutOfResources());
}

} // namespace
