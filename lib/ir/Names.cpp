//===- Names.cpp - Stable spellings of the IR's enumerations -------------===//
//
// These spellings are part of the serialized schema (docs/spec-ir.md):
// changing one is a schema change.
//
//===----------------------------------------------------------------------===//
#include "ir/Spec.h"

#include <array>
#include <utility>

namespace vouch::ir {
namespace {

template <typename Enum, std::size_t N>
using NameTable = std::array<std::pair<Enum, std::string_view>, N>;

template <typename Enum, std::size_t N>
std::string_view nameOf(const NameTable<Enum, N> &Table, Enum Value) {
  for (const auto &[E, Name] : Table)
    if (E == Value)
      return Name;
  return "?";
}

template <typename Enum, std::size_t N>
std::optional<Enum> valueOf(const NameTable<Enum, N> &Table,
                            std::string_view Text) {
  for (const auto &[E, Name] : Table)
    if (Name == Text)
      return E;
  return std::nullopt;
}

constexpr NameTable<ExprKind, 16> ExprKinds{{
    {ExprKind::IntLiteral, "int"},
    {ExprKind::BoolLiteral, "bool"},
    {ExprKind::CharLiteral, "char"},
    {ExprKind::StringLiteral, "string"},
    {ExprKind::NullPtr, "nullptr"},
    {ExprKind::Name, "name"},
    {ExprKind::This, "this"},
    {ExprKind::Result, "result"},
    {ExprKind::Old, "old"},
    {ExprKind::Unary, "unary"},
    {ExprKind::Binary, "binary"},
    {ExprKind::Conditional, "conditional"},
    {ExprKind::Call, "call"},
    {ExprKind::Member, "member"},
    {ExprKind::Index, "index"},
    {ExprKind::Cast, "cast"},
}};

constexpr NameTable<RefKind, 9> RefKinds{{
    {RefKind::None, "none"},
    {RefKind::Parameter, "parameter"},
    {RefKind::Field, "field"},
    {RefKind::Local, "local"},
    {RefKind::Global, "global"},
    {RefKind::Enumerator, "enumerator"},
    {RefKind::Function, "function"},
    {RefKind::Method, "method"},
    {RefKind::Macro, "macro"},
}};

constexpr NameTable<ClauseKind, 6> ClauseKinds{{
    {ClauseKind::Precondition, "precondition"},
    {ClauseKind::Postcondition, "postcondition"},
    {ClauseKind::Invariant, "invariant"},
    {ClauseKind::LoopInvariant, "loop-invariant"},
    {ClauseKind::Assertion, "assertion"},
    {ClauseKind::Assumption, "assumption"},
}};

constexpr NameTable<Origin, 7> Origins{{
    {Origin::DocComment, "doc-comment"},
    {Origin::Acsl, "acsl"},
    {Origin::Assert, "assert"},
    {Origin::GslExpects, "gsl-expects"},
    {Origin::GslEnsures, "gsl-ensures"},
    {Origin::VerifierAssert, "verifier-assert"},
    {Origin::VerifierAssume, "verifier-assume"},
}};

constexpr NameTable<ClauseStatus, 4> Statuses{{
    {ClauseStatus::Formal, "formal"},
    {ClauseStatus::Invalid, "invalid"},
    {ClauseStatus::Unsupported, "unsupported"},
    {ClauseStatus::Informal, "informal"},
}};

constexpr NameTable<FunctionKind, 5> FunctionKinds{{
    {FunctionKind::Function, "function"},
    {FunctionKind::Method, "method"},
    {FunctionKind::Constructor, "constructor"},
    {FunctionKind::Destructor, "destructor"},
    {FunctionKind::Conversion, "conversion"},
}};

} // namespace

std::string_view toString(ExprKind K) { return nameOf(ExprKinds, K); }
std::optional<ExprKind> exprKindFromString(std::string_view T) {
  return valueOf(ExprKinds, T);
}
std::string_view toString(RefKind K) { return nameOf(RefKinds, K); }
std::optional<RefKind> refKindFromString(std::string_view T) {
  return valueOf(RefKinds, T);
}
std::string_view toString(ClauseKind K) { return nameOf(ClauseKinds, K); }
std::optional<ClauseKind> clauseKindFromString(std::string_view T) {
  return valueOf(ClauseKinds, T);
}
std::string_view toString(Origin O) { return nameOf(Origins, O); }
std::optional<Origin> originFromString(std::string_view T) {
  return valueOf(Origins, T);
}
std::string_view toString(ClauseStatus S) { return nameOf(Statuses, S); }
std::optional<ClauseStatus> clauseStatusFromString(std::string_view T) {
  return valueOf(Statuses, T);
}
std::string_view toString(FunctionKind K) { return nameOf(FunctionKinds, K); }
std::optional<FunctionKind> functionKindFromString(std::string_view T) {
  return valueOf(FunctionKinds, T);
}

} // namespace vouch::ir
