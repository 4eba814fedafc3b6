//===- Lexer.cpp - Tokens of the contract-expression language -------------===//
#include "contract/Lexer.h"

#include <array>
#include <cctype>

namespace vouch::contract {
namespace {

bool isIdentStart(char C) {
  return std::isalpha(static_cast<unsigned char>(C)) || C == '_';
}
bool isIdentChar(char C) {
  return std::isalnum(static_cast<unsigned char>(C)) || C == '_';
}

// Longest first, so that `<==>` wins over `<=` and `==>` over `==`.
constexpr std::array<std::string_view, 49> Puncts{
    "<==>", "<<=", ">>=", "==>", "<=>", "->", "::", "++", "--", "<<",
    ">>",   "<=",  ">=",  "==",  "!=",  "&&", "||", "+=", "-=", "*=",
    "/=",   "%=",  "&=",  "|=",  "^=",  "+",  "-",  "*",  "/",  "%",
    "<",    ">",   "!",   "~",   "&",   "|",  "^",  "?",  ":",  "(",
    ")",    "[",   "]",   ".",   ",",   "=",  "{",  "}",  ";"};

class Scanner {
public:
  explicit Scanner(std::string_view In) : In(In) {}

  std::vector<Token> run() {
    std::vector<Token> Out;
    while (true) {
      while (Pos < In.size() &&
             std::isspace(static_cast<unsigned char>(In[Pos])))
        ++Pos;
      Token T = next();
      Out.push_back(T);
      if (T.Kind == TokenKind::End || T.Kind == TokenKind::Error)
        return Out;
    }
  }

private:
  Token make(TokenKind K, unsigned Begin, std::string Text = {}) {
    if (Text.empty() && K != TokenKind::Error && K != TokenKind::End)
      Text = std::string(In.substr(Begin, Pos - Begin));
    return {K, std::move(Text), Begin, static_cast<unsigned>(Pos), false};
  }

  Token error(unsigned Begin, std::string Message) {
    if (Pos == Begin)
      ++Pos;
    return make(TokenKind::Error, Begin, std::move(Message));
  }

  Token next() {
    unsigned Begin = static_cast<unsigned>(Pos);
    if (Pos >= In.size())
      return make(TokenKind::End, Begin);
    char C = In[Pos];
    if (isIdentStart(C) ||
        (C == '\\' && Pos + 1 < In.size() && isIdentStart(In[Pos + 1]))) {
      ++Pos;
      while (Pos < In.size() && isIdentChar(In[Pos]))
        ++Pos;
      // Encoding prefixes of literals: u8'a', L"x" ...
      if (Pos < In.size() && (In[Pos] == '\'' || In[Pos] == '"')) {
        std::string_view Word = In.substr(Begin, Pos - Begin);
        if (Word == "u8" || Word == "u" || Word == "U" || Word == "L")
          return quoted(Begin, In[Pos]);
      }
      return make(TokenKind::Identifier, Begin);
    }
    if (std::isdigit(static_cast<unsigned char>(C)))
      return number(Begin);
    if (C == '\'' || C == '"')
      return quoted(Begin, C);
    for (std::string_view P : Puncts)
      if (In.substr(Pos, P.size()) == P) {
        Pos += P.size();
        return make(TokenKind::Punct, Begin);
      }
    std::string Shown = std::isprint(static_cast<unsigned char>(C))
                            ? std::string(1, C)
                            : "\\x" + hex(static_cast<unsigned char>(C));
    return error(Begin, "unexpected character '" + Shown + "'");
  }

  static std::string hex(unsigned char C) {
    const char *Digits = "0123456789abcdef";
    return {Digits[C >> 4], Digits[C & 15]};
  }

  Token number(unsigned Begin) {
    // A pp-number, as C++ lexes it; the resolver checks its value.
    while (Pos < In.size() && (isIdentChar(In[Pos]) ||
                               (In[Pos] == '\'' && Pos + 1 < In.size() &&
                                isIdentChar(In[Pos + 1])) ||
                               In[Pos] == '.'))
      ++Pos;
    std::string_view Text = In.substr(Begin, Pos - Begin);
    if (Text.find('.') != std::string_view::npos ||
        ((Text.find_first_of("eE") != std::string_view::npos) &&
         !(Text.size() > 1 && (Text[1] == 'x' || Text[1] == 'X')))) {
      Token T = make(TokenKind::Error, Begin,
                     "floating-point literal '" + std::string(Text) +
                         "' is not supported in contracts yet");
      T.Unsupported = true;
      return T;
    }
    if (!validInteger(Text))
      return make(TokenKind::Error, Begin,
                  "invalid integer literal '" + std::string(Text) + "'");
    return make(TokenKind::Integer, Begin);
  }

  static bool validInteger(std::string_view Text) {
    std::size_t I = 0;
    auto Digit = [](char C, unsigned Radix) {
      if (Radix == 16)
        return std::isxdigit(static_cast<unsigned char>(C)) != 0;
      return C >= '0' && C < static_cast<char>('0' + Radix);
    };
    unsigned Radix = 10;
    if (Text.size() > 1 && Text[0] == '0' &&
        (Text[1] == 'x' || Text[1] == 'X')) {
      Radix = 16;
      I = 2;
    } else if (Text.size() > 1 && Text[0] == '0' &&
               (Text[1] == 'b' || Text[1] == 'B')) {
      Radix = 2;
      I = 2;
    } else if (Text[0] == '0') {
      Radix = 8;
    }
    std::size_t DigitsBegin = I;
    while (I < Text.size() && (Digit(Text[I], Radix) || Text[I] == '\''))
      ++I;
    if (I == DigitsBegin && Radix != 8)
      return false;
    std::string_view Suffix = Text.substr(I);
    std::string Lower;
    for (char C : Suffix)
      Lower.push_back(
          static_cast<char>(std::tolower(static_cast<unsigned char>(C))));
    for (std::string_view Ok :
         {"", "u", "l", "ul", "lu", "ll", "ull", "llu", "z", "uz", "zu"})
      if (Lower == Ok)
        return Suffix != "lL" && Suffix != "Ll";
    return false;
  }

  Token quoted(unsigned Begin, char Quote) {
    ++Pos; // opening quote
    while (Pos < In.size() && In[Pos] != Quote) {
      // An escape takes the next character too, if there is one.
      if (In[Pos] == '\\' && Pos + 1 < In.size())
        ++Pos;
      ++Pos;
    }
    if (Pos >= In.size())
      return make(TokenKind::Error, Begin,
                  Quote == '"' ? "unterminated string literal"
                               : "unterminated character literal");
    ++Pos; // closing quote
    if (Quote == '\'' && Pos - Begin <= 2)
      return make(TokenKind::Error, Begin, "empty character literal");
    return make(Quote == '"' ? TokenKind::String : TokenKind::Char, Begin);
  }

  std::string_view In;
  std::size_t Pos = 0;
};

} // namespace

std::vector<Token> tokenize(std::string_view Input) {
  return Scanner(Input).run();
}

} // namespace vouch::contract
