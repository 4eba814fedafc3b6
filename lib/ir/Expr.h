//===- Expr.h - Contract expression trees in the spec IR -------*- C++ -*-===//
//
// The structured form of a contract clause. The contract parser produces an
// untyped tree; name resolution fills in `Type` and `Ref`. The tree is plain
// data so that it serializes to YAML/JSON and compares by value.
//
//===----------------------------------------------------------------------===//
#ifndef VOUCH_IR_EXPR_H
#define VOUCH_IR_EXPR_H

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace vouch::ir {

enum class ExprKind {
  IntLiteral,    // Value holds the spelling, e.g. "42u"
  BoolLiteral,   // Value is "true" or "false"
  CharLiteral,   // Value holds the spelling, e.g. "'a'"
  StringLiteral, // Value holds the spelling including quotes
  NullPtr,       // nullptr
  Name,          // Name holds a possibly qualified identifier, e.g. "ns::x"
  This,          // this
  Result,        // result / \result: the return value
  Old,           // old(e) / \old(e): one child, evaluated on entry
  Unary,         // Op is the operator; postfix ++/-- are "post++"/"post--"
  Binary,        // Op is the operator, including "==>" and "<==>"
  Conditional,   // three children: condition, then, else
  Call,          // child 0 is the callee, the rest are arguments
  Member,        // Op is "." or "->"; Name is the member; one child
  Index,         // two children: base and index
  Cast,          // Name holds the target type spelling; one child
};

/// What a resolved name denotes. Unresolved trees carry `None`.
enum class RefKind {
  None,
  Parameter,  // Index is the parameter's position
  Field,      // a non-static data member of *this (or of the object named)
  Local,      // a local variable (in-body carriers only)
  Global,     // a namespace-scope or static member variable
  Enumerator, // an enumeration constant
  Function,   // a free function (call target)
  Method,     // a member function (call target)
  Macro,      // an object-like macro, expanded in Children[0]
};

struct Ref {
  RefKind Kind = RefKind::None;
  std::string QualifiedName; // e.g. "Counter::size_", "Color::Red"
  int Index = -1;            // parameter position for RefKind::Parameter
  bool operator==(const Ref &) const = default;
};

struct Expr {
  ExprKind Kind = ExprKind::Name;
  std::string Op;    // operator spelling for Unary/Binary/Member
  std::string Name;  // identifier, member name or cast target type
  std::string Value; // literal spelling
  std::string Type;  // C++ type after resolution, e.g. "int"; empty before
  Ref Target;        // what a Name, Member or Call callee denotes
  std::vector<Expr> Children;
  // Half-open character range of this node inside the clause text.
  unsigned Begin = 0;
  unsigned End = 0;

  bool operator==(const Expr &) const = default;
};

std::string_view toString(ExprKind Kind);
std::optional<ExprKind> exprKindFromString(std::string_view Text);
std::string_view toString(RefKind Kind);
std::optional<RefKind> refKindFromString(std::string_view Text);

/// Renders the tree back to contract syntax, fully parenthesized where the
/// tree structure would otherwise be ambiguous. Used in messages and tests.
std::string render(const Expr &E);

} // namespace vouch::ir

#endif // VOUCH_IR_EXPR_H
