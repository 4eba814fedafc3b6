//===- ContractIndexTest.cpp ----------------------------------------------===//
#include "verify/ContractIndex.h"

#include "DefinitionNamed.h"

#include "clang/Frontend/ASTUnit.h"
#include "clang/Tooling/Tooling.h"

#include "gtest/gtest.h"

using namespace clang;
using namespace vouch::verify;

namespace {

TEST(ContractIndexTest, TrimForgetsOnlyPastTheLimitAndExtractsAgain) {
  std::unique_ptr<ASTUnit> AST = tooling::buildASTFromCodeWithArgs(
      "/// \\pre a > 0\nint f(int a) { return a; }\n"
      "/// \\post \\result >= 0\nint g(int b) { return b * b; }\n",
      {"-std=c++17"}, "input.cpp");
  ASSERT_TRUE(AST);
  const FunctionDecl *F = vouch::test::definitionNamed(*AST, "f");
  const FunctionDecl *G = vouch::test::definitionNamed(*AST, "g");
  ASSERT_TRUE(F && G);
  ContractIndex Index(AST->getASTContext(), &AST->getPreprocessor());

  Index.of(F);
  Index.of(G);
  EXPECT_EQ(Index.held(), 2u);
  Index.trim(2); // not past the limit: kept
  EXPECT_EQ(Index.held(), 2u);

  Index.trim(1); // forgotten, and extracted again on demand
  EXPECT_EQ(Index.held(), 0u);
  const vouch::extract::FunctionContract &Again = Index.of(F);
  ASSERT_EQ(Again.Clauses.size(), 1u);
  EXPECT_EQ(Again.Clauses[0].Clause.Text, "a > 0");
  EXPECT_TRUE(isUsable(Again.Clauses[0]));
  ASSERT_EQ(Index.of(G).Clauses.size(), 1u);
  EXPECT_EQ(Index.of(G).Clauses[0].Clause.Text, "\\result >= 0");
}

} // namespace
