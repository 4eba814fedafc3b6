//===- Parser.cpp - Parse contract expressions into the spec IR -----------===//
//
// Recursive descent with one function per C++ precedence level, and the two
// contract operators below them all. The first error stops parsing: one
// precise message is worth more than a cascade.
//
//===----------------------------------------------------------------------===//
#include "contract/Parser.h"

#include "contract/Lexer.h"

#include <array>
#include <optional>

namespace vouch::contract {
namespace {

constexpr unsigned MaxDepth = 256;

/// Binary operators from `||` up, by precedence (higher binds tighter).
int binaryPrecedence(const Token &T) {
  if (T.Kind != TokenKind::Punct)
    return -1;
  static constexpr std::array<std::pair<std::string_view, int>, 19> Table{{
      {"||", 1}, {"&&", 2},  {"|", 3},  {"^", 4},  {"&", 5},
      {"==", 6}, {"!=", 6},  {"<", 7},  {"<=", 7}, {">", 7},
      {">=", 7}, {"<=>", 8}, {"<<", 9}, {">>", 9}, {"+", 10},
      {"-", 10}, {"*", 11},  {"/", 11}, {"%", 11},
  }};
  for (const auto &[Op, Prec] : Table)
    if (T.Text == Op)
      return Prec;
  return -1;
}
constexpr int RelationalPrecedence = 7;

bool isAssignment(const Token &T) {
  static constexpr std::array<std::string_view, 11> Ops{
      "=", "+=", "-=", "*=", "/=", "%=", "<<=", ">>=", "&=", "|=", "^="};
  if (T.Kind != TokenKind::Punct)
    return false;
  for (std::string_view Op : Ops)
    if (T.Text == Op)
      return true;
  return false;
}

bool isBuiltinTypeWord(std::string_view W) {
  static constexpr std::array<std::string_view, 12> Words{
      "int",  "unsigned", "signed", "short", "long", "char",
      "bool", "float",    "double", "const", "void", "volatile"};
  for (std::string_view T : Words)
    if (W == T)
      return true;
  return false;
}

bool isFixedWidthTypedef(std::string_view W) {
  if (W.starts_with("std::"))
    W.remove_prefix(5);
  if (W == "size_t" || W == "ptrdiff_t" || W == "intptr_t" ||
      W == "uintptr_t" || W == "ssize_t")
    return true;
  for (std::string_view Prefix : {"int", "uint"})
    for (std::string_view Bits : {"8", "16", "32", "64"})
      if (W == std::string(Prefix) + std::string(Bits) + "_t")
        return true;
  return false;
}

class Parser {
public:
  Parser(std::string_view Text, Dialect D)
      : Text(Text), Tokens(tokenize(Text)), D(D) {}

  ParseResult run() {
    ParseResult R;
    if (Tokens.front().Kind == TokenKind::End) {
      R.Errors.push_back({0, 0, "empty contract expression", false});
      return R;
    }
    std::optional<ir::Expr> E = parseEquivalence();
    if (E && !Error && peek().Kind != TokenKind::End)
      unexpectedAfterExpression();
    if (Error) {
      R.Errors.push_back(*Error);
      return R;
    }
    R.Expression = std::move(E);
    return R;
  }

private:
  //===--------------------------------------------------------------------===//
  // Tokens and errors
  //===--------------------------------------------------------------------===//

  const Token &peek(std::size_t Ahead = 0) const {
    std::size_t I = std::min(Pos + Ahead, Tokens.size() - 1);
    return Tokens[I];
  }
  const Token &take() {
    const Token &T = peek();
    if (Pos < Tokens.size() - 1)
      ++Pos;
    return T;
  }
  bool accept(std::string_view Spelling) {
    if (!peek().is(Spelling) || peek().Kind != TokenKind::Punct)
      return false;
    take();
    return true;
  }

  std::nullopt_t fail(unsigned Begin, unsigned End, std::string Message,
                      bool Unsupported = false) {
    if (!Error)
      Error = ParseError{Begin, End, std::move(Message), Unsupported};
    return std::nullopt;
  }
  std::nullopt_t failAt(const Token &T, std::string Message,
                        bool Unsupported = false) {
    if (T.Kind == TokenKind::Error)
      return fail(T.Begin, T.End, T.Text, T.Unsupported);
    return fail(T.Begin, T.End, std::move(Message), Unsupported);
  }

  std::nullopt_t expectedExpression() {
    const Token &T = peek();
    if (T.Kind == TokenKind::Error)
      return failAt(T, T.Text);
    if (Pos > 0 && Tokens[Pos - 1].Kind == TokenKind::Punct &&
        Tokens[Pos - 1].Text != "(" && Tokens[Pos - 1].Text != ")")
      return failAt(T,
                    "expected expression after '" + Tokens[Pos - 1].Text + "'");
    return failAt(T, "expected expression");
  }

  void unexpectedAfterExpression() {
    const Token &T = peek();
    if (T.Kind == TokenKind::Error)
      failAt(T, T.Text);
    else if (T.is(","))
      failAt(T, "the comma operator is not allowed in contracts; combine "
                "conditions with '&&'");
    else
      failAt(T, "unexpected '" + T.Text + "' after the expression");
  }

  bool expect(std::string_view Spelling, const Token &Opening) {
    if (accept(Spelling))
      return true;
    const Token &T = peek();
    if (T.Kind == TokenKind::Error) {
      failAt(T, T.Text);
      return false;
    }
    std::string Message = "expected '" + std::string(Spelling) + "'";
    if (!Opening.Text.empty())
      Message += " to match the '" + Opening.Text + "'";
    failAt(T, Message);
    return false;
  }

  //===--------------------------------------------------------------------===//
  // Tree building
  //===--------------------------------------------------------------------===//

  static ir::Expr node(ir::ExprKind Kind, unsigned Begin, unsigned End) {
    ir::Expr E;
    E.Kind = Kind;
    E.Begin = Begin;
    E.End = End;
    return E;
  }
  static ir::Expr binary(std::string Op, ir::Expr L, ir::Expr R) {
    ir::Expr E = node(ir::ExprKind::Binary, L.Begin, R.End);
    E.Op = std::move(Op);
    E.Children.push_back(std::move(L));
    E.Children.push_back(std::move(R));
    return E;
  }

  /// Guards every recursive descent against stack exhaustion.
  struct DepthGuard {
    Parser &P;
    explicit DepthGuard(Parser &P) : P(P) { ++P.Depth; }
    ~DepthGuard() { --P.Depth; }
  };
  bool tooDeep() {
    if (Depth <= MaxDepth)
      return false;
    failAt(peek(), "expression nested too deeply");
    return true;
  }

  //===--------------------------------------------------------------------===//
  // Grammar, lowest precedence first
  //===--------------------------------------------------------------------===//

  std::optional<ir::Expr> parseEquivalence() {
    std::optional<ir::Expr> L = parseImplication();
    while (L && peek().is("<==>")) {
      take();
      std::optional<ir::Expr> R = parseImplication();
      if (!R)
        return R;
      L = binary("<==>", std::move(*L), std::move(*R));
    }
    return L;
  }

  std::optional<ir::Expr> parseImplication() {
    DepthGuard G(*this);
    if (tooDeep())
      return std::nullopt;
    std::optional<ir::Expr> L = parseAssignment();
    if (!L || !peek().is("==>"))
      return L;
    take();
    std::optional<ir::Expr> R = parseImplication(); // right-associative
    if (!R)
      return R;
    return binary("==>", std::move(*L), std::move(*R));
  }

  std::optional<ir::Expr> parseAssignment() {
    DepthGuard G(*this);
    if (tooDeep())
      return std::nullopt;
    std::optional<ir::Expr> L = parseConditional();
    if (!L || !isAssignment(peek()))
      return L;
    std::string Op = take().Text;
    std::optional<ir::Expr> R = parseAssignment();
    if (!R)
      return R;
    return binary(Op, std::move(*L), std::move(*R));
  }

  std::optional<ir::Expr> parseConditional() {
    DepthGuard G(*this);
    if (tooDeep())
      return std::nullopt;
    std::optional<ir::Expr> Cond = parseBinary(1);
    if (!Cond || !peek().is("?"))
      return Cond;
    const Token &Question = take();
    std::optional<ir::Expr> Then = parseAssignment();
    if (!Then)
      return Then;
    if (!expect(":", Question))
      return std::nullopt;
    std::optional<ir::Expr> Else = parseAssignment();
    if (!Else)
      return Else;
    ir::Expr E = node(ir::ExprKind::Conditional, Cond->Begin, Else->End);
    E.Children = {std::move(*Cond), std::move(*Then), std::move(*Else)};
    return E;
  }

  std::optional<ir::Expr> parseBinary(int MinPrec) {
    DepthGuard G(*this);
    if (tooDeep())
      return std::nullopt;
    std::optional<ir::Expr> L = parseUnary();
    // Whether L is a relation built by this loop, not one in parentheses.
    bool LIsBareRelation = false;
    while (L) {
      int Prec = binaryPrecedence(peek());
      if (Prec < MinPrec)
        break;
      if (Prec == RelationalPrecedence && D == Dialect::Acsl) {
        L = parseRelationalChain(std::move(*L));
        continue;
      }
      std::string Op = take().Text;
      std::optional<ir::Expr> R = parseBinary(Prec + 1);
      if (!R)
        return R;
      if (Prec == RelationalPrecedence && LIsBareRelation)
        return unchainedRelation(*L, Op, *R);
      LIsBareRelation = Prec == RelationalPrecedence;
      L = binary(Op, std::move(*L), std::move(*R));
    }
    return L;
  }

  /// `0 <= i < n` in a doc comment is C++, where it means `(0 <= i) < n`:
  /// a bool compared with n, true for every i once n > 1. Clang warns of
  /// it in code; a contract that reads as mathematics and checks something
  /// else is worse than none, so the clause is refused with the rewrite
  /// (written in parentheses, the C++ reading is accepted).
  std::nullopt_t unchainedRelation(const ir::Expr &First, const std::string &Op,
                                   const ir::Expr &Last) {
    auto Spelling = [&](const ir::Expr &E) {
      return std::string(Text.substr(E.Begin, E.End - E.Begin));
    };
    const ir::Expr &Middle = First.Children[1];
    std::string Chain(Text.substr(First.Begin, Last.End - First.Begin));
    return fail(First.Begin, Last.End,
                "comparisons do not chain in C++: '" + Chain + "' means '(" +
                    Spelling(First) + ") " + Op + " " + Spelling(Last) +
                    "'; write '" + Spelling(First) + " && " + Spelling(Middle) +
                    " " + Op + " " + Spelling(Last) + "'");
  }

  /// ACSL reads `a < b <= c` as `a < b && b <= c`. The chain's operands
  /// bind tighter than any relation, so it ends at a looser operator, where
  /// parseBinary continues.
  std::optional<ir::Expr> parseRelationalChain(ir::Expr First) {
    std::optional<ir::Expr> Chain;
    ir::Expr Left = std::move(First);
    while (binaryPrecedence(peek()) == RelationalPrecedence) {
      std::string Op = take().Text;
      std::optional<ir::Expr> Right = parseBinary(RelationalPrecedence + 1);
      if (!Right)
        return Right;
      ir::Expr Link = binary(Op, Left, *Right);
      Chain = Chain ? binary("&&", std::move(*Chain), std::move(Link))
                    : std::move(Link);
      Left = std::move(*Right);
    }
    return Chain;
  }

  std::optional<ir::Expr> parseUnary() {
    DepthGuard G(*this);
    if (tooDeep())
      return std::nullopt;
    const Token &T = peek();
    static constexpr std::array<std::string_view, 8> Prefix{
        "!", "~", "-", "+", "*", "&", "++", "--"};
    if (T.Kind == TokenKind::Punct)
      for (std::string_view Op : Prefix)
        if (T.Text == Op) {
          unsigned Begin = take().Begin;
          std::optional<ir::Expr> Operand = parseUnary();
          if (!Operand)
            return Operand;
          ir::Expr E = node(ir::ExprKind::Unary, Begin, Operand->End);
          E.Op = std::string(Op);
          E.Children.push_back(std::move(*Operand));
          return E;
        }
    if (T.Kind == TokenKind::Punct && T.Text == "(" && startsCStyleCast())
      return parseCStyleCast();
    return parsePostfix();
  }

  std::optional<ir::Expr> parsePostfix() {
    std::optional<ir::Expr> E = parsePrimary();
    while (E && !Error) {
      const Token &T = peek();
      if (T.Kind != TokenKind::Punct)
        break;
      if (T.Text == "(") {
        E = parseCallArguments(std::move(*E));
      } else if (T.Text == "[") {
        const Token &Open = take();
        std::optional<ir::Expr> Index = parseEquivalence();
        if (!Index)
          return Index;
        unsigned End = peek().End;
        if (!expect("]", Open))
          return std::nullopt;
        ir::Expr Sub = node(ir::ExprKind::Index, E->Begin, End);
        Sub.Children = {std::move(*E), std::move(*Index)};
        E = std::move(Sub);
      } else if (T.Text == "." || T.Text == "->") {
        std::string Op = take().Text;
        const Token &Name = peek();
        if (Name.Kind != TokenKind::Identifier || Name.Text.starts_with("\\"))
          return failAt(Name, "expected a member name after '" + Op + "'");
        take();
        ir::Expr M = node(ir::ExprKind::Member, E->Begin, Name.End);
        M.Op = Op;
        M.Name = Name.Text;
        M.Children.push_back(std::move(*E));
        E = std::move(M);
      } else if (T.Text == "++" || T.Text == "--") {
        const Token &Op = take();
        ir::Expr U = node(ir::ExprKind::Unary, E->Begin, Op.End);
        U.Op = "post" + Op.Text;
        U.Children.push_back(std::move(*E));
        E = std::move(U);
      } else {
        break;
      }
    }
    return E;
  }

  std::optional<ir::Expr> parseCallArguments(ir::Expr Callee) {
    const Token &Open = take();
    ir::Expr Call = node(ir::ExprKind::Call, Callee.Begin, Open.End);
    Call.Children.push_back(std::move(Callee));
    if (!peek().is(")")) {
      while (true) {
        std::optional<ir::Expr> Arg = parseEquivalence();
        if (!Arg)
          return Arg;
        Call.Children.push_back(std::move(*Arg));
        if (!accept(","))
          break;
      }
    }
    Call.End = peek().End;
    if (!expect(")", Open))
      return std::nullopt;
    return Call;
  }

  std::optional<ir::Expr> parsePrimary() {
    const Token &T = peek();
    switch (T.Kind) {
    case TokenKind::Integer:
    case TokenKind::Char:
    case TokenKind::String: {
      take();
      ir::Expr E =
          node(T.Kind == TokenKind::Integer ? ir::ExprKind::IntLiteral
               : T.Kind == TokenKind::Char  ? ir::ExprKind::CharLiteral
                                            : ir::ExprKind::StringLiteral,
               T.Begin, T.End);
      E.Value = T.Text;
      return E;
    }
    case TokenKind::Identifier:
      return parseIdentifier();
    case TokenKind::Punct:
      if (T.Text == "(")
        return parseParenthesized();
      if (T.Text == "::")
        return parseName();
      return expectedExpression();
    case TokenKind::Error:
      return failAt(T, T.Text);
    case TokenKind::End:
      return expectedExpression();
    }
    return expectedExpression();
  }

  std::optional<ir::Expr> parseParenthesized() {
    const Token &Open = take();
    std::optional<ir::Expr> Inner = parseEquivalence();
    if (!Inner)
      return Inner;
    if (!expect(")", Open))
      return std::nullopt;
    return Inner;
  }

  std::optional<ir::Expr> parseIdentifier() {
    const Token &T = peek();
    if (T.Text == "true" || T.Text == "false") {
      take();
      ir::Expr E = node(ir::ExprKind::BoolLiteral, T.Begin, T.End);
      E.Value = T.Text;
      return E;
    }
    if (T.Text == "nullptr") {
      take();
      return node(ir::ExprKind::NullPtr, T.Begin, T.End);
    }
    if (T.Text == "this") {
      take();
      return node(ir::ExprKind::This, T.Begin, T.End);
    }
    if (T.Text == "\\result") {
      take();
      return node(ir::ExprKind::Result, T.Begin, T.End);
    }
    if (T.Text == "\\old")
      return parseOld();
    if (T.Text.starts_with("\\"))
      return failAt(T, "ACSL construct '" + T.Text + "' is not supported yet",
                    /*Unsupported=*/true);
    if (T.Text == "static_cast" || T.Text == "const_cast" ||
        T.Text == "reinterpret_cast" || T.Text == "dynamic_cast")
      return parseNamedCast();
    if (T.Text == "sizeof" || T.Text == "alignof" || T.Text == "new" ||
        T.Text == "delete" || T.Text == "throw" || T.Text == "typeid")
      return failAt(T, "'" + T.Text + "' is not supported in contracts yet",
                    /*Unsupported=*/true);
    if (isBuiltinTypeWord(T.Text) && peek(1).is("("))
      return parseFunctionalCast();
    return parseName();
  }

  /// `( e )` at the current token, wrapped in a node of Kind that starts at
  /// Begin (the keyword or type before the parenthesis).
  std::optional<ir::Expr> parseWrappedOperand(ir::ExprKind Kind, unsigned Begin,
                                              std::string Op,
                                              std::string Name) {
    const Token &Open = take();
    std::optional<ir::Expr> Operand = parseEquivalence();
    if (!Operand)
      return Operand;
    unsigned End = peek().End;
    if (!expect(")", Open))
      return std::nullopt;
    ir::Expr E = node(Kind, Begin, End);
    E.Op = std::move(Op);
    E.Name = std::move(Name);
    E.Children.push_back(std::move(*Operand));
    return E;
  }

  std::optional<ir::Expr> parseOld() {
    const Token &Keyword = take();
    if (!peek().is("("))
      return failAt(peek(), "expected '(' after '\\old'");
    return parseWrappedOperand(ir::ExprKind::Old, Keyword.Begin, "", "");
  }

  /// `a::b::c`, `::g`, and `std::numeric_limits<int>::max`.
  std::optional<ir::Expr> parseName() {
    unsigned Begin = peek().Begin;
    std::string Name;
    if (accept("::"))
      Name = "::";
    while (true) {
      const Token &Part = peek();
      if (Part.Kind != TokenKind::Identifier || Part.Text.starts_with("\\"))
        return Name.empty() ? expectedExpression()
                            : failAt(Part, "expected a name after '::'");
      take();
      Name += Part.Text;
      std::size_t Save = Pos;
      if (peek().is("<")) {
        std::optional<std::string> Args = tryTemplateArguments();
        if (Args && peek().is("::"))
          Name += *Args;
        else
          Pos = Save;
      }
      if (!peek().is("::"))
        break;
      take();
      Name += "::";
    }
    ir::Expr E = node(ir::ExprKind::Name, Begin, Tokens[Pos - 1].End);
    E.Name = std::move(Name);
    return E;
  }

  /// `<int>`, `<unsigned long>`, `<std::size_t>`: names and builtin words
  /// only, so that an ordinary `<` never parses as template arguments.
  std::optional<std::string> tryTemplateArguments() {
    take(); // <
    std::string Out = "<";
    bool First = true;
    while (!peek().is(">")) {
      const Token &T = peek();
      if (T.Kind == TokenKind::Identifier && !T.Text.starts_with("\\")) {
        if (!First && Out.back() != ':' && Out.back() != '<' &&
            Out.back() != ',')
          Out += " ";
        Out += T.Text;
      } else if (T.is("::") || T.is(",") || T.is("*")) {
        Out += T.Text;
      } else {
        return std::nullopt;
      }
      First = false;
      take();
    }
    take(); // >
    return First ? std::nullopt : std::optional<std::string>(Out + ">");
  }

  /// A type spelled with builtin words, known typedefs and `*`.
  std::optional<std::string> parseTypeName() {
    std::string Type;
    while (true) {
      const Token &T = peek();
      bool Word = T.Kind == TokenKind::Identifier && !T.Text.starts_with("\\");
      if (Word && (isBuiltinTypeWord(T.Text) || isFixedWidthTypedef(T.Text) ||
                   T.Text == "std")) {
        if (!Type.empty() && !Type.ends_with("::"))
          Type += " ";
        Type += take().Text;
      } else if (T.is("::") && Type.ends_with("std")) {
        Type += take().Text;
      } else if (Word && Type.ends_with("::")) {
        Type += take().Text;
      } else if (T.is("*") && !Type.empty()) {
        Type += take().Text;
      } else {
        break;
      }
    }
    if (Type.empty() || Type.ends_with("::"))
      return std::nullopt;
    return Type;
  }

  /// `(int)x`: only when the parenthesized words form a builtin type, since
  /// `(x)` and `(x) - 1` must stay expressions.
  bool startsCStyleCast() {
    std::size_t Save = Pos;
    take(); // (
    const Token &First = peek();
    bool TypeStart =
        First.Kind == TokenKind::Identifier &&
        (isBuiltinTypeWord(First.Text) || isFixedWidthTypedef(First.Text) ||
         (First.Text == "std" && peek(1).is("::") &&
          isFixedWidthTypedef(peek(2).Text)));
    bool Result = false;
    if (TypeStart) {
      std::optional<std::string> Type = parseTypeName();
      Result = Type && peek().is(")");
    }
    Pos = Save;
    return Result;
  }

  std::optional<ir::Expr> parseCStyleCast() {
    const Token &Open = take();
    std::string Type = *parseTypeName();
    take(); // )
    std::optional<ir::Expr> Operand = parseUnary();
    if (!Operand)
      return Operand;
    ir::Expr E = node(ir::ExprKind::Cast, Open.Begin, Operand->End);
    E.Op = "c-style";
    E.Name = std::move(Type);
    E.Children.push_back(std::move(*Operand));
    return E;
  }

  std::optional<ir::Expr> parseFunctionalCast() {
    const Token &Type = take();
    return parseWrappedOperand(ir::ExprKind::Cast, Type.Begin, "functional",
                               Type.Text);
  }

  std::optional<ir::Expr> parseNamedCast() {
    const Token &Keyword = take();
    const Token &Less = peek();
    if (!Less.is("<"))
      return failAt(Less, "expected '<' after '" + Keyword.Text + "'");
    take();
    std::optional<std::string> Type = parseTypeName();
    if (!Type) {
      // Any other type: take its words as written; the resolver decides.
      std::string Words;
      while (peek().Kind == TokenKind::Identifier || peek().is("::") ||
             peek().is("*") || peek().is("&")) {
        if (!Words.empty() && peek().Kind == TokenKind::Identifier &&
            !Words.ends_with("::"))
          Words += " ";
        Words += take().Text;
      }
      if (Words.empty())
        return failAt(peek(), "expected a type in '" + Keyword.Text + "'");
      Type = Words;
    }
    if (!expect(">", Less))
      return std::nullopt;
    if (!peek().is("("))
      return failAt(peek(),
                    "expected '(' after '" + Keyword.Text + "<" + *Type + ">'");
    return parseWrappedOperand(ir::ExprKind::Cast, Keyword.Begin, Keyword.Text,
                               *Type);
  }

  std::string_view Text;
  std::vector<Token> Tokens;
  std::size_t Pos = 0;
  Dialect D;
  unsigned Depth = 0;
  std::optional<ParseError> Error;
};

} // namespace

ParseResult parseExpression(std::string_view Text, Dialect D) {
  return Parser(Text, D).run();
}

} // namespace vouch::contract
