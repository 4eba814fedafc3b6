//===- Prose.cpp - Doc-comment clauses written for people -----------------===//
#include "contract/Prose.h"

#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/StringExtras.h"

#include <vector>

namespace vouch::contract {
namespace {

/// Words that may stand next to another word in an expression: alternative
/// operator spellings, and keywords before a type or an operand.
bool joinsWordsInCode(llvm::StringRef Word) {
  static const llvm::StringRef Joiners[] = {
      "and",      "or",       "not",      "bitand",   "bitor",  "xor",
      "compl",    "and_eq",   "or_eq",    "xor_eq",   "not_eq", "sizeof",
      "alignof",  "typeid",   "new",      "delete",   "const",  "volatile",
      "unsigned", "signed",   "short",    "long",     "int",    "char",
      "double",   "float",    "struct",   "class",    "enum",   "union",
      "typename", "decltype", "noexcept", "co_await", "integer"};
  return llvm::is_contained(Joiners, Word);
}

struct Token {
  llvm::StringRef Text;
  bool IsWord;
  bool BlankBefore;
};

std::vector<Token> tokens(llvm::StringRef Text) {
  std::vector<Token> Out;
  bool Blank = false;
  while (!Text.empty()) {
    char C = Text.front();
    if (llvm::isSpace(C)) {
      Blank = true;
      Text = Text.drop_front();
      continue;
    }
    std::size_t Length = 1;
    bool Word = llvm::isAlpha(C) || C == '_' || C == '\\';
    if (Word)
      while (Length < Text.size() &&
             (llvm::isAlnum(Text[Length]) || Text[Length] == '_'))
        ++Length;
    else if (llvm::isDigit(C))
      while (Length < Text.size() &&
             (llvm::isAlnum(Text[Length]) || Text[Length] == '.'))
        ++Length;
    Out.push_back({Text.take_front(Length), Word, Blank});
    Blank = false;
    Text = Text.drop_front(Length);
  }
  return Out;
}

} // namespace

bool looksLikeProse(llvm::StringRef Text) {
  std::vector<Token> Tokens = tokens(Text);
  // ACSL's quantifiers bind a typed name (`\forall integer i; ...`): code.
  if (llvm::any_of(Tokens, [](const Token &T) {
        return T.Text == "\\forall" || T.Text == "\\exists";
      }))
    return false;
  bool AnyOperator = false;
  for (std::size_t I = 0; I < Tokens.size(); ++I) {
    const Token &T = Tokens[I];
    if (!T.IsWord && !llvm::isDigit(T.Text.front()))
      AnyOperator = true;
    if (I == 0 || !T.IsWord || !T.BlankBefore)
      continue;
    const Token &Previous = Tokens[I - 1];
    if (Previous.IsWord && !Previous.Text.starts_with("\\") &&
        !joinsWordsInCode(Previous.Text) && !joinsWordsInCode(T.Text))
      return true;
  }
  return !AnyOperator;
}

} // namespace vouch::contract
