//===- Contract.h - Clauses extracted from the AST --------------*- C++ -*-===//
//
// The in-memory result of extraction: each IR clause together with what the
// checks and the verifier need from Clang (source locations for every
// character of the clause, the compiled condition of in-body carriers, the
// loop or statement a clause belongs to).
//
//===----------------------------------------------------------------------===//
#ifndef VOUCH_EXTRACT_CONTRACT_H
#define VOUCH_EXTRACT_CONTRACT_H

#include "contract/Parser.h"
#include "extract/NameResolver.h"
#include "ir/Spec.h"

#include "clang/AST/Decl.h"
#include "clang/AST/Stmt.h"
#include "clang/Basic/SourceLocation.h"

#include <string>
#include <vector>

namespace vouch::extract {

struct ExtractedClause {
  ir::Clause Clause;
  /// Start of the clause's file; Offsets[i] is the file offset of
  /// Clause.Text[i], plus one entry for the end of the text.
  clang::SourceLocation FileStart;
  std::vector<unsigned> Offsets;
  /// The declaration whose comment carries the clause (parameter names are
  /// that declaration's).
  const clang::Decl *Owner = nullptr;
  /// In-body carriers: the condition as Clang compiled it.
  const clang::Expr *Condition = nullptr;
  /// The loop of a loop invariant; the statement of an in-body carrier.
  const clang::Stmt *Anchor = nullptr;
  /// Comment clauses that resolved: Clang's view of Clause.Expression.
  std::optional<BoundExpr> Bound;
  /// How the clause text is parsed (ACSL reads `a < b < c` as a chain).
  contract::Dialect Syntax = contract::Dialect::Cxx;
  /// Quoted in backticks inside prose: informal unless a valid condition.
  bool QuotedInProse = false;

  clang::SourceLocation locationAt(unsigned TextIndex) const;
};

/// A mistake in a contract, reported by the contract-syntax check.
struct ContractProblem {
  clang::SourceLocation Loc;
  std::string Message;
  /// The clause is prose (ClauseStatus::Informal): reported only on request.
  bool Informal = false;
};

struct FunctionContract {
  const clang::FunctionDecl *Function = nullptr;
  std::vector<ExtractedClause> Clauses;
};

struct ClassContract {
  const clang::CXXRecordDecl *Record = nullptr;
  std::vector<ExtractedClause> Invariants;
};

} // namespace vouch::extract

#endif // VOUCH_EXTRACT_CONTRACT_H
