#include "ir/Spec.h"

#include <gtest/gtest.h>

using namespace vouch::ir;

TEST(IrNames, EveryClauseKindRoundTrips) {
  for (ClauseKind K : {ClauseKind::Precondition, ClauseKind::Postcondition,
                       ClauseKind::Invariant, ClauseKind::LoopInvariant,
                       ClauseKind::Assertion, ClauseKind::Assumption})
    EXPECT_EQ(clauseKindFromString(toString(K)), K) << toString(K);
}

TEST(IrNames, EveryOriginRoundTrips) {
  for (Origin O :
       {Origin::DocComment, Origin::Acsl, Origin::Assert, Origin::GslExpects,
        Origin::GslEnsures, Origin::VerifierAssert, Origin::VerifierAssume})
    EXPECT_EQ(originFromString(toString(O)), O) << toString(O);
}

TEST(IrNames, UnknownSpellingIsRejected) {
  EXPECT_FALSE(clauseKindFromString("pre"));
  EXPECT_FALSE(exprKindFromString(""));
  EXPECT_FALSE(refKindFromString("Parameter"));
}

namespace {
Expr leaf(ExprKind Kind, std::string Text) {
  Expr E;
  E.Kind = Kind;
  (Kind == ExprKind::Name ? E.Name : E.Value) = std::move(Text);
  return E;
}
Expr apply(ExprKind Kind, std::string Op, std::vector<Expr> Children) {
  Expr E;
  E.Kind = Kind;
  E.Op = std::move(Op);
  E.Children = std::move(Children);
  return E;
}
} // namespace

TEST(IrRender, ParenthesizesNestedOperators) {
  Expr A = leaf(ExprKind::Name, "a"), B = leaf(ExprKind::Name, "b");
  Expr Sum = apply(ExprKind::Binary, "+", {A, B});
  Expr Product =
      apply(ExprKind::Binary, "*", {Sum, leaf(ExprKind::IntLiteral, "2")});
  EXPECT_EQ(render(Product), "(a + b) * 2");
  EXPECT_EQ(render(apply(ExprKind::Old, "", {A})), "\\old(a)");
  EXPECT_EQ(render(apply(ExprKind::Unary, "post++", {A})), "a++");
}
