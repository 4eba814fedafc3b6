//===- Parser.h - Parse contract expressions into the spec IR --*- C++ -*-===//
//
// The contract-expression language (docs/contract-language.md): C++
// expressions with C++ precedence, plus `result`/`\result`, `old(e)`/`\old(e)`,
// `a ==> b` and `a <==> b` (lowest precedence). The parser knows no C++
// declarations: it produces an untyped tree whose names are resolved later
// (lib/extract). It never throws and never crashes, whatever the input.
//
//===----------------------------------------------------------------------===//
#ifndef VOUCH_CONTRACT_PARSER_H
#define VOUCH_CONTRACT_PARSER_H

#include "ir/Expr.h"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace vouch::contract {

enum class Dialect {
  Cxx,  // doc comments: C++ semantics; a bare `a < b < c` is refused
  Acsl, // ACSL comments: chained relations `a < b < c` mean `a<b && b<c`
};

/// A problem found while parsing, as a half-open character range inside the
/// parsed text and a message a user can act on.
struct ParseError {
  unsigned Begin = 0;
  unsigned End = 0;
  std::string Message;
  /// True when the text is well-formed in its dialect but uses a construct
  /// vouch does not model yet (e.g. ACSL's `\forall`); false for real errors.
  bool Unsupported = false;
};

struct ParseResult {
  std::optional<ir::Expr> Expression; // set iff Errors is empty
  std::vector<ParseError> Errors;
};

ParseResult parseExpression(std::string_view Text, Dialect D = Dialect::Cxx);

} // namespace vouch::contract

#endif // VOUCH_CONTRACT_PARSER_H
