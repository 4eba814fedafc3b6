//===- QueryRewrites.cpp - Queries restated for Z3's SMT core -------------===//
#include "verify/QueryRewrites.h"

#include <optional>
#include <set>
#include <tuple>
#include <unordered_map>
#include <vector>

namespace vouch::verify {

namespace {

bool isBitVectorComparison(const z3::expr &E) {
  if (!E.is_app() || E.num_args() != 2)
    return false;
  switch (E.decl().decl_kind()) {
  case Z3_OP_EQ:
    return E.arg(0).is_bv();
  case Z3_OP_SLEQ:
  case Z3_OP_SLT:
  case Z3_OP_SGEQ:
  case Z3_OP_SGT:
  case Z3_OP_ULEQ:
  case Z3_OP_ULT:
  case Z3_OP_UGEQ:
  case Z3_OP_UGT:
    return true;
  default:
    return false;
  }
}

bool isConditional(const z3::expr &E) {
  return E.is_app() && E.decl().decl_kind() == Z3_OP_ITE;
}

class Lifter {
public:
  explicit Lifter(unsigned MaxComparisons) : MaxComparisons(MaxComparisons) {}

  z3::expr rewrite(const z3::expr &E) {
    if (!E.is_app() || E.num_args() == 0)
      return E;
    auto Found = Done.find(E.id());
    if (Found != Done.end())
      return Found->second;
    z3::expr_vector Args(E.ctx());
    bool Changed = false;
    for (unsigned I = 0; I < E.num_args(); ++I) {
      Args.push_back(rewrite(E.arg(I)));
      Changed |= !z3::eq(Args.back(), E.arg(I));
    }
    z3::expr Result = Changed ? E.decl()(Args) : E;
    if (isBitVectorComparison(Result) &&
        (isConditional(Result.arg(0)) || isConditional(Result.arg(1))) &&
        branches(Result.arg(0)) * branches(Result.arg(1)) <= MaxComparisons)
      Result = compareBranches(Result.decl(), Result.arg(0), Result.arg(1));
    Done.emplace(E.id(), Result);
    return Result;
  }

private:
  /// How many values the conditional E may take, counted up to
  /// MaxComparisons + 1: shared branches make the count exponential.
  unsigned branches(const z3::expr &E) {
    if (!isConditional(E))
      return 1;
    unsigned Then = branches(E.arg(1));
    if (Then > MaxComparisons)
      return Then;
    return Then + branches(E.arg(2));
  }

  z3::expr compareBranches(const z3::func_decl &Compare, const z3::expr &L,
                           const z3::expr &R) {
    if (isConditional(L))
      return z3::ite(L.arg(0), compareBranches(Compare, L.arg(1), R),
                     compareBranches(Compare, L.arg(2), R));
    if (isConditional(R))
      return z3::ite(R.arg(0), compareBranches(Compare, L, R.arg(1)),
                     compareBranches(Compare, L, R.arg(2)));
    return Compare(L, R);
  }

  unsigned MaxComparisons;
  std::unordered_map<unsigned, z3::expr> Done;
};

/// A bound Low <= High, of one signedness.
struct Bound {
  bool Signed;
  z3::expr Low, High;
};

/// The bound Conjunct states, if it is a non-strict comparison or the
/// negation of a strict one.
std::optional<Bound> boundOf(const z3::expr &Conjunct) {
  if (!Conjunct.is_app())
    return std::nullopt;
  bool Negated = Conjunct.decl().decl_kind() == Z3_OP_NOT;
  z3::expr C = Negated ? Conjunct.arg(0) : Conjunct;
  if (!C.is_app() || C.num_args() != 2)
    return std::nullopt;
  z3::expr A = C.arg(0), B = C.arg(1);
  switch (C.decl().decl_kind()) {
  case Z3_OP_SLEQ:
    return Negated ? std::nullopt : std::optional<Bound>({true, A, B});
  case Z3_OP_SGEQ:
    return Negated ? std::nullopt : std::optional<Bound>({true, B, A});
  case Z3_OP_ULEQ:
    return Negated ? std::nullopt : std::optional<Bound>({false, A, B});
  case Z3_OP_UGEQ:
    return Negated ? std::nullopt : std::optional<Bound>({false, B, A});
  case Z3_OP_SLT: // !(a < b): b <= a
    return Negated ? std::optional<Bound>({true, B, A}) : std::nullopt;
  case Z3_OP_SGT:
    return Negated ? std::optional<Bound>({true, A, B}) : std::nullopt;
  case Z3_OP_ULT:
    return Negated ? std::optional<Bound>({false, B, A}) : std::nullopt;
  case Z3_OP_UGT:
    return Negated ? std::optional<Bound>({false, A, B}) : std::nullopt;
  default:
    return std::nullopt;
  }
}

void collectConjuncts(const z3::expr &E, std::vector<z3::expr> &Out) {
  if (E.is_app() && E.decl().decl_kind() == Z3_OP_AND) {
    for (unsigned I = 0; I < E.num_args(); ++I)
      collectConjuncts(E.arg(I), Out);
    return;
  }
  Out.push_back(E);
}

} // namespace

z3::expr addEqualitiesOfOpposedBounds(const z3::expr &Formula) {
  std::vector<z3::expr> Conjuncts;
  collectConjuncts(Formula, Conjuncts);
  std::set<std::tuple<bool, unsigned, unsigned>> Seen;
  z3::expr_vector Equalities(Formula.ctx());
  for (const z3::expr &C : Conjuncts) {
    std::optional<Bound> B = boundOf(C);
    if (!B || z3::eq(B->Low, B->High))
      continue;
    unsigned Low = B->Low.id(), High = B->High.id();
    if (Seen.insert({B->Signed, Low, High}).second &&
        Seen.count({B->Signed, High, Low}))
      Equalities.push_back(B->Low == B->High);
  }
  if (Equalities.empty())
    return Formula;
  Equalities.push_back(Formula);
  return z3::mk_and(Equalities);
}

z3::expr liftComparisonsIntoConditionals(const z3::expr &Formula,
                                         unsigned MaxComparisons) {
  return Lifter(MaxComparisons).rewrite(Formula);
}

} // namespace vouch::verify
