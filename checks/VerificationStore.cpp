//===- VerificationStore.cpp - One verification per function --------------===//
#include "VerificationStore.h"

#include "ChangedLines.h"
#include "RunSummary.h"

#include <map>
#include <memory>
#include <mutex>
#include <set>
#include <tuple>

using namespace clang;

namespace vouch::checks {
namespace {

struct UnitStore {
  UnitStore(ASTContext &Ctx, Preprocessor *PP) : Contracts(Ctx, PP) {}
  verify::ContractIndex Contracts;
  verify::UnitContext Z3;
  std::map<std::pair<const FunctionDecl *, verify::Options>, bool> Claims;
  /// Every check matches the same function definitions, so the checks ask
  /// for one function's report one after the other: only the reports of
  /// the function visited last are kept (one per set of options). Keeping
  /// every report to the end of the unit held the findings of thousands
  /// of functions that nothing would read again.
  const FunctionDecl *Current = nullptr;
  std::map<verify::Options, verify::FunctionReport> CurrentReports;
  /// Reports already counted in the run summary: one asked for again after
  /// it was dropped is computed again, and must not be counted twice.
  std::set<std::pair<const FunctionDecl *, verify::Options>> Counted;
};

bool claimForThisUnit(const FunctionDecl *FD, const verify::Options &Opts);

/// Contracts kept between functions: enough for the callees of the
/// functions that come next, a few megabytes at most.
constexpr std::size_t MaxContractsKept = 1024;

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

const verify::FunctionReport *verificationOf(const FunctionDecl *FD,
                                             Preprocessor *PP,
                                             const verify::Options &Opts) {
  if (!isTouchedByChange(FD))
    return nullptr;
  ASTContext &Ctx = FD->getASTContext();
  UnitStore *Unit;
  {
    // Only the map of units is shared: a unit is analysed by one thread.
    std::lock_guard<std::mutex> Lock(StoreMutex);
    std::unique_ptr<UnitStore> &Slot = stores()[&Ctx];
    if (!Slot)
      Slot = std::make_unique<UnitStore>(Ctx, PP);
    Unit = Slot.get();
  }
  auto Key = std::make_pair(FD, Opts);
  auto [Claim, New] = Unit->Claims.try_emplace(Key, false);
  if (New)
    Claim->second = claimForThisUnit(FD, Opts);
  if (!Claim->second)
    return nullptr;
  if (Unit->Current != FD) {
    Unit->CurrentReports.clear();
    Unit->Current = FD;
    // The dropped reports were the last to point into the contracts.
    Unit->Contracts.trim(MaxContractsKept);
  }
  auto It = Unit->CurrentReports.find(Opts);
  if (It != Unit->CurrentReports.end())
    return &It->second;
  verify::FunctionReport Report;
  try {
    verify::FunctionVerifier Verifier(Unit->Z3, Unit->Contracts, Opts);
    Report = Verifier.verify(FD);
  } catch (const z3::exception &E) {
    // A bug in the encoding must not pass for a verdict.
    Report = internalError(FD, E.msg());
  }
  if (Unit->Counted.insert(Key).second)
    recordFunction(Report);
  return &Unit->CurrentReports.emplace(Opts, std::move(Report)).first->second;
}

namespace {

std::mutex ClaimMutex;
std::set<std::string> &claimed() {
  static std::set<std::string> Claimed;
  return Claimed;
}

std::string claimKey(llvm::StringRef File, unsigned Offset,
                     const verify::Options &Opts) {
  return (File + ":" + llvm::Twine(Offset) + ":" +
          llvm::Twine(Opts.ResourceLimit) + "," + llvm::Twine(Opts.TimeoutMs) +
          "," + llvm::Twine(Opts.UnrollBound) + "," +
          llvm::Twine(Opts.InlineDepth))
      .str();
}

bool claimForThisUnit(const FunctionDecl *FD, const verify::Options &Opts) {
  const SourceManager &SM = FD->getASTContext().getSourceManager();
  SourceLocation Loc = SM.getExpansionLoc(FD->getLocation());
  if (SM.isInMainFile(Loc))
    return true;
  OptionalFileEntryRef File = SM.getFileEntryRefForID(SM.getFileID(Loc));
  if (!File)
    return true;
  // A header's functions are the same in every unit that includes it
  // (short of macros configuring them differently): verify them once.
  std::string Key = claimKey(File->getFileEntry().tryGetRealPathName(),
                             SM.getFileOffset(Loc), Opts);
  bool Mine;
  {
    std::lock_guard<std::mutex> Lock(ClaimMutex);
    Mine = claimed().insert(Key).second;
  }
  if (UnitActivity *Activity = currentUnitActivity())
    (Mine ? Activity->ClaimsMade : Activity->ClaimsSkipped)
        .push_back(std::move(Key));
  return Mine;
}

} // namespace

void claimVerifiedElsewhere(llvm::ArrayRef<std::string> Keys) {
  std::lock_guard<std::mutex> Lock(ClaimMutex);
  claimed().insert(Keys.begin(), Keys.end());
}

void forgetVerifications(const ASTContext &Ctx) {
  std::lock_guard<std::mutex> Lock(StoreMutex);
  stores().erase(&Ctx);
}

} // namespace vouch::checks
