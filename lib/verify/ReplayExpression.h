//===- ReplayExpression.h - Clauses as plain C++ for replay -----*- C++ -*-===//
//
// A violated clause, rewritten as a C++ expression that a test driver can
// evaluate after calling the function with the counterexample's inputs:
// `\result` becomes `vouch_result`, each `\old(e)` a variable the driver
// sets before the call (`vouch_old_0` ...), members are reached through
// `vouch_self`, and `==>`/`<==>` become their C++ equivalents.
//
//===----------------------------------------------------------------------===//
#ifndef VOUCH_VERIFY_REPLAYEXPRESSION_H
#define VOUCH_VERIFY_REPLAYEXPRESSION_H

#include "ir/Expr.h"

#include "clang/AST/Decl.h"

#include <string>
#include <vector>

namespace vouch::verify {

struct ReplayExpression {
  std::string Check;            // true when the clause holds
  std::vector<std::string> Old; // vouch_old_<i> = Old[i], before the call
};

/// Params names the parameters (by position) as the driver declares them.
ReplayExpression toReplayExpression(const ir::Expr &E,
                                    const clang::FunctionDecl *Params);

} // namespace vouch::verify

#endif // VOUCH_VERIFY_REPLAYEXPRESSION_H
