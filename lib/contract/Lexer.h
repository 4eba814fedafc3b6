//===- Lexer.h - Tokens of the contract-expression language ----*- C++ -*-===//
#ifndef VOUCH_CONTRACT_LEXER_H
#define VOUCH_CONTRACT_LEXER_H

#include <string>
#include <string_view>
#include <vector>

namespace vouch::contract {

enum class TokenKind {
  Identifier, // also `\result`, `\old` and other backslash words
  Integer,
  Char,
  String,
  Punct, // operators and punctuation, spelled in Text
  Error, // Text holds the message
  End,
};

struct Token {
  TokenKind Kind = TokenKind::End;
  std::string Text;
  unsigned Begin = 0;
  unsigned End = 0;
  /// For Error tokens: well-formed C++ that contracts do not model yet.
  bool Unsupported = false;

  bool is(std::string_view Spelling) const {
    return (Kind == TokenKind::Punct || Kind == TokenKind::Identifier) &&
           Text == Spelling;
  }
};

/// Splits Input into tokens; the last token is End, or Error at the first
/// character that starts no token.
std::vector<Token> tokenize(std::string_view Input);

} // namespace vouch::contract

#endif // VOUCH_CONTRACT_LEXER_H
