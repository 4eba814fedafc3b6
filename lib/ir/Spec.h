//===- Spec.h - The spec IR: functions, classes and their clauses -*- C++ -*-=//
//
// The spec IR is what `vouch extract` prints and what the verifier consumes.
// It is plain data, independent of Clang, so that people and programs can
// read, diff and generate it. Its YAML/JSON schema is documented in
// docs/spec-ir.md; bump SchemaVersion when the shape changes.
//
//===----------------------------------------------------------------------===//
#ifndef VOUCH_IR_SPEC_H
#define VOUCH_IR_SPEC_H

#include "ir/Expr.h"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace vouch::ir {

inline constexpr int SchemaVersion = 1;

enum class ClauseKind {
  Precondition,
  Postcondition,
  Invariant,     // class invariant
  LoopInvariant, // attached to the loop at the clause's LoopLocation
  Assertion,     // in-body obligation at its program point
  Assumption,    // in-body assumption at its program point
};

/// The carrier a clause was written in.
enum class Origin {
  DocComment,     // \pre, @pre, Precondition: ...
  Acsl,           // /*@ requires ...; */, //@ loop invariant ...;
  Assert,         // assert(e)
  GslExpects,     // Expects(e)
  GslEnsures,     // Ensures(e)
  VerifierAssert, // __VERIFIER_assert(e)
  VerifierAssume, // __VERIFIER_assume(e)
};

/// How far the clause got through the front end.
enum class ClauseStatus {
  Formal,      // parsed and resolved: Expression is set and typed
  Invalid,     // meant as code but wrong: Diagnostic says why
  Unsupported, // well-formed but outside what vouch models: Diagnostic says
  Informal,    // prose in a doc comment, for people: kept, not checked
};

struct Location {
  std::string File;
  unsigned Line = 0;
  unsigned Column = 0;
  bool operator==(const Location &) const = default;
};

struct Clause {
  ClauseKind Kind = ClauseKind::Precondition;
  Origin From = Origin::DocComment;
  ClauseStatus Status = ClauseStatus::Formal;
  std::string Text; // the expression as written, decorations removed
  Location Loc;     // where Text starts
  std::optional<Location> Scope; // the loop, for loop invariants
  std::optional<Expr> Expression;
  std::string Diagnostic; // why the clause is Invalid or Unsupported
  bool operator==(const Clause &) const = default;
};

enum class FunctionKind {
  Function,
  Method,
  Constructor,
  Destructor,
  Conversion,
};

struct FunctionSpec {
  std::string QualifiedName; // e.g. "ring::Buffer::push"
  std::string Signature;     // e.g. "bool (int, unsigned int)"
  FunctionKind Kind = FunctionKind::Function;
  bool IsTemplate = false;
  Location Loc; // the declaration that carries the first clause
  std::vector<Clause> Clauses;
  bool operator==(const FunctionSpec &) const = default;
};

struct ClassSpec {
  std::string QualifiedName;
  Location Loc;
  std::vector<Clause> Invariants;
  bool operator==(const ClassSpec &) const = default;
};

/// Everything extracted from one run, over any number of translation units.
struct SpecDocument {
  int Version = SchemaVersion;
  std::vector<FunctionSpec> Functions;
  std::vector<ClassSpec> Classes;
  bool operator==(const SpecDocument &) const = default;
};

std::string_view toString(ClauseKind Kind);
std::optional<ClauseKind> clauseKindFromString(std::string_view Text);
std::string_view toString(Origin From);
std::optional<Origin> originFromString(std::string_view Text);
std::string_view toString(ClauseStatus Status);
std::optional<ClauseStatus> clauseStatusFromString(std::string_view Text);
std::string_view toString(FunctionKind Kind);
std::optional<FunctionKind> functionKindFromString(std::string_view Text);

} // namespace vouch::ir

#endif // VOUCH_IR_SPEC_H
