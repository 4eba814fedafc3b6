#include "ir/Spec.h"

#include <gtest/gtest.h>

using namespace vouch::ir;

TEST(IrNames, EveryClauseKindRoundTrips) {
  for (ClauseKind K :
       {ClauseKind::Precondition, ClauseKind::Postcondition,
        ClauseKind::Invariant, ClauseKind::LoopInvariant,
        ClauseKind::Assertion, ClauseKind::Assumption})
    EXPECT_EQ(clauseKindFromString(toString(K)), K) << toString(K);
}

TEST(IrNames, EveryOriginRoundTrips) {
  for (Origin O : {Origin::DocComment, Origin::Acsl, Origin::Assert,
                   Origin::GslExpects, Origin::GslEnsures,
                   Origin::VerifierAssert, Origin::VerifierAssume})
    EXPECT_EQ(originFromString(toString(O)), O) << toString(O);
}

TEST(IrNames, UnknownSpellingIsRejected) {
  EXPECT_FALSE(clauseKindFromString("pre"));
  EXPECT_FALSE(exprKindFromString(""));
  EXPECT_FALSE(refKindFromString("Parameter"));
}

TEST(IrRender, ParenthesizesNestedOperators) {
  Expr A{.Kind = ExprKind::Name, .Name = "a"};
  Expr B{.Kind = ExprKind::Name, .Name = "b"};
  Expr Sum{.Kind = ExprKind::Binary, .Op = "+", .Children = {A, B}};
  Expr Two{.Kind = ExprKind::IntLiteral, .Value = "2"};
  Expr Product{.Kind = ExprKind::Binary, .Op = "*", .Children = {Sum, Two}};
  EXPECT_EQ(render(Product), "(a + b) * 2");
  Expr Old{.Kind = ExprKind::Old, .Children = {A}};
  EXPECT_EQ(render(Old), "\\old(a)");
}
