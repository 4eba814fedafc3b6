//===- CommentClauses.cpp - Find contract clauses in comment text ---------===//
#include "contract/CommentClauses.h"

#include <algorithm>
#include <array>
#include <cctype>

namespace vouch::contract {
namespace {

bool isBlank(char C) { return C == ' ' || C == '\t' || C == '\r'; }
bool isIdentChar(char C) {
  return std::isalnum(static_cast<unsigned char>(C)) || C == '_';
}

/// Comment text with its delimiters and per-line decorations removed. Every
/// character remembers its offset in the original comment(s).
struct StrippedText {
  std::string Text;
  std::vector<unsigned> Offsets; // one per character, plus one past the end

  void append(char C, unsigned Offset) {
    Text.push_back(C);
    Offsets.push_back(Offset);
  }
  void finish(unsigned EndOffset) { Offsets.push_back(EndOffset); }
};

/// Removes the leading decoration of a continuation line in a block comment:
/// blanks, then one '*' (Doxygen) or '@' (ACSL).
std::size_t skipDecoration(std::string_view Line, CommentStyle Style) {
  std::size_t I = 0;
  while (I < Line.size() && isBlank(Line[I]))
    ++I;
  char Mark = Style == CommentStyle::Acsl ? '@' : '*';
  if (I < Line.size() && Line[I] == Mark &&
      !(Mark == '*' && I + 1 < Line.size() && Line[I + 1] == '/'))
    return I + 1;
  return 0;
}

void appendComment(StrippedText &Out, std::string_view Raw, unsigned Base,
                   CommentStyle Style) {
  bool IsBlock = Raw.starts_with("/*");
  std::size_t Begin = 3;
  // `///<` and `//!<` document the previous declaration; never ours, but
  // the marker must not leak into clause text either.
  if (Begin < Raw.size() && Raw[Begin] == '<')
    ++Begin;
  std::size_t End = Raw.size();
  if (IsBlock && Raw.ends_with("*/") && End >= Begin + 2)
    End -= 2;
  bool FirstLine = true;
  std::size_t I = std::min(Begin, End);
  while (I <= End) {
    std::size_t LineEnd = Raw.find('\n', I);
    if (LineEnd == std::string_view::npos || LineEnd > End)
      LineEnd = End;
    std::string_view Line = Raw.substr(I, LineEnd - I);
    std::size_t Skip =
        (IsBlock && !FirstLine) ? skipDecoration(Line, Style) : 0;
    for (std::size_t J = Skip; J < Line.size(); ++J)
      Out.append(Line[J], Base + static_cast<unsigned>(I + J));
    Out.append('\n', Base + static_cast<unsigned>(LineEnd));
    FirstLine = false;
    if (LineEnd >= End)
      break;
    I = LineEnd + 1;
  }
}

/// A clause's text, trimmed, still carrying offsets.
struct Span {
  unsigned Begin = 0; // index into StrippedText
  unsigned End = 0;
};

Span trim(const StrippedText &S, Span Sp) {
  while (Sp.Begin < Sp.End &&
         std::isspace(static_cast<unsigned char>(S.Text[Sp.Begin])))
    ++Sp.Begin;
  while (Sp.End > Sp.Begin &&
         std::isspace(static_cast<unsigned char>(S.Text[Sp.End - 1])))
    --Sp.End;
  return Sp;
}

/// The length of a Doxygen inline command and the blanks after it at I
/// (`\c `, `@p `, `\a `, `\e `, `\b `, `\em `), or 0.
unsigned inlineMarkupAt(const std::string &Text, unsigned I, unsigned End) {
  if ((Text[I] != '\\' && Text[I] != '@') ||
      (I > 0 && !std::isspace(static_cast<unsigned char>(Text[I - 1])) &&
       Text[I - 1] != '(' && Text[I - 1] != '!'))
    return 0;
  for (std::string_view Cmd : {"em", "c", "p", "a", "e", "b"}) {
    unsigned After = I + 1 + static_cast<unsigned>(Cmd.size());
    if (After < End &&
        std::string_view(Text).substr(I + 1, Cmd.size()) == Cmd &&
        std::isspace(static_cast<unsigned char>(Text[After]))) {
      while (After < End &&
             std::isspace(static_cast<unsigned char>(Text[After])))
        ++After;
      return After - I;
    }
  }
  return 0;
}

CommentClause makeClause(const StrippedText &S, Span Sp, ir::ClauseKind Kind,
                         ir::Origin From, Dialect D, std::string Keyword,
                         unsigned KeywordIndex) {
  CommentClause C;
  C.Kind = Kind;
  C.From = From;
  C.ExprDialect = D;
  C.Keyword = std::move(Keyword);
  C.KeywordOffset = S.Offsets[KeywordIndex];
  for (unsigned I = Sp.Begin; I < Sp.End; ++I) {
    // Doxygen's inline markup (`\c size_`, `@p n`) is not part of the
    // expression: the command and its blank go, the word stays.
    if (From == ir::Origin::DocComment)
      if (unsigned Skip = inlineMarkupAt(S.Text, I, Sp.End)) {
        I += Skip - 1;
        continue;
      }
    // Line breaks inside a clause are just spacing in the expression.
    C.Text.push_back(S.Text[I] == '\n' ? ' ' : S.Text[I]);
    C.Offsets.push_back(S.Offsets[I]);
  }
  C.Offsets.push_back(Sp.End < S.Offsets.size() ? S.Offsets[Sp.End]
                                                : S.Offsets.back());
  return C;
}

//===----------------------------------------------------------------------===//
// Doc comments
//===----------------------------------------------------------------------===//

struct DocCommand {
  std::string_view Name;
  ir::ClauseKind Kind;
};
constexpr std::array<DocCommand, 3> ContractCommands{{
    {"pre", ir::ClauseKind::Precondition},
    {"post", ir::ClauseKind::Postcondition},
    {"invariant", ir::ClauseKind::Invariant},
}};

struct Label {
  std::string_view Text;
  ir::ClauseKind Kind;
};
constexpr std::array<Label, 3> ContractLabels{{
    {"Precondition:", ir::ClauseKind::Precondition},
    {"Postcondition:", ir::ClauseKind::Postcondition},
    {"Invariant:", ir::ClauseKind::Invariant},
}};

// Doxygen commands that start a new paragraph and so end a clause. Inline
// commands and the contract language's own `\result`/`\old` are absent.
constexpr std::array<std::string_view, 40> ParagraphCommands{
    "pre",     "post",       "invariant", "param",     "tparam",    "return",
    "returns", "retval",     "throws",    "throw",     "exception", "brief",
    "short",   "details",    "note",      "warning",   "see",       "sa",
    "since",   "deprecated", "todo",      "code",      "endcode",   "verbatim",
    "par",     "remark",     "remarks",   "attention", "author",    "version",
    "date",    "bug",        "test",      "example",   "li",        "arg",
    "copydoc", "details",    "overload",  "internal"};

/// If a Doxygen command starts at Text[I] (after `\` or `@`), its name.
std::string_view commandAt(const std::string &Text, std::size_t I) {
  if (I >= Text.size() || (Text[I] != '\\' && Text[I] != '@'))
    return {};
  if (I > 0 && !std::isspace(static_cast<unsigned char>(Text[I - 1])))
    return {};
  std::size_t J = I + 1;
  while (J < Text.size() && isIdentChar(Text[J]))
    ++J;
  if (J < Text.size() && !std::isspace(static_cast<unsigned char>(Text[J])))
    return {};
  return std::string_view(Text).substr(I + 1, J - I - 1);
}

bool isParagraphCommand(std::string_view Name) {
  return std::find(ParagraphCommands.begin(), ParagraphCommands.end(), Name) !=
         ParagraphCommands.end();
}

bool lineStartsAt(const std::string &Text, std::size_t I) {
  while (I > 0 && isBlank(Text[I - 1]))
    --I;
  return I == 0 || Text[I - 1] == '\n';
}

const Label *labelAt(const std::string &Text, std::size_t I) {
  if (!lineStartsAt(Text, I))
    return nullptr;
  for (const Label &L : ContractLabels)
    if (std::string_view(Text).substr(I).starts_with(L.Text))
      return &L;
  return nullptr;
}

bool blankLineAt(const std::string &Text, std::size_t I) {
  if (Text[I] != '\n')
    return false;
  std::size_t J = I + 1;
  while (J < Text.size() && isBlank(Text[J]))
    ++J;
  return J < Text.size() && Text[J] == '\n';
}

/// Where a clause that starts at Begin stops: a blank line, the next
/// paragraph command or contract label, or the end of the comment.
std::size_t clauseEnd(const std::string &Text, std::size_t Begin) {
  for (std::size_t I = Begin; I < Text.size(); ++I) {
    if (blankLineAt(Text, I))
      return I;
    std::string_view Cmd = commandAt(Text, I);
    if (!Cmd.empty() && isParagraphCommand(Cmd))
      return I;
    if (labelAt(Text, I))
      return I;
  }
  return Text.size();
}

/// Doc text may quote the expression in backticks (Markdown) and end the
/// sentence with a period; neither belongs to the expression. Quoted sets
/// whether words stand around the backticks.
Span unwrapProse(const StrippedText &S, Span Sp, bool &Quoted) {
  Sp = trim(S, Sp);
  Quoted = false;
  std::string_view Text(S.Text);
  std::size_t Open = Text.substr(Sp.Begin, Sp.End - Sp.Begin).find('`');
  if (Open != std::string_view::npos) {
    unsigned Begin = Sp.Begin + static_cast<unsigned>(Open) + 1;
    std::size_t Close = Text.substr(Begin, Sp.End - Begin).find('`');
    if (Close != std::string_view::npos) {
      Span Inner = trim(S, {Begin, Begin + static_cast<unsigned>(Close)});
      Quoted = Begin - 1 > Sp.Begin ||
               Begin + static_cast<unsigned>(Close) + 1 < Sp.End;
      return Inner;
    }
  }
  if (Sp.End > Sp.Begin && Text[Sp.End - 1] == '.')
    --Sp.End;
  return trim(S, Sp);
}

void scanDoc(const StrippedText &S, CommentScan &Out) {
  const std::string &Text = S.Text;
  std::size_t I = 0;
  while (I < Text.size()) {
    std::string_view Cmd = commandAt(Text, I);
    const DocCommand *Found = nullptr;
    for (const DocCommand &C : ContractCommands)
      if (Cmd == C.Name)
        Found = &C;
    const Label *L = Found ? nullptr : labelAt(Text, I);
    if (!Found && !L) {
      ++I;
      continue;
    }
    std::size_t KeywordLen = Found ? Cmd.size() + 1 : L->Text.size();
    std::string Keyword = Text.substr(I, KeywordLen);
    std::size_t Begin = I + KeywordLen;
    std::size_t End = clauseEnd(Text, Begin);
    bool Quoted;
    Span Sp = unwrapProse(
        S, {static_cast<unsigned>(Begin), static_cast<unsigned>(End)}, Quoted);
    if (Sp.Begin == Sp.End)
      Out.Problems.push_back(
          {S.Offsets[I], "'" + Keyword + "' has no expression"});
    else {
      Out.Clauses.push_back(makeClause(S, Sp, Found ? Found->Kind : L->Kind,
                                       ir::Origin::DocComment, Dialect::Cxx,
                                       Keyword, static_cast<unsigned>(I)));
      Out.Clauses.back().QuotedInProse = Quoted;
    }
    I = std::max(End, I + 1);
  }
}

//===----------------------------------------------------------------------===//
// ACSL annotations
//===----------------------------------------------------------------------===//

/// Splits at ';' outside parentheses, brackets, braces and literals.
std::vector<Span> splitStatements(const StrippedText &S, bool &Unterminated) {
  std::vector<Span> Statements;
  const std::string &Text = S.Text;
  int Depth = 0;
  char Quote = 0;
  unsigned Begin = 0;
  // `\forall int i; P` and `\let x = e; P` own the next ';'.
  unsigned BinderSemicolons = 0;
  for (unsigned I = 0; I < Text.size(); ++I) {
    char C = Text[I];
    if (!Quote && C == '\\') {
      std::string_view Rest = std::string_view(Text).substr(I);
      for (std::string_view Binder : {"\\forall", "\\exists", "\\let"})
        if (Rest.starts_with(Binder) &&
            (Rest.size() == Binder.size() || !isIdentChar(Rest[Binder.size()])))
          ++BinderSemicolons;
    }
    if (Quote) {
      if (C == '\\')
        ++I;
      else if (C == Quote)
        Quote = 0;
      continue;
    }
    if (C == '\'' || C == '"')
      Quote = C;
    else if (C == '(' || C == '[' || C == '{')
      ++Depth;
    else if ((C == ')' || C == ']' || C == '}') && Depth > 0)
      --Depth;
    else if (C == ';' && Depth == 0 && BinderSemicolons > 0)
      --BinderSemicolons;
    else if (C == ';' && Depth == 0) {
      Statements.push_back({Begin, I});
      Begin = I + 1;
    }
  }
  Span Rest = trim(S, {Begin, static_cast<unsigned>(Text.size())});
  Unterminated = Rest.Begin != Rest.End;
  if (Unterminated)
    Statements.push_back(Rest);
  return Statements;
}

struct AcslKeyword {
  std::string_view Words; // space-separated, matched word by word
  ir::ClauseKind Kind;
};
constexpr std::array<AcslKeyword, 5> AcslContractKeywords{{
    {"loop invariant", ir::ClauseKind::LoopInvariant},
    {"requires", ir::ClauseKind::Precondition},
    {"ensures", ir::ClauseKind::Postcondition},
    {"assert", ir::ClauseKind::Assertion},
    {"invariant", ir::ClauseKind::LoopInvariant},
}};

// Well-formed ACSL that vouch keeps in the IR but does not check yet.
constexpr std::array<std::string_view, 22> AcslUnsupportedKeywords{
    "loop assigns", "loop variant", "loop allocates", "loop frees", "assigns",
    "decreases",    "terminates",   "allocates",      "frees",      "exits",
    "breaks",       "continues",    "returns",        "assumes",    "complete",
    "disjoint",     "global",       "type",           "predicate",  "logic",
    "lemma",        "ghost"};

/// Matches space-separated Words at Text[I] (any run of blanks between
/// words); returns the index after the last word, or 0.
std::size_t matchWords(const std::string &Text, std::size_t I,
                       std::string_view Words) {
  std::size_t W = 0;
  while (W < Words.size()) {
    std::size_t WEnd = Words.find(' ', W);
    if (WEnd == std::string_view::npos)
      WEnd = Words.size();
    std::string_view Word = Words.substr(W, WEnd - W);
    if (std::string_view(Text).substr(I, Word.size()) != Word)
      return 0;
    I += Word.size();
    if (I < Text.size() && isIdentChar(Text[I]))
      return 0;
    W = WEnd + 1;
    if (W < Words.size()) {
      if (I >= Text.size() ||
          !std::isspace(static_cast<unsigned char>(Text[I])))
        return 0;
      while (I < Text.size() &&
             std::isspace(static_cast<unsigned char>(Text[I])))
        ++I;
    }
  }
  return I;
}

/// Skips ACSL's optional `check`/`admit` prefix and a `name:` label after
/// the keyword (`requires positive: x > 0;`).
std::size_t skipPrefix(const std::string &Text, std::size_t I) {
  for (std::string_view P : {"check", "admit"})
    if (std::size_t After = matchWords(Text, I, P)) {
      I = After;
      while (I < Text.size() &&
             std::isspace(static_cast<unsigned char>(Text[I])))
        ++I;
    }
  return I;
}

std::size_t skipLabel(const std::string &Text, std::size_t I) {
  std::size_t J = I;
  while (J < Text.size() && std::isspace(static_cast<unsigned char>(Text[J])))
    ++J;
  std::size_t NameBegin = J;
  while (J < Text.size() && isIdentChar(Text[J]))
    ++J;
  if (J == NameBegin ||
      std::isdigit(static_cast<unsigned char>(Text[NameBegin])))
    return I;
  std::size_t Colon = J;
  while (Colon < Text.size() && isBlank(Text[Colon]))
    ++Colon;
  if (Colon < Text.size() && Text[Colon] == ':' &&
      (Colon + 1 >= Text.size() || Text[Colon + 1] != ':'))
    return Colon + 1;
  return I;
}

void scanAcslStatement(const StrippedText &S, Span Sp, bool InBehavior,
                       CommentScan &Out) {
  const std::string &Text = S.Text;
  std::size_t Start = skipPrefix(Text, Sp.Begin);
  for (const AcslKeyword &K : AcslContractKeywords) {
    std::size_t After = matchWords(Text, Start, K.Words);
    if (!After || After > Sp.End)
      continue;
    Span Expr =
        trim(S, {static_cast<unsigned>(skipLabel(Text, After)), Sp.End});
    std::string Keyword(K.Words);
    if (Expr.Begin == Expr.End) {
      Out.Problems.push_back(
          {S.Offsets[Start], "ACSL '" + Keyword + "' has no expression"});
      return;
    }
    CommentClause C =
        makeClause(S, Expr, K.Kind, ir::Origin::Acsl, Dialect::Acsl, Keyword,
                   static_cast<unsigned>(Start));
    if (InBehavior)
      C.Unsupported = "clauses inside an ACSL behavior are not checked yet";
    Out.Clauses.push_back(std::move(C));
    return;
  }
  for (std::string_view K : AcslUnsupportedKeywords) {
    if (!matchWords(Text, Start, K))
      continue;
    Span Whole = trim(S, {static_cast<unsigned>(Start), Sp.End});
    CommentClause C =
        makeClause(S, Whole, ir::ClauseKind::Assertion, ir::Origin::Acsl,
                   Dialect::Acsl, std::string(K), static_cast<unsigned>(Start));
    C.Unsupported = "ACSL '" + std::string(K) + "' is not checked yet";
    Out.Clauses.push_back(std::move(C));
    return;
  }
  std::size_t WordEnd = Start;
  while (WordEnd < Sp.End && isIdentChar(Text[WordEnd]))
    ++WordEnd;
  std::string Word = Text.substr(Start, WordEnd - Start);
  Out.Problems.push_back(
      {S.Offsets[Start],
       (Word.empty() ? std::string("expected an ACSL clause")
                     : "unknown ACSL clause '" + Word + "'") +
           "; expected 'requires', 'ensures', 'assert' or 'loop invariant'"});
}

void scanAcsl(const StrippedText &S, CommentScan &Out) {
  bool Unterminated = false;
  std::vector<Span> Statements = splitStatements(S, Unterminated);
  bool InBehavior = false;
  for (std::size_t N = 0; N < Statements.size(); ++N) {
    Span Sp = trim(S, Statements[N]);
    if (Sp.Begin == Sp.End)
      continue;
    // `behavior b:` introduces clauses that hold only under its `assumes`.
    if (std::size_t After = matchWords(S.Text, Sp.Begin, "behavior")) {
      InBehavior = true;
      std::size_t Colon = S.Text.find(':', After);
      if (Colon != std::string::npos && Colon < Sp.End)
        Sp = trim(S, {static_cast<unsigned>(Colon + 1), Sp.End});
      if (Sp.Begin == Sp.End)
        continue;
    }
    scanAcslStatement(S, Sp, InBehavior, Out);
    if (Unterminated && N + 1 == Statements.size())
      Out.Problems.push_back(
          {S.Offsets[Sp.End], "expected ';' at the end of the ACSL clause"});
  }
}

} // namespace

CommentStyle classifyComment(std::string_view Raw) {
  // Doxygen's member-group markers `//@{`, `//@}`, `/*@{*/` are not ACSL.
  if (Raw.size() > 3 && (Raw[3] == '{' || Raw[3] == '}'))
    return CommentStyle::Plain;
  if (Raw.starts_with("//@") || Raw.starts_with("/*@"))
    return CommentStyle::Acsl;
  if (Raw.starts_with("/**/"))
    return CommentStyle::Plain;
  if (Raw.starts_with("///") && !Raw.starts_with("////"))
    return CommentStyle::Doc;
  if (Raw.starts_with("//!") || Raw.starts_with("/*!"))
    return CommentStyle::Doc;
  if (Raw.starts_with("/**") && !Raw.starts_with("/***"))
    return CommentStyle::Doc;
  return CommentStyle::Plain;
}

CommentScan scanCommentGroup(const std::vector<CommentLine> &Lines) {
  CommentScan Out;
  if (Lines.empty())
    return Out;
  CommentStyle Style = classifyComment(Lines.front().Text);
  if (Style == CommentStyle::Plain)
    return Out;
  StrippedText S;
  for (const CommentLine &L : Lines)
    appendComment(S, L.Text, L.Offset, Style);
  S.finish(Lines.back().Offset +
           static_cast<unsigned>(Lines.back().Text.size()));
  if (Style == CommentStyle::Doc)
    scanDoc(S, Out);
  else
    scanAcsl(S, Out);
  return Out;
}

CommentScan scanComment(std::string_view Raw) {
  return scanCommentGroup({CommentLine{Raw, 0}});
}

} // namespace vouch::contract
