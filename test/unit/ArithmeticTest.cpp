//===- ArithmeticTest.cpp -------------------------------------------------===//
#include "verify/Value.h"

#include "gtest/gtest.h"

#include <functional>

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

} // namespace
