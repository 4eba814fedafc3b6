//===- ContractParserFuzzer.cpp - libFuzzer target for the parser ---------===//
//
// Feeds arbitrary bytes to the contract parser in both dialects, and to the
// comment scanner, and traps on any broken invariant: an expression and an
// error at once, a range outside the input, a child outside its parent.
//
//===----------------------------------------------------------------------===//
#include "contract/CommentClauses.h"
#include "contract/Parser.h"

#include <cstddef>
#include <cstdint>
#include <string_view>

using namespace vouch;

namespace {

void checkTree(const ir::Expr &E, std::size_t Size) {
  if (E.Begin > E.End || E.End > Size)
    __builtin_trap();
  for (const ir::Expr &C : E.Children) {
    if (C.Begin < E.Begin || C.End > E.End)
      __builtin_trap();
    checkTree(C, Size);
  }
  (void)ir::render(E);
}

void checkParse(std::string_view Text, contract::Dialect D) {
  contract::ParseResult R = contract::parseExpression(Text, D);
  if (R.Expression.has_value() == !R.Errors.empty())
    __builtin_trap();
  for (const contract::ParseError &E : R.Errors)
    if (E.Begin > E.End || E.End > Text.size() || E.Message.empty())
      __builtin_trap();
  if (R.Expression)
    checkTree(*R.Expression, Text.size());
}

void checkComment(std::string_view Text) {
  contract::CommentScan Scan = contract::scanComment(Text);
  for (const contract::CommentClause &C : Scan.Clauses) {
    if (C.Offsets.size() != C.Text.size() + 1)
      __builtin_trap();
    for (unsigned Offset : C.Offsets)
      if (Offset > Text.size())
        __builtin_trap();
    checkParse(C.Text, C.ExprDialect);
  }
  for (const contract::CommentProblem &P : Scan.Problems)
    if (P.Offset > Text.size())
      __builtin_trap();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *Data, size_t Size) {
  std::string_view Text(reinterpret_cast<const char *>(Data), Size);
  checkParse(Text, contract::Dialect::Cxx);
  checkParse(Text, contract::Dialect::Acsl);
  for (std::string_view Opener : {"/// ", "/** ", "//@ ", "/*@ "}) {
    std::string Comment(Opener);
    Comment += Text;
    if (Opener[1] == '*')
      Comment += " */";
    checkComment(Comment);
  }
  return 0;
}
