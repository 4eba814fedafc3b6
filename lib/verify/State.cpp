//===- State.cpp - The symbolic program state -----------------------------===//
#include "verify/State.h"

#include "llvm/ADT/DenseMap.h"
#include "llvm/ADT/SmallVector.h"

namespace vouch::verify {

namespace {

/// How far back along each path merge looks for the state both forked from.
constexpr unsigned ChainDepth = 64;

using Chain = llvm::SmallVector<z3::expr, 16>;

/// A path condition grows by one conjunct per assumption: ((P && c1) && c2).
/// Its prefixes, itself first, each the left operand of the one before,
/// down to true: every condition extends true.
Chain chainOf(const z3::expr &E) {
  Chain Out{E};
  while (Out.size() < ChainDepth && Out.back().is_and() &&
         Out.back().num_args() == 2)
    Out.push_back(Out.back().arg(0));
  if (!Out.back().is_true() && Out.size() < ChainDepth)
    Out.push_back(E.ctx().bool_val(true));
  return Out;
}

/// What prefix I of Path adds to prefix I + 1.
z3::expr conjunctAt(const Chain &Path, std::size_t I) {
  const z3::expr &E = Path[I];
  if (E.is_and() && E.num_args() == 2 && z3::eq(E.arg(0), Path[I + 1]))
    return E.arg(1);
  return E; // it extends true
}

/// The conjuncts assumed between prefix From and prefix To of Path
/// (From >= To), in the order they were assumed; true when there are none.
z3::expr assumedBetween(const Chain &Path, std::size_t From, std::size_t To) {
  if (From == To)
    return Path.front().ctx().bool_val(true);
  z3::expr Out = conjunctAt(Path, From - 1);
  for (std::size_t I = From - 1; I > To; --I)
    Out = Out && conjunctAt(Path, I - 1);
  return Out;
}

std::size_t indexOn(const Chain &Path, const z3::expr &E) {
  std::size_t I = 0;
  while (I < Path.size() && !z3::eq(Path[I], E))
    ++I;
  return I;
}

/// A.Active || B.Active, simplified. Two paths that merge forked from one
/// state, so A = P && a and B = P && b; and P = S && x, where S is a
/// condition an earlier merge simplified and x was assumed since. Then
/// A || B is S && simplify(x && (a || b)): simplifying only what is new
/// keeps the cost of each merge to the code since the last one.
/// Simplifying the whole condition at every merge cost the length of the
/// path each time, the largest cost on code without contracts.
z3::expr disjunction(const State &A, const State &B) {
  Chain PathA = chainOf(A.Active), PathB = chainOf(B.Active);
  llvm::SmallDenseMap<Z3_ast, std::size_t, 16> OnA;
  for (std::size_t I = 0; I < PathA.size(); ++I)
    OnA.try_emplace(static_cast<Z3_ast>(PathA[I]), I);
  std::size_t I = PathA.size(), J = 0;
  for (; J < PathB.size() && I == PathA.size(); ++J)
    if (auto It = OnA.find(static_cast<Z3_ast>(PathB[J])); It != OnA.end())
      I = It->second;
  --J;
  if (I == PathA.size()) // forked more than ChainDepth assumptions ago
    return (A.Active || B.Active).simplify();
  // S must lie on P: take it from the side whose simplified prefix does.
  // When neither does (both merged since they forked), S is P itself:
  // any prefix of P gives the same condition, only simplified less.
  std::size_t BaseA = indexOn(PathA, A.Simplified);
  std::size_t BaseB = indexOn(PathB, B.Simplified);
  const Chain *Path = &PathA;
  std::size_t Base = I, Fork = I;
  if (BaseA < PathA.size() && BaseA >= I)
    Base = BaseA;
  else if (BaseB < PathB.size() && BaseB >= J)
    Path = &PathB, Base = BaseB, Fork = J;
  z3::expr Either = I == 0 || J == 0 ? A.Active.ctx().bool_val(true)
                                     : assumedBetween(PathA, I, 0) ||
                                           assumedBetween(PathB, J, 0);
  z3::expr New = (assumedBetween(*Path, Base, Fork) && Either).simplify();
  const z3::expr &Old = (*Path)[Base];
  if (New.is_false() || Old.is_true())
    return New;
  return New.is_true() ? Old : Old && New;
}

} // namespace

State merge(const State &A, const State &B) {
  if (A.isDead())
    return B;
  if (B.isDead())
    return A;
  State Out = B;
  Out.Active = Out.Simplified = disjunction(A, B);
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
