//===- NameResolver.h - Resolve and type contract expressions --*- C++ -*-===//
//
// Gives a parsed contract expression its meaning in a C++ scope: which
// parameter, member, global, enumerator, function or macro each name
// denotes, and the C++ type of every node, computed with Clang's own type
// rules. Also enforces what a contract may say: no side effects, `\result`
// and `\old` only in postconditions, a boolean (or pointer) clause.
//
//===----------------------------------------------------------------------===//
#ifndef VOUCH_EXTRACT_NAMERESOLVER_H
#define VOUCH_EXTRACT_NAMERESOLVER_H

#include "ir/Spec.h"

#include "clang/AST/Decl.h"
#include "clang/AST/DeclCXX.h"
#include "clang/Lex/Preprocessor.h"
#include "llvm/ADT/ArrayRef.h"

#include <optional>
#include <string>
#include <vector>

namespace vouch::extract {

/// The scope a clause is written in.
struct ClauseScope {
  const clang::FunctionDecl *Function = nullptr; // the redeclaration written on
  const clang::CXXRecordDecl *Record = nullptr;  // for members and invariants
  ir::ClauseKind Kind = ir::ClauseKind::Precondition;
  /// Object-like macros (INT_MAX, SIZE_MAX ...) expand through it when set.
  clang::Preprocessor *PP = nullptr;
  /// Local variables visible where an in-body clause (a loop invariant, an
  /// ACSL assert) is written, innermost last.
  llvm::ArrayRef<const clang::VarDecl *> Locals;
};

/// The first problem in a clause, as a range in the clause text.
struct ResolveProblem {
  unsigned Begin = 0;
  unsigned End = 0;
  std::string Message;
  bool Unsupported = false; // valid, but outside what vouch models
};

/// Clang's meaning of a resolved clause, mirroring its ir::Expr tree node
/// for node (same children, same order): what the verifier encodes.
struct BoundExpr {
  clang::QualType Type;                   // null where the IR has no type
  const clang::ValueDecl *Decl = nullptr; // what a name, member or callee is
  std::vector<BoundExpr> Children;
};

/// Resolves names and types in place. On a problem, the tree may be partly
/// resolved and must not be used for verification. On success, Bound (if
/// given) receives Clang's view of the tree.
std::optional<ResolveProblem> resolveClause(ir::Expr &E,
                                            const ClauseScope &Scope,
                                            BoundExpr *Bound = nullptr);

} // namespace vouch::extract

#endif // VOUCH_EXTRACT_NAMERESOLVER_H
