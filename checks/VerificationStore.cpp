//===- VerificationStore.cpp - One verification per function --------------===//
#include "VerificationStore.h"

#include "RunSummary.h"

#include <map>
#include <memory>
#include <mutex>

using namespace clang;

namespace vouch::checks {
namespace {

struct UnitStore {
  UnitStore(ASTContext &Ctx, Preprocessor *PP) : Contracts(Ctx, PP) {}
  verify::ContractIndex Contracts;
  std::map<std::pair<const FunctionDecl *, verify::Options>,
           verify::FunctionReport>
      Reports;
};

std::mutex StoreMutex;
std::map<const ASTContext *, std::unique_ptr<UnitStore>> &stores() {
  static std::map<const ASTContext *, std::unique_ptr<UnitStore>> Stores;
  return Stores;
}

verify::FunctionReport internalError(const FunctionDecl *FD,
                                     const std::string &What) {
  verify::FunctionReport R;
  R.Function = FD;
  verify::Finding F;
  F.Kind = verify::ObligationKind::Postcondition;
  F.Result = verify::Verdict::Unknown;
  F.Loc = FD->getLocation();
  F.Reason = "internal solver error: " + What;
  F.Message = "'" + FD->getQualifiedNameAsString() +
              "' could not be verified: " + F.Reason;
  R.Findings.push_back(std::move(F));
  return R;
}

} // namespace

const verify::FunctionReport &verificationOf(const FunctionDecl *FD,
                                             Preprocessor *PP,
                                             const verify::Options &Opts) {
  std::lock_guard<std::mutex> Lock(StoreMutex);
  ASTContext &Ctx = FD->getASTContext();
  std::unique_ptr<UnitStore> &Unit = stores()[&Ctx];
  if (!Unit)
    Unit = std::make_unique<UnitStore>(Ctx, PP);
  auto Key = std::make_pair(FD, Opts);
  auto It = Unit->Reports.find(Key);
  if (It != Unit->Reports.end())
    return It->second;
  verify::FunctionReport Report;
  try {
    verify::FunctionVerifier Verifier(Unit->Contracts, Opts);
    Report = Verifier.verify(FD);
  } catch (const z3::exception &E) {
    // A bug in the encoding must not pass for a verdict.
    Report = internalError(FD, E.msg());
  }
  recordFunction(Report);
  return Unit->Reports.emplace(Key, std::move(Report)).first->second;
}

void forgetVerifications(const ASTContext &Ctx) {
  std::lock_guard<std::mutex> Lock(StoreMutex);
  stores().erase(&Ctx);
}

} // namespace vouch::checks
