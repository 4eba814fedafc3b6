//===- State.cpp - The symbolic program state -----------------------------===//
#include "verify/State.h"

namespace vouch::verify {

State merge(const State &A, const State &B) {
  if (A.isDead())
    return B;
  if (B.isDead())
    return A;
  State Out = B;
  Out.Active = (A.Active || B.Active).simplify();
  for (const auto &[D, V] : A.Vars) {
    const Value *Other = B.find(D);
    if (!Other || z3::eq(Other->Term, V.Term)) {
      Out.set(D, V);
      continue;
    }
    Out.set(D, Value{z3::ite(A.Active, V.Term, Other->Term), V.Kind});
  }
  Out.Assigned.clear();
  auto FlagOf = [](const State &S, const clang::ValueDecl *D) {
    auto It = S.Assigned.find(D);
    return It == S.Assigned.end() ? S.Active.ctx().bool_val(true) : It->second;
  };
  for (const State *S : {&A, &B})
    for (const auto &Entry : S->Assigned) {
      const clang::ValueDecl *D = Entry.first;
      if (!Out.Assigned.count(D))
        Out.Assigned.emplace(D, z3::ite(A.Active, FlagOf(A, D), FlagOf(B, D)));
    }
  return Out;
}

State mergeAll(const std::vector<State> &States, const State &Fallback) {
  if (States.empty()) {
    State Dead = Fallback;
    Dead.Active = Fallback.Active.ctx().bool_val(false);
    return Dead;
  }
  State Out = States.front();
  for (std::size_t I = 1; I < States.size(); ++I)
    Out = merge(Out, States[I]);
  return Out;
}

} // namespace vouch::verify
