//===- Executor.h - Symbolic execution of a function body -------*- C++ -*-===//
//
// Walks a function body statement by statement, keeping a symbolic State,
// and records proof obligations (postconditions at each return, callee
// preconditions at each call, assertions, invariants, undefined behaviour)
// with the path condition under which each is reached.
//
// Two modes share this walker. Concrete mode follows the program exactly:
// it inlines callee bodies and unrolls loops up to a bound, so that a model
// of a violated obligation is a real execution. Abstract mode uses callee
// contracts and loop invariants instead, so that proofs cover every
// iteration and every callee; its models are never reported.
//
//===----------------------------------------------------------------------===//
#ifndef VOUCH_VERIFY_EXECUTOR_H
#define VOUCH_VERIFY_EXECUTOR_H

#include "verify/ContractIndex.h"
#include "verify/Obligation.h"
#include "verify/Options.h"
#include "verify/State.h"

#include "clang/AST/Expr.h"
#include "clang/AST/ExprCXX.h"
#include "clang/AST/Stmt.h"
#include "clang/AST/StmtCXX.h"

#include <map>
#include <set>

namespace vouch::verify {

enum class Mode { Concrete, Abstract };

/// An input of the analysed function, for counterexamples.
struct Input {
  std::string Name; // as the user writes it: "x", "this->size_", "g"
  Value Initial;
  clang::QualType Type;
};

class Executor {
public:
  Executor(z3::context &Z, ContractIndex &Contracts, Mode M,
           const Options &Opts, const clang::FunctionDecl *Function);

  /// Executes the function from its entry, under its preconditions.
  void run();

  const std::vector<Obligation> &obligations() const { return Obligations; }
  const std::vector<Decision> &decisions() const { return Decisions; }
  const std::vector<Input> &inputs() const { return Inputs; }
  /// The conditions assumed on entry (preconditions, class invariants).
  const z3::expr &entryAssumption() const { return EntryAssumption; }
  /// Why the entry assumption itself is only approximate.
  const std::vector<std::string> &entryCaveats() const { return EntryCaveats; }
  /// Loops cut at the unroll bound, and whether the cut is reachable.
  struct Cut {
    z3::expr Reached;
    std::string Reason;
    std::size_t FirstObligation; // obligations from here on depend on it
  };
  const std::vector<Cut> &cuts() const { return Cuts; }
  /// Why parts of the body were not modelled, in the order met; below
  /// such a part nothing was evaluated.
  const std::vector<std::string> &notModelled() const { return NoProof; }

private:
  friend class ContractEvaluator;

  struct Exit {
    State At;
    std::optional<Value> Returned;
    clang::SourceLocation Loc;
  };
  struct Frame {
    const clang::FunctionDecl *Function = nullptr;
    std::vector<Exit> Exits;
    /// ACSL asserts written in this body, by file offset, not yet fired.
    std::vector<const extract::ExtractedClause *> PendingAsserts;
    std::map<const clang::Stmt *, std::vector<const extract::ExtractedClause *>>
        LoopInvariants;
  };
  struct JumpTarget {
    bool IsLoop = true; // switches take `break` only
    std::vector<State> Breaks, Continues;
  };

  // Entry and exit of the analysed function.
  void bindInputs(State &S);
  /// The values a variable of type T can hold, as a condition on V.
  z3::expr withinValues(const Value &V, clang::QualType T);
  void assumeEntryContract(State &S);
  void checkExits(const std::vector<Exit> &Exits, const State &Entry);
  Frame enterFrame(const clang::FunctionDecl *FD);

  // Statements (Executor.cpp).
  void exec(const clang::Stmt *S, State &St);
  void execCompound(const clang::CompoundStmt *C, State &St);
  void execDecl(const clang::DeclStmt *D, State &St);
  void execIf(const clang::IfStmt *If, State &St);
  void execLoop(const clang::Stmt *Loop, const clang::Stmt *Init,
                const clang::Expr *Cond, const clang::Stmt *Body,
                const clang::Expr *Inc, bool TestFirst, State &St);
  void unrollLoop(const clang::Stmt *Loop, const clang::Expr *Cond,
                  const clang::Stmt *Body, const clang::Expr *Inc,
                  bool TestFirst, State &St);
  void abstractLoop(const clang::Stmt *Loop, const clang::Expr *Cond,
                    const clang::Stmt *Body, const clang::Expr *Inc,
                    bool TestFirst,
                    const std::vector<const extract::ExtractedClause *> &Invs,
                    State &St);
  /// Gives every variable the loop may write (all fields and globals if it
  /// calls anything) a fresh value.
  void havocLoopWrites(const clang::Expr *Cond, const clang::Stmt *Body,
                       const clang::Expr *Inc, State &St);
  /// One pass through a loop body and its increment; breaks join Exits.
  void iterate(const clang::Stmt *Body, const clang::Expr *Inc, State &St,
               std::vector<State> &Exits);
  void execSwitch(const clang::SwitchStmt *Sw, State &St);
  void execReturn(const clang::ReturnStmt *R, State &St);
  void fireAssertsBefore(clang::SourceLocation Loc, State &St);

  // Expressions (ExecutorExprs.cpp). nullopt: no value (void, or
  // unsupported, in which case the caveat is recorded).
  std::optional<Value> eval(const clang::Expr *E, State &St);
  std::optional<Value> evalNode(const clang::Expr *E, State &St);
  std::optional<Value> evalBinary(const clang::BinaryOperator *B, State &St);
  std::optional<Value> evalLogical(const clang::BinaryOperator *B, State &St);
  std::optional<Value> evalAssign(const clang::BinaryOperator *B, State &St);
  std::optional<Value> evalUnary(const clang::UnaryOperator *U, State &St);
  std::optional<Value>
  evalConditional(const clang::AbstractConditionalOperator *C, State &St);
  std::optional<Value> evalCast(const clang::CastExpr *C, State &St);
  std::optional<Value> evalCarrier(const extract::ExtractedClause &C,
                                   State &St);
  std::optional<Value> readVariable(const clang::ValueDecl *D,
                                    const clang::Expr *At, State &St);
  /// Reading D before its first assignment is undefined behaviour.
  void checkAssigned(const clang::ValueDecl *D, const clang::Expr *At,
                     State &St);
  /// E's variable, if E names one, may be written through a pointer or a
  /// reference from now on: its value is unknown, and reading it is no
  /// longer a read before assignment. Taking its address is not a read.
  void escape(const clang::Expr *E, State &St);
  std::optional<Value> arith(clang::BinaryOperatorKind Op, const Value &L,
                             const Value &R, ScalarKind Kind,
                             const clang::Expr *At, State &St);

  // Calls (ExecutorCalls.cpp).
  std::optional<Value> evalCall(const clang::CallExpr *Call, State &St);
  std::optional<Value> inlineCall(const clang::FunctionDecl *Callee,
                                  const std::vector<Value> &Args, State &St);
  std::optional<Value> modularCall(const clang::FunctionDecl *Callee,
                                   const std::vector<Value> &Args,
                                   const clang::CallExpr *Call, bool OnThis,
                                   State &St);
  std::optional<Value> opaqueCall(const clang::FunctionDecl *Callee,
                                  const clang::CallExpr *Call, bool OnThis,
                                  State &St);
  void checkCalleePreconditions(const clang::FunctionDecl *Callee,
                                const std::vector<Value> &Args,
                                const clang::CallExpr *Call, State &St);
  bool canInline(const clang::FunctionDecl *Callee) const;
  void havocFields(State &St);
  void havocGlobals(State &St);
  void bindParams(const clang::FunctionDecl *Callee,
                  const std::vector<Value> &Args, State &St);

  // Obligations and caveats.
  void require(ObligationKind Kind, clang::SourceLocation Loc,
               const std::string &Subject, const std::string &Violation,
               const z3::expr &Holds, State &St,
               const extract::ExtractedClause *Clause = nullptr,
               const std::string &ClauseNote = "",
               const std::string &KeySuffix = "");
  /// An obligation vouch cannot decide, for Reason: always Unknown.
  void undecidable(ObligationKind Kind, clang::SourceLocation Loc,
                   const std::string &Subject, const std::string &Violation,
                   State &St, const extract::ExtractedClause *Clause,
                   const std::string &ClauseNote, const std::string &Reason,
                   const std::string &KeySuffix = "");
  /// Why clause C cannot be used; empty for invalid clauses, which the
  /// contract-syntax check reports.
  std::string whyNotUsable(const extract::ExtractedClause &C) const;
  /// Whether FD's own verification covers what happens in its body when
  /// it is inlined at a call site.
  bool verifiedOnItsOwn(const clang::FunctionDecl *FD);
  void requireDefined(const std::vector<DefinednessCheck> &Checks,
                      clang::SourceLocation Loc, State &St);
  void decide(clang::SourceLocation Loc, const State &St,
              const z3::expr &Condition, std::string IfTrue,
              std::string IfFalse);
  /// Code vouch does not model: no proof and no counterexample after it.
  void unsupported(const std::string &What, clang::SourceLocation Loc);
  /// Code modelled by an over-approximation: proofs stand, models do not.
  void approximated(const std::string &Why);
  std::string where(clang::SourceLocation Loc) const;
  std::string text(const clang::Expr *E) const;
  Value freshOf(ScalarKind K, const std::string &Hint);
  std::optional<ScalarKind> kindOf(clang::QualType T) const {
    return scalarKindOf(T, Ctx);
  }

  /// Evaluates a clause of a function or class contract, or a carrier's
  /// condition; nullopt if it cannot be encoded (a caveat is recorded).
  /// Defined receives the conditions under which evaluation is defined.
  std::optional<z3::expr> evalClause(const extract::ExtractedClause &C,
                                     State &Current, const State *Entry,
                                     const std::optional<Value> &Result,
                                     z3::expr &Defined);

  z3::context &Z;
  ContractIndex &Contracts;
  Mode M;
  Options Opts;
  const clang::FunctionDecl *Function;
  clang::ASTContext &Ctx;
  Arithmetic Arith;

  std::vector<Frame> Frames;
  std::vector<JumpTarget> Jumps;
  std::map<const clang::Expr *, const extract::ExtractedClause *> Carriers;
  std::set<const clang::FieldDecl *> Fields;
  std::set<const clang::VarDecl *> Globals;
  const clang::CXXRecordDecl *ThisClass = nullptr;

  std::vector<Obligation> Obligations;
  std::vector<Decision> Decisions;
  std::vector<Input> Inputs;
  std::vector<Cut> Cuts;
  z3::expr EntryAssumption;
  std::vector<std::string> EntryCaveats;
  std::vector<std::string> NoProof, NoRefutation; // sticky, in path order
  /// Set while evaluating a function called from a contract: definedness
  /// goes into the clause instead of becoming obligations.
  std::vector<DefinednessCheck> *ContractChecks = nullptr;
  unsigned FreshCount = 0;
  bool UnsupportedSeen = false;
  /// The definedness conditions of the clause evalClause encoded last; the
  /// obligation require() makes of that clause keeps them.
  std::vector<DefinednessCheck> LastClauseChecks;
  /// What in the clause evalClause failed on last, for the reason.
  std::string LastClauseProblem;
  /// Loop invariants assumed so far (abstract mode), sticky in path order.
  std::vector<std::pair<const clang::Stmt *, std::string>> ReliesOn;
};

/// Where a finding at Loc is reported: a token of a macro argument where
/// it is written (`m + 1` inside `Ensures(m + 1 > n)`), any other token of
/// a macro where the macro is used.
clang::SourceLocation reportedLoc(const clang::SourceManager &SM,
                                  clang::SourceLocation Loc);

/// The identity of an obligation across loop iterations and modes.
std::string obligationKey(ObligationKind Kind, clang::SourceLocation Loc,
                          const std::string &Subject,
                          const std::string &Suffix);

/// How the obligation that a call meets Callee's precondition Pre is named
/// (part of its obligationKey()).
std::string preconditionSubject(const clang::FunctionDecl *Callee,
                                const extract::ExtractedClause &Pre);

} // namespace vouch::verify

#endif // VOUCH_VERIFY_EXECUTOR_H
