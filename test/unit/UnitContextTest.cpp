//===- UnitContextTest.cpp ------------------------------------------------===//
#include "verify/UnitContext.h"

#include "gtest/gtest.h"

using namespace vouch::verify;

namespace {

/// Z3 numbers terms in order of creation: a new term's number tells how
/// much the context has made before.
unsigned nextTermNumber(z3::context &Z) {
  return Z3_get_ast_id(Z, Z.bv_const("probe", 32));
}

unsigned termNumberInNewContext() {
  z3::context Z;
  return nextTermNumber(Z);
}

void makeTerms(z3::context &Z) {
  z3::expr X = Z.int_const("x");
  for (int I = 0; I < 50; ++I)
    X = X * Z.int_val(I + 2) + Z.int_const(("y" + std::to_string(I)).c_str());
  ASSERT_TRUE(X.is_int());
}

TEST(UnitContextTest, FreshAtFirst) {
  ContextSupply Supply;
  UnitContext Unit(Supply);
  EXPECT_TRUE(Unit.hasFresh());
  EXPECT_EQ(nextTermNumber(Unit.fresh()), termNumberInNewContext());
  EXPECT_FALSE(Unit.hasFresh());
}

TEST(UnitContextTest, AnyKeepsTheContextItServed) {
  ContextSupply Supply;
  UnitContext Unit(Supply);
  makeTerms(Unit.any());
  unsigned X = Z3_get_ast_id(Unit.any(), Unit.any().int_const("x"));
  makeTerms(Unit.any());
  EXPECT_EQ(Z3_get_ast_id(Unit.any(), Unit.any().int_const("x")), X);
  EXPECT_GT(nextTermNumber(Unit.any()), termNumberInNewContext());
}

TEST(UnitContextTest, FreshAfterUseHasNoHistory) {
  ContextSupply Supply;
  UnitContext Unit(Supply);
  makeTerms(Unit.any());
  EXPECT_FALSE(Unit.hasFresh());
  EXPECT_EQ(nextTermNumber(Unit.fresh()), termNumberInNewContext());
}

TEST(UnitContextTest, RetiredContextIsReplacedByAFreshOne) {
  ContextSupply Supply;
  UnitContext Unit(Supply);
  for (int Round = 0; Round < 3; ++Round) {
    makeTerms(Unit.fresh());
    Unit.retire();
    EXPECT_TRUE(Unit.hasFresh());
    EXPECT_EQ(nextTermNumber(Unit.any()), termNumberInNewContext());
  }
}

TEST(UnitContextTest, AUnitOfOneSolverFunctionHasNothingMadeAhead) {
  ContextSupply Supply;
  UnitContext Unit(Supply);
  makeTerms(Unit.fresh());
  EXPECT_EQ(Supply.stock(), 0u);
  Unit.retire(); // its replacement is on its way, for the next function
  EXPECT_EQ(Supply.stock(), 1u);
}

TEST(UnitContextTest, InARunTheNextContextIsMadeWhileOneServes) {
  ContextSupply Supply;
  UnitContext Unit(Supply);
  makeTerms(Unit.fresh());
  Unit.retire();
  for (int Round = 0; Round < 3; ++Round) {
    z3::context &Z = Unit.fresh();
    EXPECT_EQ(Supply.stock(), 1u) << "round " << Round;
    EXPECT_EQ(nextTermNumber(Z), termNumberInNewContext());
    makeTerms(Z);
    Unit.retire(); // no replacement: the one made ahead is it
    EXPECT_EQ(Supply.stock(), 1u) << "round " << Round;
  }
}

} // namespace
