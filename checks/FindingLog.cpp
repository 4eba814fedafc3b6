//===- FindingLog.cpp - Verdicts in machine-readable form -----------------===//
#include "FindingLog.h"

#include "clang/Tooling/Core/Diagnostic.h"
#include "llvm/Support/FormatVariadic.h"

#include <atomic>
#include <map>
#include <mutex>

using namespace clang;

namespace vouch::checks {
namespace {

std::atomic<bool> Enabled{false};
std::mutex LogMutex;
std::map<FindingKey, std::string> &log() {
  static std::map<FindingKey, std::string> Log;
  return Log;
}

llvm::json::Object place(const SourceManager &SM, SourceLocation Loc) {
  PresumedLoc P = SM.getPresumedLoc(SM.getExpansionLoc(Loc));
  if (P.isInvalid())
    return llvm::json::Object{};
  return llvm::json::Object{{"file", std::string(P.getFilename())},
                            {"line", P.getLine()},
                            {"column", P.getColumn()}};
}

llvm::json::Array parameters(const FunctionDecl *FD) {
  llvm::json::Array Out;
  if (!FD)
    return Out;
  for (const ParmVarDecl *P : FD->parameters())
    Out.push_back(llvm::json::Object{
        {"name", P->getNameAsString()},
        {"type",
         P->getType().getAsString(FD->getASTContext().getPrintingPolicy())}});
  return Out;
}

llvm::json::Object functionInfo(const FunctionDecl *FD,
                                const SourceManager &SM) {
  llvm::json::Object Out{
      {"name", FD->getQualifiedNameAsString()},
      {"parameters", parameters(FD)},
      {"return_type", FD->getReturnType().getAsString(
                          FD->getASTContext().getPrintingPolicy())}};
  if (const auto *M = dyn_cast<CXXMethodDecl>(FD)) {
    Out["class"] = M->getParent()->getQualifiedNameAsString();
    Out["static"] = M->isStatic();
    Out["constructor"] = isa<CXXConstructorDecl>(M);
  }
  if (const Stmt *Body = FD->getBody())
    Out["body_start_offset"] =
        SM.getFileOffset(SM.getExpansionLoc(Body->getBeginLoc()));
  Out["location"] = place(SM, FD->getLocation());
  return Out;
}

} // namespace

FindingKey findingKeyOf(const tooling::Diagnostic &D) {
  return FindingKey{D.DiagnosticName, D.Message.FilePath, D.Message.FileOffset,
                    D.Message.Message};
}

void enableFindingLog() { Enabled = true; }
bool findingLogEnabled() { return Enabled; }

void logFinding(llvm::StringRef CheckName, const verify::Finding &F,
                const FunctionDecl *FD, const SourceManager &SM) {
  if (!Enabled)
    return;
  llvm::json::Object O{{"verdict", verify::toString(F.Result)},
                       {"obligation", verify::toString(F.Kind)},
                       {"function", functionInfo(FD, SM)}};
  if (!F.Reason.empty())
    O["reason"] = F.Reason;
  if (F.Clause)
    O["clause"] = llvm::json::Object{
        {"text", F.ClauseText},
        {"kind", std::string(ir::toString(F.Clause->Clause.Kind))},
        {"origin", std::string(ir::toString(F.Clause->Clause.From))},
        {"location", place(SM, F.Clause->locationAt(0))}};
  if (F.Result == verify::Verdict::Violated) {
    llvm::json::Array Inputs, Path;
    for (const verify::InputValue &I : F.Inputs)
      Inputs.push_back(
          llvm::json::Object{{"name", I.Name}, {"value", I.Value}});
    for (const verify::Note &N : F.Path) {
      llvm::json::Object Step = place(SM, N.Loc);
      Step["step"] = N.Text;
      Path.push_back(std::move(Step));
    }
    llvm::json::Object CE{{"inputs", std::move(Inputs)},
                          {"path", std::move(Path)}};
    if (!F.ReturnValue.empty())
      CE["returns"] = F.ReturnValue;
    O["counterexample"] = std::move(CE);
    if (F.Replay && F.ClauseOwner) {
      llvm::json::Array Old;
      for (const std::string &E : F.Replay->Old)
        Old.push_back(E);
      O["replay"] =
          llvm::json::Object{{"clause_owner", functionInfo(F.ClauseOwner, SM)},
                             {"check", F.Replay->Check},
                             {"old", std::move(Old)}};
    }
  }
  tooling::DiagnosticMessage Where(F.Message, SM, SM.getExpansionLoc(F.Loc));
  std::lock_guard<std::mutex> Lock(LogMutex);
  log()[FindingKey{CheckName.str(), Where.FilePath, Where.FileOffset,
                   F.Message}] =
      llvm::formatv("{0}", llvm::json::Value(std::move(O))).str();
}

std::optional<std::string> loggedFindingText(const FindingKey &Key) {
  std::lock_guard<std::mutex> Lock(LogMutex);
  auto It = log().find(Key);
  if (It == log().end())
    return std::nullopt;
  return It->second;
}

std::optional<llvm::json::Object> loggedFinding(const FindingKey &Key) {
  std::optional<std::string> Text = loggedFindingText(Key);
  if (!Text)
    return std::nullopt;
  // The log holds only text logFinding wrote, directly or through a cache
  // entry whose checksum matched: text that does not parse is a bug.
  llvm::Expected<llvm::json::Value> Parsed = llvm::json::parse(*Text);
  if (!Parsed) {
    llvm::consumeError(Parsed.takeError());
    return std::nullopt;
  }
  if (llvm::json::Object *O = Parsed->getAsObject())
    return std::move(*O);
  return std::nullopt;
}

void restoreFinding(const FindingKey &Key, std::string FindingText) {
  std::lock_guard<std::mutex> Lock(LogMutex);
  log()[Key] = std::move(FindingText);
}

} // namespace vouch::checks
