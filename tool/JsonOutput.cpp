//===- JsonOutput.cpp - `--format=json`: findings for programs ------------===//
#include "JsonOutput.h"

#include "Fingerprint.h"

#include "../checks/FindingLog.h"

#include "llvm/Support/JSON.h"
#include "llvm/Support/MemoryBuffer.h"

#include <algorithm>
#include <map>

using namespace clang::tidy;

namespace vouch::tool {
namespace {

/// Line and column (1-based, in bytes) of file offsets, as clang prints
/// them; each file is read once.
class LineTable {
public:
  std::pair<unsigned, unsigned> at(const std::string &File, unsigned Offset) {
    auto &Starts = Lines[File];
    if (Starts.empty()) {
      Starts.push_back(0);
      if (auto Buffer = llvm::MemoryBuffer::getFile(File)) {
        llvm::StringRef Text = (*Buffer)->getBuffer();
        for (std::size_t I = 0; I < Text.size(); ++I)
          if (Text[I] == '\n')
            Starts.push_back(I + 1);
      }
    }
    auto It = std::upper_bound(Starts.begin(), Starts.end(), Offset);
    unsigned Line = It - Starts.begin();
    return {Line, Offset - Starts[Line - 1] + 1};
  }

private:
  std::map<std::string, std::vector<unsigned>> Lines;
};

llvm::json::Object where(LineTable &Lines,
                         const clang::tooling::DiagnosticMessage &M) {
  if (M.FilePath.empty())
    return llvm::json::Object{};
  auto [Line, Column] = Lines.at(M.FilePath, M.FileOffset);
  return llvm::json::Object{
      {"file", M.FilePath}, {"line", Line}, {"column", Column}};
}

} // namespace

llvm::StringRef levelOf(const ClangTidyError &E) {
  if (E.IsWarningAsError)
    return "error";
  switch (E.DiagLevel) {
  case clang::tooling::Diagnostic::Error:
    return "error";
  case clang::tooling::Diagnostic::Remark:
    return "remark";
  default:
    return "warning";
  }
}

void printJsonFindings(const std::vector<ClangTidyError> &Errors,
                       llvm::raw_ostream &OS) {
  std::vector<const ClangTidyError *> Sorted = sortedFindings(Errors);
  LineTable Lines;
  llvm::json::Array Findings;
  for (const ClangTidyError *E : Sorted) {
    llvm::json::Object F{{"check", E->DiagnosticName},
                         {"level", levelOf(*E)},
                         {"message", E->Message.Message},
                         {"location", where(Lines, E->Message)},
                         {"fingerprint", fingerprint(*E)}};
    checks::FindingKey Key = checks::findingKeyOf(*E);
    if (std::optional<llvm::json::Object> Details = checks::loggedFinding(Key))
      for (const auto &[Name, Value] : *Details)
        F[Name] = Value;
    llvm::json::Array Notes;
    for (const clang::tooling::DiagnosticMessage &N : E->Notes)
      Notes.push_back(llvm::json::Object{{"message", N.Message},
                                         {"location", where(Lines, N)}});
    F["notes"] = std::move(Notes);
    Findings.push_back(std::move(F));
  }
  llvm::json::Object Doc{{"version", JsonSchemaVersion},
                         {"findings", std::move(Findings)}};
  OS << llvm::formatv("{0:2}", llvm::json::Value(std::move(Doc))) << "\n";
}

} // namespace vouch::tool
