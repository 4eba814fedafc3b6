#include "contract/CommentClauses.h"

#include <gtest/gtest.h>

using namespace vouch;
using namespace vouch::contract;

namespace {

CommentClause onlyClause(std::string_view Comment) {
  CommentScan Scan = scanComment(Comment);
  EXPECT_TRUE(Scan.Problems.empty())
      << (Scan.Problems.empty() ? "" : Scan.Problems.front().Message);
  EXPECT_EQ(Scan.Clauses.size(), 1u);
  return Scan.Clauses.empty() ? CommentClause{} : Scan.Clauses.front();
}

/// The comment text at each clause character, to check offsets.
std::string textAtOffsets(std::string_view Comment, const CommentClause &C) {
  std::string Out;
  for (std::size_t I = 0; I < C.Text.size(); ++I)
    Out.push_back(Comment[C.Offsets[I]] == '\n' ? ' ' : Comment[C.Offsets[I]]);
  return Out;
}

} // namespace

TEST(CommentStyle, Classifies) {
  EXPECT_EQ(classifyComment("/// x"), CommentStyle::Doc);
  EXPECT_EQ(classifyComment("//! x"), CommentStyle::Doc);
  EXPECT_EQ(classifyComment("/** x */"), CommentStyle::Doc);
  EXPECT_EQ(classifyComment("/*! x */"), CommentStyle::Doc);
  EXPECT_EQ(classifyComment("//@ requires x;"), CommentStyle::Acsl);
  EXPECT_EQ(classifyComment("/*@ requires x; */"), CommentStyle::Acsl);
  EXPECT_EQ(classifyComment("// x"), CommentStyle::Plain);
  EXPECT_EQ(classifyComment("/* x */"), CommentStyle::Plain);
  EXPECT_EQ(classifyComment("/**/"), CommentStyle::Plain);
  EXPECT_EQ(classifyComment("//// banner"), CommentStyle::Plain);
  EXPECT_EQ(classifyComment("/*** banner */"), CommentStyle::Plain);
}

TEST(DocComment, PreWithBackslash) {
  CommentClause C = onlyClause("/// \\pre x > 0");
  EXPECT_EQ(C.Kind, ir::ClauseKind::Precondition);
  EXPECT_EQ(C.From, ir::Origin::DocComment);
  EXPECT_EQ(C.Text, "x > 0");
  EXPECT_EQ(C.Keyword, "\\pre");
  EXPECT_EQ(C.Offsets.front(), 9u);
}

TEST(DocComment, AtCommandsAndPost) {
  CommentScan Scan = scanComment("/** @pre a != 0\n * @post result == 1 */");
  ASSERT_EQ(Scan.Clauses.size(), 2u);
  EXPECT_EQ(Scan.Clauses[0].Text, "a != 0");
  EXPECT_EQ(Scan.Clauses[1].Kind, ir::ClauseKind::Postcondition);
  EXPECT_EQ(Scan.Clauses[1].Text, "result == 1");
}

TEST(DocComment, ResultCommandDoesNotEndTheClause) {
  CommentClause C = onlyClause("/// \\post \\result >= 0");
  EXPECT_EQ(C.Text, "\\result >= 0");
}

TEST(DocComment, ClauseSpansLinesUntilBlankLine) {
  std::string_view Comment = "/**\n * \\pre a > 0 &&\n *      b > 0\n *\n * "
                             "Prose that is not part of it.\n */";
  CommentClause C = onlyClause(Comment);
  EXPECT_EQ(C.Text, "a > 0 &&       b > 0");
  EXPECT_EQ(textAtOffsets(Comment, C), C.Text);
}

TEST(DocComment, ParamCommandEndsTheClause) {
  // Each `///` line is its own comment; a run of them is one group.
  CommentScan Scan = scanCommentGroup(
      {{"/// \\pre n < 10", 0}, {"/// \\param n the count", 17}});
  ASSERT_EQ(Scan.Clauses.size(), 1u);
  EXPECT_EQ(Scan.Clauses[0].Text, "n < 10");
}

TEST(DocComment, LabelledFormWithBackticks) {
  std::string_view Comment = "/// Precondition: `count <= size_` always.";
  CommentClause C = onlyClause(Comment);
  EXPECT_EQ(C.Kind, ir::ClauseKind::Precondition);
  EXPECT_EQ(C.Text, "count <= size_");
  EXPECT_EQ(textAtOffsets(Comment, C), "count <= size_");
}

TEST(DocComment, LabelledPostconditionAndInvariant) {
  CommentScan Scan =
      scanComment("/**\n * Postcondition: x == 1\n * Invariant: y < 2\n */");
  ASSERT_EQ(Scan.Clauses.size(), 2u);
  EXPECT_EQ(Scan.Clauses[0].Kind, ir::ClauseKind::Postcondition);
  EXPECT_EQ(Scan.Clauses[0].Text, "x == 1");
  EXPECT_EQ(Scan.Clauses[1].Kind, ir::ClauseKind::Invariant);
  EXPECT_EQ(Scan.Clauses[1].Text, "y < 2");
}

TEST(DocComment, LabelMustStartALine) {
  CommentScan Scan = scanComment("/// The Precondition: x > 0 is informal.");
  EXPECT_TRUE(Scan.Clauses.empty());
}

TEST(DocComment, TrailingPeriodIsDropped) {
  EXPECT_EQ(onlyClause("/// \\pre x > 0.").Text, "x > 0");
}

TEST(DocComment, EmptyClauseIsAProblem) {
  CommentScan Scan = scanCommentGroup({{"/// \\pre", 0}, {"/// \\post x", 9}});
  ASSERT_EQ(Scan.Problems.size(), 1u);
  EXPECT_EQ(Scan.Problems[0].Message, "'\\pre' has no expression");
  EXPECT_EQ(Scan.Problems[0].Offset, 4u);
  ASSERT_EQ(Scan.Clauses.size(), 1u);
}

TEST(DocComment, CommandInsideAWordIsNotACommand) {
  EXPECT_TRUE(scanComment("/// see foo\\pre and a@post b").Clauses.empty());
}

TEST(DocComment, GroupOfLineComments) {
  std::string_view L1 = "/// \\pre a > 0";
  std::string_view L2 = "/// \\post result < a";
  CommentScan Scan = scanCommentGroup({{L1, 100}, {L2, 120}});
  ASSERT_EQ(Scan.Clauses.size(), 2u);
  EXPECT_EQ(Scan.Clauses[1].Offsets.front(), 120u + 10u);
}

TEST(Acsl, RequiresEnsures) {
  CommentScan Scan =
      scanComment("/*@ requires x > 0;\n    ensures \\result == x; */");
  ASSERT_EQ(Scan.Clauses.size(), 2u);
  EXPECT_EQ(Scan.Clauses[0].Kind, ir::ClauseKind::Precondition);
  EXPECT_EQ(Scan.Clauses[0].From, ir::Origin::Acsl);
  EXPECT_EQ(Scan.Clauses[0].ExprDialect, Dialect::Acsl);
  EXPECT_EQ(Scan.Clauses[0].Text, "x > 0");
  EXPECT_EQ(Scan.Clauses[1].Kind, ir::ClauseKind::Postcondition);
  EXPECT_EQ(Scan.Clauses[1].Text, "\\result == x");
}

TEST(Acsl, AtDecorationOnContinuationLines) {
  std::string_view Comment = "/*@\n  @ requires a < b;\n  @ ensures b > a;\n*/";
  CommentScan Scan = scanComment(Comment);
  ASSERT_EQ(Scan.Clauses.size(), 2u);
  EXPECT_EQ(Scan.Clauses[0].Text, "a < b");
  EXPECT_EQ(textAtOffsets(Comment, Scan.Clauses[0]), "a < b");
}

TEST(Acsl, LoopInvariantAndAssert) {
  CommentScan Scan = scanComment("//@ loop invariant 0 <= i <= n; assert n;");
  ASSERT_EQ(Scan.Clauses.size(), 2u);
  EXPECT_EQ(Scan.Clauses[0].Kind, ir::ClauseKind::LoopInvariant);
  EXPECT_EQ(Scan.Clauses[0].Keyword, "loop invariant");
  EXPECT_EQ(Scan.Clauses[0].Text, "0 <= i <= n");
  EXPECT_EQ(Scan.Clauses[1].Kind, ir::ClauseKind::Assertion);
}

TEST(Acsl, LabelsAndCheckPrefix) {
  CommentScan Scan = scanComment("//@ check requires positive: x > 0;");
  ASSERT_EQ(Scan.Clauses.size(), 1u);
  EXPECT_EQ(Scan.Clauses[0].Text, "x > 0");
}

TEST(Acsl, QualifiedNameIsNotALabel) {
  CommentClause C = onlyClause("//@ requires ns::x > 0;");
  EXPECT_EQ(C.Text, "ns::x > 0");
}

TEST(Acsl, SemicolonInsideParenthesesDoesNotSplit) {
  CommentClause C = onlyClause("//@ requires f(';') > 0;");
  EXPECT_EQ(C.Text, "f(';') > 0");
}

TEST(Acsl, MissingSemicolonIsAProblem) {
  CommentScan Scan = scanComment("//@ requires x > 0");
  ASSERT_EQ(Scan.Problems.size(), 1u);
  EXPECT_EQ(Scan.Problems[0].Message,
            "expected ';' at the end of the ACSL clause");
  ASSERT_EQ(Scan.Clauses.size(), 1u);
}

TEST(Acsl, UnknownKeywordIsAProblem) {
  CommentScan Scan = scanComment("//@ require x > 0;");
  ASSERT_EQ(Scan.Problems.size(), 1u);
  EXPECT_NE(Scan.Problems[0].Message.find("unknown ACSL clause 'require'"),
            std::string::npos);
  EXPECT_EQ(Scan.Problems[0].Offset, 4u);
}

TEST(Acsl, AssignsIsKeptAsUnsupported) {
  CommentClause C = onlyClause("//@ assigns \\nothing;");
  EXPECT_EQ(C.Unsupported, "ACSL 'assigns' is not checked yet");
}

TEST(Acsl, BehaviorClausesAreUnsupported) {
  CommentScan Scan = scanComment(
      "/*@ requires n >= 0;\n    behavior pos: assumes n > 0; ensures "
      "\\result > 0; */");
  ASSERT_EQ(Scan.Clauses.size(), 3u);
  EXPECT_TRUE(Scan.Clauses[0].Unsupported.empty());
  EXPECT_FALSE(Scan.Clauses[1].Unsupported.empty()); // assumes
  EXPECT_EQ(Scan.Clauses[2].Kind, ir::ClauseKind::Postcondition);
  EXPECT_FALSE(Scan.Clauses[2].Unsupported.empty());
}

TEST(Acsl, PlainCommentsHaveNoClauses) {
  EXPECT_TRUE(scanComment("// \\pre x > 0").Clauses.empty());
  EXPECT_TRUE(scanComment("/* requires x; */").Clauses.empty());
}

TEST(Acsl, QuantifierBinderDoesNotEndTheClause) {
  CommentScan Scan = scanComment(
      "//@ ensures \\forall integer i; 0 <= i < n ==> p[i] == 0; assigns "
      "\\nothing;");
  ASSERT_EQ(Scan.Clauses.size(), 2u);
  EXPECT_EQ(Scan.Clauses[0].Text,
            "\\forall integer i; 0 <= i < n ==> p[i] == 0");
  EXPECT_TRUE(Scan.Problems.empty());
}

TEST(CommentStyle, DoxygenMemberGroupsAreNotAcsl) {
  EXPECT_EQ(classifyComment("//@{"), CommentStyle::Plain);
  EXPECT_EQ(classifyComment("//@}"), CommentStyle::Plain);
  EXPECT_EQ(classifyComment("/*@{*/"), CommentStyle::Plain);
  EXPECT_EQ(classifyComment("/**@{*/"), CommentStyle::Doc);
}
