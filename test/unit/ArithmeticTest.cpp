//===- ArithmeticTest.cpp -------------------------------------------------===//
#include "verify/Value.h"

#include "gtest/gtest.h"

#include <functional>
#include <optional>
#include <string>

using namespace vouch::verify;

namespace {

/// Whether the product of L and R fits their signed width, as the C++
/// standard defines it: the exact product, computed in twice the width,
/// is representable.
z3::expr productFitsByDefinition(const z3::expr &L, const z3::expr &R) {
  unsigned W = L.get_sort().bv_size();
  z3::expr Exact = z3::sext(L, W) * z3::sext(R, W);
  return z3::sext(Exact.extract(W - 1, 0), W) == Exact;
}

/// The overflow check Arithmetic gives for Constant * X (or X * Constant).
z3::expr overflowCheck(z3::context &Z, int64_t Constant, unsigned Width,
                       bool ConstantOnTheLeft) {
  Arithmetic A(Z, Dialect{});
  ScalarKind Int = ScalarKind::integer(Width, /*Signed=*/true);
  Value C = A.constant(Constant, Int), X = A.fresh("x", Int);
  std::vector<DefinednessCheck> Checks;
  if (ConstantOnTheLeft)
    A.binary(ArithOp::Mul, C, X, Int, "c * x", Checks);
  else
    A.binary(ArithOp::Mul, X, C, Int, "x * c", Checks);
  EXPECT_EQ(Checks.size(), 1u);
  return Checks.empty() ? Z.bool_val(false) : Checks.front().Defined;
}

/// Whether Z3 proves the two formulas equal for every x.
bool equivalent(z3::solver &S, const z3::expr &A, const z3::expr &B) {
  S.push();
  S.add(A != B);
  bool Proved = S.check() == z3::unsat;
  S.pop();
  return Proved;
}

bool multiplies(const z3::expr &E) {
  if (!E.is_app())
    return false;
  if (E.decl().decl_kind() == Z3_OP_BMUL)
    return true;
  for (unsigned I = 0; I < E.num_args(); ++I)
    if (multiplies(E.arg(I)))
      return true;
  return false;
}

TEST(ArithmeticTest, ProductByEveryEightBitConstantFitsAsDefined) {
  z3::context Z;
  z3::solver S(Z);
  z3::expr X = Z.bv_const("x", 8);
  for (int C = -128; C <= 127; ++C)
    for (bool Left : {true, false}) {
      z3::expr Check = overflowCheck(Z, C, 8, Left);
      EXPECT_TRUE(
          equivalent(S, Check, productFitsByDefinition(Z.bv_val(C, 8), X)))
          << "constant " << C << (Left ? " on the left" : " on the right");
    }
}

TEST(ArithmeticTest, ProductByThirtyTwoBitConstantsFitsAsDefined) {
  z3::context Z;
  z3::solver S(Z);
  z3::expr X = Z.bv_const("x", 32);
  for (int64_t C : {0LL, 1LL, -1LL, 2LL, -2LL, 3LL, -3LL, 7LL, 1000LL, -1000LL,
                    65536LL, 2147483647LL, -2147483647LL, -2147483648LL}) {
    z3::expr Check = overflowCheck(Z, C, 32, /*ConstantOnTheLeft=*/true);
    EXPECT_TRUE(
        equivalent(S, Check, productFitsByDefinition(Z.bv_val(C, 32), X)))
        << "constant " << C;
  }
}

TEST(ArithmeticTest, ProductByConstantIsCheckedWithoutMultiplying) {
  z3::context Z;
  EXPECT_FALSE(multiplies(overflowCheck(Z, 3, 32, true)));
  EXPECT_FALSE(multiplies(overflowCheck(Z, -1000, 64, false)));
}

TEST(ArithmeticTest, ProductOfTwoVariablesIsCheckedInTwiceTheWidth) {
  z3::context Z;
  Arithmetic A(Z, Dialect{});
  ScalarKind Int = ScalarKind::integer(32, /*Signed=*/true);
  Value X = A.fresh("x", Int), Y = A.fresh("y", Int);
  std::vector<DefinednessCheck> Checks;
  A.binary(ArithOp::Mul, X, Y, Int, "x * y", Checks);
  z3::solver S(Z);
  ASSERT_EQ(Checks.size(), 1u);
  EXPECT_TRUE(multiplies(Checks.front().Defined));
  EXPECT_TRUE(equivalent(S, Checks.front().Defined,
                         productFitsByDefinition(X.Term, Y.Term)));
}

/// Whether a binary operation of L and R fits their signed width, as the
/// C++ standard defines it: the exact result, computed in twice the width,
/// is representable.
z3::expr fitsByDefinition(ArithOp Op, const z3::expr &L, const z3::expr &R) {
  unsigned W = L.get_sort().bv_size();
  z3::expr WideL = z3::sext(L, W), WideR = z3::sext(R, W);
  z3::expr Exact = Op == ArithOp::Add ? WideL + WideR : WideL - WideR;
  return z3::sext(Exact.extract(W - 1, 0), W) == Exact;
}

/// The result and the one definedness check Arithmetic gives for L Op R,
/// over fresh signed Width-bit x and y.
struct Outcome {
  z3::expr X, Y, Result, Defined;
};

Outcome signedOutcome(z3::context &Z, ArithOp Op, unsigned Width,
                      std::optional<int64_t> RightConstant = std::nullopt) {
  Arithmetic A(Z, Dialect{});
  ScalarKind Int = ScalarKind::integer(Width, /*Signed=*/true);
  Value X = A.fresh("x", Int);
  Value Y = RightConstant ? A.constant(*RightConstant, Int) : A.fresh("y", Int);
  std::vector<DefinednessCheck> Checks;
  Value R = A.binary(Op, X, Y, Int, "x op y", Checks);
  z3::expr_vector All(Z);
  for (const DefinednessCheck &C : Checks)
    All.push_back(C.Defined);
  return {X.Term, Y.Term, R.Term, z3::mk_and(All)};
}

TEST(ArithmeticTest, SumAndDifferenceFitAsDefined) {
  z3::context Z;
  z3::solver S(Z);
  for (unsigned W : {8u, 16u, 32u})
    for (ArithOp Op : {ArithOp::Add, ArithOp::Sub}) {
      Outcome O = signedOutcome(Z, Op, W);
      EXPECT_TRUE(equivalent(S, O.Defined, fitsByDefinition(Op, O.X, O.Y)))
          << (Op == ArithOp::Add ? "sum" : "difference") << " of width " << W;
    }
}

TEST(ArithmeticTest, SumAndDifferenceAreCheckedWithoutWidening) {
  z3::context Z;
  for (ArithOp Op : {ArithOp::Add, ArithOp::Sub}) {
    Outcome O = signedOutcome(Z, Op, 32);
    std::vector<z3::expr> Todo{O.Defined};
    while (!Todo.empty()) {
      z3::expr E = Todo.back();
      Todo.pop_back();
      if (E.is_bv())
        EXPECT_LE(E.get_sort().bv_size(), 32u) << E;
      for (unsigned I = 0; E.is_app() && I < E.num_args(); ++I)
        Todo.push_back(E.arg(I));
    }
  }
}

/// Signed division and remainder by a positive power of two, taken by
/// shifts, agree with Z3's bvsdiv and bvsrem (rounding toward zero, as C++
/// rounds) for every dividend.
TEST(ArithmeticTest, DivisionByPowersOfTwoRoundsTowardZero) {
  z3::context Z;
  z3::solver S(Z);
  for (unsigned W : {8u, 32u})
    for (unsigned K = 1; K + 1 < W; K += W == 8 ? 1 : 5) {
      int64_t Divisor = int64_t(1) << K;
      Outcome Q = signedOutcome(Z, ArithOp::Div, W, Divisor);
      Outcome R = signedOutcome(Z, ArithOp::Rem, W, Divisor);
      EXPECT_TRUE(equivalent(S, Q.Result, Q.X / Q.Y))
          << W << "-bit / " << Divisor;
      EXPECT_TRUE(equivalent(S, R.Result, z3::srem(R.X, R.Y)))
          << W << "-bit % " << Divisor;
      EXPECT_FALSE(Q.Result.to_string().find("bvsdiv") != std::string::npos)
          << Q.Result;
    }
}

TEST(ArithmeticTest, DivisionByOtherConstantsStaysADivision) {
  z3::context Z;
  for (int64_t Divisor : {3, -2, 1})
    EXPECT_NE(signedOutcome(Z, ArithOp::Div, 32, Divisor)
                  .Result.to_string()
                  .find("bvsdiv"),
              std::string::npos)
        << Divisor;
}

} // namespace
