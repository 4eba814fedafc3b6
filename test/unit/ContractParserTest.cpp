#include "contract/Parser.h"

#include <gtest/gtest.h>

using namespace vouch;
using namespace vouch::contract;

namespace {

/// The parse, rendered fully parenthesized, or "error: <message>@<begin>".
std::string parsed(std::string_view Text, Dialect D = Dialect::Cxx) {
  ParseResult R = parseExpression(Text, D);
  if (!R.Expression) {
    if (R.Errors.empty())
      return "no expression and no error";
    return "error: " + R.Errors.front().Message + "@" +
           std::to_string(R.Errors.front().Begin);
  }
  if (!R.Errors.empty())
    return "expression and errors";
  return ir::render(*R.Expression);
}

ir::Expr tree(std::string_view Text, Dialect D = Dialect::Cxx) {
  ParseResult R = parseExpression(Text, D);
  EXPECT_TRUE(R.Expression.has_value()) << Text;
  return R.Expression ? *R.Expression : ir::Expr{};
}

ParseError error(std::string_view Text) {
  ParseResult R = parseExpression(Text);
  EXPECT_FALSE(R.Expression.has_value()) << Text;
  EXPECT_EQ(R.Errors.size(), 1u) << Text;
  return R.Errors.empty() ? ParseError{} : R.Errors.front();
}

/// Every node's range lies within its parent's.
void expectNested(const ir::Expr &E) {
  for (const ir::Expr &C : E.Children) {
    EXPECT_LE(E.Begin, C.Begin);
    EXPECT_GE(E.End, C.End);
    expectNested(C);
  }
}

} // namespace

TEST(ContractParser, MultiplicationBindsTighterThanAddition) {
  EXPECT_EQ(parsed("a + b * c"), "a + (b * c)");
  EXPECT_EQ(parsed("a * b + c"), "(a * b) + c");
}

TEST(ContractParser, AdditionIsLeftAssociative) {
  EXPECT_EQ(parsed("a - b - c"), "(a - b) - c");
}

TEST(ContractParser, ShiftBelowAdditionAboveRelational) {
  EXPECT_EQ(parsed("a << b + c < d"), "(a << (b + c)) < d");
}

TEST(ContractParser, RelationalAboveEquality) {
  EXPECT_EQ(parsed("a < b == c > d"), "(a < b) == (c > d)");
}

TEST(ContractParser, BitwiseLevels) {
  EXPECT_EQ(parsed("a | b ^ c & d"), "a | (b ^ (c & d))");
  EXPECT_EQ(parsed("a & b == c"), "a & (b == c)");
}

TEST(ContractParser, LogicalLevels) {
  EXPECT_EQ(parsed("a || b && c"), "a || (b && c)");
  EXPECT_EQ(parsed("a && b | c"), "a && (b | c)");
}

TEST(ContractParser, ConditionalIsRightAssociative) {
  EXPECT_EQ(parsed("a ? b : c ? d : e"), "a ? b : (c ? d : e)");
  EXPECT_EQ(parsed("a || b ? c : d"), "(a || b) ? c : d");
}

TEST(ContractParser, ImplicationIsRightAssociativeAndBelowOr) {
  EXPECT_EQ(parsed("a ==> b ==> c"), "a ==> (b ==> c)");
  EXPECT_EQ(parsed("a || b ==> c && d"), "(a || b) ==> (c && d)");
}

TEST(ContractParser, EquivalenceIsLowest) {
  EXPECT_EQ(parsed("a ==> b <==> c"), "(a ==> b) <==> c");
  EXPECT_EQ(parsed("a <==> b <==> c"), "(a <==> b) <==> c");
}

TEST(ContractParser, ImplicationBelowConditional) {
  EXPECT_EQ(parsed("a ? b : c ==> d"), "(a ? b : c) ==> d");
}

TEST(ContractParser, UnaryOperators) {
  EXPECT_EQ(parsed("!a && -b < ~c"), "(!a) && ((-b) < (~c))");
  EXPECT_EQ(parsed("*p + &x"), "(*p) + (&x)");
  EXPECT_EQ(parsed("!!x"), "!(!x)");
}

TEST(ContractParser, IncrementsParseForLaterRejection) {
  ir::Expr Pre = tree("++x");
  EXPECT_EQ(Pre.Kind, ir::ExprKind::Unary);
  EXPECT_EQ(Pre.Op, "++");
  ir::Expr Post = tree("x--");
  EXPECT_EQ(Post.Op, "post--");
}

TEST(ContractParser, AssignmentsParseForLaterRejection) {
  ir::Expr E = tree("x = y + 1");
  EXPECT_EQ(E.Kind, ir::ExprKind::Binary);
  EXPECT_EQ(E.Op, "=");
  EXPECT_EQ(tree("x <<= 2").Op, "<<=");
  EXPECT_EQ(parsed("a = b = c"), "a = (b = c)");
}

TEST(ContractParser, PostfixChain) {
  EXPECT_EQ(parsed("f(a, b)[2].x->y"), "f(a, b)[2].x->y");
  ir::Expr E = tree("v.size()");
  EXPECT_EQ(E.Kind, ir::ExprKind::Call);
  ASSERT_EQ(E.Children.size(), 1u);
  EXPECT_EQ(E.Children[0].Kind, ir::ExprKind::Member);
  EXPECT_EQ(E.Children[0].Name, "size");
  EXPECT_EQ(E.Children[0].Op, ".");
}

TEST(ContractParser, CallArguments) {
  ir::Expr E = tree("max(a, b + 1, c)");
  ASSERT_EQ(E.Children.size(), 4u);
  EXPECT_EQ(E.Children[0].Name, "max");
  EXPECT_EQ(ir::render(E.Children[2]), "b + 1");
  EXPECT_EQ(tree("f()").Children.size(), 1u);
}

TEST(ContractParser, ResultForms) {
  EXPECT_EQ(tree("\\result").Kind, ir::ExprKind::Result);
  ir::Expr Bare = tree("result");
  EXPECT_EQ(Bare.Kind, ir::ExprKind::Name);
  EXPECT_EQ(Bare.Name, "result");
}

TEST(ContractParser, OldForms) {
  ir::Expr E = tree("\\old(x + 1)");
  EXPECT_EQ(E.Kind, ir::ExprKind::Old);
  ASSERT_EQ(E.Children.size(), 1u);
  EXPECT_EQ(ir::render(E.Children[0]), "x + 1");
  ir::Expr Bare = tree("old(x)");
  EXPECT_EQ(Bare.Kind, ir::ExprKind::Call);
  EXPECT_EQ(Bare.Children[0].Name, "old");
}

TEST(ContractParser, QualifiedNames) {
  EXPECT_EQ(tree("ns::inner::x").Name, "ns::inner::x");
  EXPECT_EQ(tree("::g").Name, "::g");
  EXPECT_EQ(tree("Color::Red").Kind, ir::ExprKind::Name);
}

TEST(ContractParser, NumericLimitsTemplate) {
  ir::Expr E = tree("x < std::numeric_limits<int>::max()");
  ASSERT_EQ(E.Children.size(), 2u);
  EXPECT_EQ(E.Children[1].Kind, ir::ExprKind::Call);
  EXPECT_EQ(E.Children[1].Children[0].Name, "std::numeric_limits<int>::max");
  EXPECT_EQ(tree("std::numeric_limits<unsigned long>::max()").Children[0].Name,
            "std::numeric_limits<unsigned long>::max");
}

TEST(ContractParser, LessThanIsNotTemplateArguments) {
  EXPECT_EQ(parsed("a < b && c > d"), "(a < b) && (c > d)");
  // Read as two relations, which do not chain.
  EXPECT_EQ(parsed("a < b > c"),
            "error: comparisons do not chain in C++: 'a < b > c' means "
            "'(a < b) > c'; write 'a < b && b > c'@0");
}

TEST(ContractParser, NamedAndCStyleCasts) {
  ir::Expr S = tree("static_cast<long>(x)");
  EXPECT_EQ(S.Kind, ir::ExprKind::Cast);
  EXPECT_EQ(S.Name, "long");
  EXPECT_EQ(S.Op, "static_cast");
  ir::Expr C = tree("(unsigned long)x");
  EXPECT_EQ(C.Kind, ir::ExprKind::Cast);
  EXPECT_EQ(C.Name, "unsigned long");
  EXPECT_EQ(tree("(std::size_t)n").Name, "std::size_t");
  EXPECT_EQ(tree("int(c)").Name, "int");
}

TEST(ContractParser, ParenthesizedNameIsNotACast) {
  EXPECT_EQ(parsed("(x) - 1"), "x - 1");
  EXPECT_EQ(tree("(x)").Kind, ir::ExprKind::Name);
}

TEST(ContractParser, Literals) {
  ir::Expr E = tree("0x1Fu + 10'000ll + 0b101 + 017");
  EXPECT_EQ(ir::render(E), "((0x1Fu + 10'000ll) + 0b101) + 017");
  EXPECT_EQ(tree("'a'").Kind, ir::ExprKind::CharLiteral);
  EXPECT_EQ(tree("'\\n'").Value, "'\\n'");
  EXPECT_EQ(tree("\"text\"").Kind, ir::ExprKind::StringLiteral);
  EXPECT_EQ(tree("true").Kind, ir::ExprKind::BoolLiteral);
  EXPECT_EQ(tree("nullptr").Kind, ir::ExprKind::NullPtr);
  EXPECT_EQ(tree("this").Kind, ir::ExprKind::This);
}

TEST(ContractParser, AcslChainsRelations) {
  EXPECT_EQ(parsed("0 <= i < n", Dialect::Acsl), "(0 <= i) && (i < n)");
  EXPECT_EQ(parsed("a < b <= c < d", Dialect::Acsl),
            "((a < b) && (b <= c)) && (c < d)");
  EXPECT_EQ(parsed("a < b && c", Dialect::Acsl), "(a < b) && c");
  EXPECT_EQ(parsed("x + 1 < y == z", Dialect::Acsl), "((x + 1) < y) == z");
}

TEST(ContractParser, CxxRefusesABareChainOfRelations) {
  EXPECT_EQ(parsed("0 <= i < n"),
            "error: comparisons do not chain in C++: '0 <= i < n' means "
            "'(0 <= i) < n'; write '0 <= i && i < n'@0");
  EXPECT_EQ(parsed("x && a < b * 2 > c"),
            "error: comparisons do not chain in C++: 'a < b * 2 > c' means "
            "'(a < b * 2) > c'; write 'a < b * 2 && b * 2 > c'@5");
}

TEST(ContractParser, CxxKeepsCxxRelationsWrittenAsSuch) {
  EXPECT_EQ(parsed("(0 <= i) < n"), "(0 <= i) < n");
  EXPECT_EQ(parsed("a < b == c < d"), "(a < b) == (c < d)");
  EXPECT_EQ(parsed("a < (b < c)"), "a < (b < c)");
}

TEST(ContractParser, RangesCoverTheText) {
  ir::Expr E = tree("a + bc * d");
  EXPECT_EQ(E.Begin, 0u);
  EXPECT_EQ(E.End, 10u);
  EXPECT_EQ(E.Children[1].Begin, 4u);
  EXPECT_EQ(E.Children[1].Children[0].Begin, 4u);
  EXPECT_EQ(E.Children[1].Children[0].End, 6u);
  expectNested(E);
  ir::Expr Call = tree("  f(x)  ");
  EXPECT_EQ(Call.Begin, 2u);
  EXPECT_EQ(Call.End, 6u);
}

TEST(ContractParser, ParenthesizedRangeIsTheInnerExpression) {
  ir::Expr E = tree("(a)");
  EXPECT_EQ(E.Begin, 1u);
  EXPECT_EQ(E.End, 2u);
}

TEST(ContractParser, EmptyText) {
  EXPECT_EQ(error("").Message, "empty contract expression");
  EXPECT_EQ(error("   ").Message, "empty contract expression");
}

TEST(ContractParser, MissingOperand) {
  ParseError E = error("x >");
  EXPECT_EQ(E.Message, "expected expression after '>'");
  EXPECT_EQ(E.Begin, 3u);
  EXPECT_EQ(error("a && ").Message, "expected expression after '&&'");
  EXPECT_EQ(error("* ").Message, "expected expression after '*'");
}

TEST(ContractParser, UnbalancedParenthesis) {
  ParseError E = error("(a + b");
  EXPECT_EQ(E.Message, "expected ')' to match the '('");
  EXPECT_EQ(E.Begin, 6u);
  EXPECT_EQ(error("f(a, b").Message, "expected ')' to match the '('");
  EXPECT_EQ(error("a[1").Message, "expected ']' to match the '['");
}

TEST(ContractParser, TrailingTokens) {
  ParseError E = error("a b");
  EXPECT_EQ(E.Message, "unexpected 'b' after the expression");
  EXPECT_EQ(E.Begin, 2u);
  EXPECT_EQ(error("a )").Message, "unexpected ')' after the expression");
}

TEST(ContractParser, CommaIsRejected) {
  ParseError E = error("a, b");
  EXPECT_EQ(E.Message, "the comma operator is not allowed in contracts; "
                       "combine conditions with '&&'");
  EXPECT_EQ(E.Begin, 1u);
}

TEST(ContractParser, BadCharacter) {
  ParseError E = error("x $ y");
  EXPECT_EQ(E.Message, "unexpected character '$'");
  EXPECT_EQ(E.Begin, 2u);
  EXPECT_EQ(error(std::string_view("x \0", 3)).Message,
            "unexpected character '\\x00'");
}

TEST(ContractParser, UnterminatedLiterals) {
  EXPECT_EQ(error("\"abc").Message, "unterminated string literal");
  EXPECT_EQ(error("'a").Message, "unterminated character literal");
  EXPECT_EQ(error("''").Message, "empty character literal");
}

TEST(ContractParser, InvalidIntegerLiteral) {
  EXPECT_EQ(error("12abc").Message, "invalid integer literal '12abc'");
  EXPECT_EQ(error("0x").Message, "invalid integer literal '0x'");
  EXPECT_EQ(error("09").Message, "invalid integer literal '09'");
}

TEST(ContractParser, FloatingPointIsUnsupportedNotWrong) {
  ParseError E = error("x < 1.5");
  EXPECT_TRUE(E.Unsupported);
  EXPECT_EQ(E.Begin, 4u);
}

TEST(ContractParser, AcslLogicConstructsAreUnsupported) {
  ParseError E = error("\\forall int i; a[i] > 0");
  EXPECT_TRUE(E.Unsupported);
  EXPECT_EQ(E.Message, "ACSL construct '\\forall' is not supported yet");
  EXPECT_TRUE(error("\\valid(p)").Unsupported);
  EXPECT_TRUE(error("sizeof(x) > 0").Unsupported);
}

TEST(ContractParser, RealErrorsAreNotUnsupported) {
  EXPECT_FALSE(error("x >").Unsupported);
  EXPECT_FALSE(error("\"abc").Unsupported);
}

TEST(ContractParser, OldNeedsParentheses) {
  EXPECT_EQ(error("\\old x").Message, "expected '(' after '\\old'");
}

TEST(ContractParser, MemberNeedsAName) {
  EXPECT_EQ(error("a.").Message, "expected a member name after '.'");
  EXPECT_EQ(error("p->1").Message, "expected a member name after '->'");
}

TEST(ContractParser, DeepNestingIsAnErrorNotACrash) {
  std::string Deep(100000, '(');
  Deep += "x";
  ParseError E = error(Deep);
  EXPECT_EQ(E.Message, "expression nested too deeply");
  std::string Unary(100000, '!');
  EXPECT_EQ(error(Unary + "x").Message, "expression nested too deeply");
}

TEST(ContractParser, ModerateNestingIsFine) {
  std::string Text(50, '(');
  Text += "x";
  Text += std::string(50, ')');
  EXPECT_EQ(tree(Text).Kind, ir::ExprKind::Name);
}

TEST(ContractParser, GarbageNeverCrashes) {
  const char *Inputs[] = {"(((",
                          ")))",
                          "? :",
                          "a ? b",
                          "::",
                          "a::",
                          "a<b>::",
                          "<==>",
                          "==>",
                          "\\",
                          "'\\'",
                          "\"\\\"",
                          "0x'",
                          "1'",
                          "a..b",
                          "f(,)",
                          "static_cast<int>",
                          "(int)",
                          "[]"};
  for (const char *Input : Inputs) {
    ParseResult R = parseExpression(Input);
    EXPECT_NE(R.Expression.has_value(), !R.Errors.empty()) << Input;
  }
}

TEST(ContractParser, BackslashAtEndOfUnterminatedLiteral) {
  // Found by the fuzzer: the escape must not step past the end.
  ParseError E = error("'s[> 0 \\");
  EXPECT_EQ(E.Message, "unterminated character literal");
  EXPECT_LE(E.End, 8u);
}
