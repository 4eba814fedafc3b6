//===- Obligation.h - Proof obligations and their verdicts ------*- C++ -*-===//
//
// What the symbolic executor asks the solver, and what the verifier answers.
// An obligation is a property that must hold whenever its program point is
// reached; its verdict is Proved, Violated (with a counterexample) or
// Unknown (with the reason), never anything in between.
//
//===----------------------------------------------------------------------===//
#ifndef VOUCH_VERIFY_OBLIGATION_H
#define VOUCH_VERIFY_OBLIGATION_H

#include "extract/Contract.h"
#include "verify/ReplayExpression.h"
#include "verify/Value.h"

#include "clang/Basic/SourceLocation.h"

#include <z3++.h>

#include <string>
#include <vector>

namespace vouch::verify {

enum class ObligationKind {
  Postcondition,
  Precondition, // of a callee, at the call site
  Assertion,
  ClassInvariant,
  LoopInvariant,
  UndefinedBehavior,
  Vacuity, // preconditions no input satisfies
};

enum class Verdict { Proved, Violated, Unknown };

/// A branch or loop decision made on the way, shown as a path note when the
/// counterexample takes it.
struct Decision {
  clang::SourceLocation Loc;
  z3::expr Reached;   // the path gets to the decision
  z3::expr Condition; // which way it goes
  std::string IfTrue, IfFalse;
};

struct Obligation {
  Obligation(const z3::expr &Guard, const z3::expr &Holds)
      : Guard(Guard), Holds(Holds) {}

  ObligationKind Kind = ObligationKind::Assertion;
  clang::SourceLocation Loc; // the program point
  std::string Subject;       // "postcondition 'result > 0'"
  std::string Violation;     // "postcondition 'result > 0' is violated"
  /// The clause as written, shown as a note; null for undefined behaviour.
  const extract::ExtractedClause *Clause = nullptr;
  std::string ClauseNote; // "postcondition written here"
  /// Identifies the obligation across loop iterations and analysis modes.
  std::string Key;
  z3::expr Guard; // the program point is reached
  z3::expr Holds; // the property
  /// Why an unsat answer is no proof (a loop cut short, unsupported code)
  /// and why a model is no counterexample (abstracted callees or loops).
  std::vector<std::string> NoProof, NoRefutation;
  std::size_t DecisionsBefore = 0;
  /// Unsupported code precedes it: no mode of analysis can decide it.
  bool AfterUnsupported = false;
  /// Inside a callee inlined at a call site: kept so that its definedness
  /// is assumed after it, but the callee's own verification reports it.
  bool InInlinedCallee = false;
  /// What the clause's own evaluation needs to be defined (a clause whose
  /// arithmetic overflows does not hold), to explain such failures.
  std::vector<DefinednessCheck> ClauseChecks;
  /// Abstract mode: the loop invariants assumed on the way here (keys of
  /// their obligations, with their loop); a proof stands only if those are
  /// proved. OwnLoop is the loop whose invariant this obligation checks.
  std::vector<std::pair<const clang::Stmt *, std::string>> ReliesOn;
  const clang::Stmt *OwnLoop = nullptr;
  /// The value returned on this path, for postconditions.
  std::optional<Value> Returned;
  clang::QualType ReturnedType;
  /// For callee preconditions: the callee.
  const clang::FunctionDecl *Callee = nullptr;
};

struct Note {
  clang::SourceLocation Loc;
  std::string Text;
};

struct InputValue {
  std::string Name;  // "x", "this->size_", "g"
  std::string Value; // in C++ syntax: "-2147483648", "true", "Color::Red"
};

/// The outcome of one obligation (all its instances across loop iterations
/// and modes), ready to be reported.
struct Finding {
  ObligationKind Kind = ObligationKind::Assertion;
  Verdict Result = Verdict::Unknown;
  clang::SourceLocation Loc;
  std::string Message; // the diagnostic's text
  std::string Reason;  // why Unknown
  std::string ClauseText;
  const extract::ExtractedClause *Clause = nullptr;
  std::vector<Note> Notes; // clause, counterexample, path: in order
  std::vector<InputValue> Inputs;
  std::vector<Note> Path;
  std::string ReturnValue; // on a violated postcondition's path, if any
  /// For replaying a Violated clause: the function whose clause it is (the
  /// callee, for preconditions) and the clause as plain C++.
  const clang::FunctionDecl *ClauseOwner = nullptr;
  std::optional<ReplayExpression> Replay;
};

llvm::StringRef toString(ObligationKind Kind);
llvm::StringRef toString(Verdict V);

} // namespace vouch::verify

#endif // VOUCH_VERIFY_OBLIGATION_H
