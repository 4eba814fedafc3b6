//===- State.h - The symbolic program state ---------------------*- C++ -*-===//
//
// The values of every variable the analysed code can see (parameters,
// locals, fields of *this, globals), keyed by their declarations, and the
// path condition under which this state is reached. States of two paths
// merge into one whose values select by the path that was taken.
//
//===----------------------------------------------------------------------===//
#ifndef VOUCH_VERIFY_STATE_H
#define VOUCH_VERIFY_STATE_H

#include "verify/Value.h"

#include "clang/AST/Decl.h"

#include <map>

namespace vouch::verify {

struct State {
  explicit State(z3::context &Z)
      : Active(Z.bool_val(true)), Simplified(Active) {}

  /// The path reaches this state. False once it returned, broke out or
  /// was cut off.
  z3::expr Active;
  /// A prefix of Active's chain of assumptions that merge simplified
  /// already, so that the next merge simplifies only what came after it.
  z3::expr Simplified;
  std::map<const clang::ValueDecl *, Value> Vars;
  /// Locals declared without an initializer: whether they have been
  /// assigned yet (absent means assigned). Reading one before is undefined.
  std::map<const clang::ValueDecl *, z3::expr> Assigned;

  const Value *find(const clang::ValueDecl *D) const {
    auto It = Vars.find(D);
    return It == Vars.end() ? nullptr : &It->second;
  }
  void set(const clang::ValueDecl *D, const Value &V) {
    Vars.insert_or_assign(D, V);
    Assigned.erase(D);
  }
  void assume(const z3::expr &Condition) { Active = Active && Condition; }
  bool isDead() const { return Active.is_false(); }
};

/// The state reached along either A or B.
State merge(const State &A, const State &B);

/// Folds merge over States; Fallback when there are none (a dead state).
State mergeAll(const std::vector<State> &States, const State &Fallback);

} // namespace vouch::verify

#endif // VOUCH_VERIFY_STATE_H
