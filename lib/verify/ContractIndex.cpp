//===- ContractIndex.cpp - Contracts of callees and classes ---------------===//
#include "verify/ContractIndex.h"

#include <chrono>

using namespace clang;

namespace vouch::verify {

bool isUsable(const extract::ExtractedClause &C) {
  if (C.Clause.Status != ir::ClauseStatus::Formal)
    return false;
  return C.Condition || (C.Clause.Expression && C.Bound);
}

bool isChecked(const extract::ExtractedClause &C) {
  return C.Clause.Status != ir::ClauseStatus::Invalid &&
         C.Clause.Status != ir::ClauseStatus::Informal;
}

namespace {

double secondsSince(std::chrono::steady_clock::time_point Start) {
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - Start)
      .count();
}

} // namespace

const extract::FunctionContract &ContractIndex::of(const FunctionDecl *FD) {
  FD = FD->getDefinition() ? FD->getDefinition() : FD->getFirstDecl();
  auto &Slot = Functions[FD];
  if (!Slot) {
    auto Start = std::chrono::steady_clock::now();
    std::vector<extract::ContractProblem> Ignored; // contract-syntax's job
    Slot = std::make_unique<extract::FunctionContract>(
        Extractor.contractOf(FD, Ignored));
    // Kept until the index is trimmed: without the slack push_back left.
    Slot->Clauses.shrink_to_fit();
    Seconds += secondsSince(Start);
  }
  return *Slot;
}

void ContractIndex::trim(std::size_t MaxKept) {
  if (held() <= MaxKept)
    return;
  Functions.clear();
  Classes.clear();
}

const extract::ClassContract &
ContractIndex::invariantsOf(const CXXRecordDecl *RD) {
  RD = RD->getDefinition() ? RD->getDefinition() : RD;
  auto &Slot = Classes[RD];
  if (!Slot) {
    auto Start = std::chrono::steady_clock::now();
    std::vector<extract::ContractProblem> Ignored;
    Slot = std::make_unique<extract::ClassContract>(
        Extractor.invariantsOf(RD, Ignored));
    Seconds += secondsSince(Start);
  }
  return *Slot;
}

bool ContractIndex::hasUsableContract(const FunctionDecl *FD) {
  for (const extract::ExtractedClause &C : of(FD).Clauses)
    if ((C.Clause.Kind == ir::ClauseKind::Precondition ||
         C.Clause.Kind == ir::ClauseKind::Postcondition) &&
        isUsable(C))
      return true;
  return false;
}

} // namespace vouch::verify
