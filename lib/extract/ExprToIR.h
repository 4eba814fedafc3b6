//===- ExprToIR.h - Clang expressions as spec IR trees ---------*- C++ -*-===//
//
// In-body carriers (assert, Expects, __VERIFIER_assert ...) are compiled by
// Clang, so their conditions are already resolved and typed: this converts
// such a condition into the same IR tree that comment clauses produce.
//
//===----------------------------------------------------------------------===//
#ifndef VOUCH_EXTRACT_EXPRTOIR_H
#define VOUCH_EXTRACT_EXPRTOIR_H

#include "ir/Expr.h"

#include "clang/AST/Expr.h"
#include "clang/Basic/SourceManager.h"

namespace vouch::extract {

/// Converts E. Node ranges are offsets from Origin, the file location where
/// the condition's text starts; nodes not spelled there get an empty range
/// at 0.
ir::Expr toIR(const clang::Expr *E, const clang::ASTContext &Ctx,
              clang::SourceLocation Origin, unsigned TextLength);

} // namespace vouch::extract

#endif // VOUCH_EXTRACT_EXPRTOIR_H
