//===- Fingerprint.cpp - Stable identities of findings --------------------===//
#include "Fingerprint.h"

#include "../checks/FindingLog.h"

#include "llvm/ADT/StringExtras.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/xxhash.h"

#include <algorithm>
#include <optional>

using namespace clang::tidy;

namespace vouch::tool {
namespace {

/// `Path` without the directory `Dir` in front, if it is under it.
std::optional<std::string> under(llvm::StringRef Path, llvm::StringRef Dir) {
  std::string Prefix = Dir.str();
  if (Prefix.empty())
    return std::nullopt;
  if (!llvm::sys::path::is_separator(Prefix.back()))
    Prefix += llvm::sys::path::get_separator();
  if (!Path.starts_with(Prefix) || Path.size() == Prefix.size())
    return std::nullopt;
  return llvm::sys::path::convert_to_slash(Path.drop_front(Prefix.size()));
}

/// "f(int, long)", or "" when nothing was logged.
std::string signature(const llvm::json::Object *Function) {
  if (!Function)
    return "";
  std::string Out = Function->getString("name").value_or("").str();
  Out += "(";
  if (const llvm::json::Array *Params = Function->getArray("parameters"))
    for (std::size_t I = 0; I < Params->size(); ++I) {
      if (I)
        Out += ", ";
      if (const llvm::json::Object *P = (*Params)[I].getAsObject())
        Out += P->getString("type").value_or("").str();
    }
  return Out + ")";
}

} // namespace

std::string relativeToCurrentDirectory(llvm::StringRef Path) {
  if (Path.empty())
    return "";
  llvm::SmallString<256> Abs(Path);
  llvm::sys::fs::make_absolute(Abs);
  llvm::sys::path::remove_dots(Abs, /*remove_dot_dot=*/true);
  llvm::SmallString<256> Cwd;
  if (!llvm::sys::fs::current_path(Cwd)) {
    if (auto Relative = under(Abs, Cwd))
      return *Relative;
    llvm::SmallString<256> RealPath, RealCwd;
    if (!llvm::sys::fs::real_path(Abs, RealPath) &&
        !llvm::sys::fs::real_path(Cwd, RealCwd))
      if (auto Relative = under(RealPath, RealCwd))
        return *Relative;
  }
  return llvm::sys::path::convert_to_slash(Abs);
}

std::string normaliseText(llvm::StringRef Text) {
  std::string Out;
  for (std::size_t I = 0; I < Text.size();) {
    char C = Text[I];
    if (llvm::isSpace(C)) {
      while (I < Text.size() && llvm::isSpace(Text[I]))
        ++I;
      if (!Out.empty() && I < Text.size())
        Out += ' ';
      continue;
    }
    // A position "12:7" standing alone (not part of a longer name).
    bool Starts = llvm::isDigit(C) && (I == 0 || !llvm::isAlnum(Text[I - 1]));
    if (Starts) {
      std::size_t J = I;
      while (J < Text.size() && llvm::isDigit(Text[J]))
        ++J;
      if (J + 1 < Text.size() && Text[J] == ':' && llvm::isDigit(Text[J + 1])) {
        std::size_t K = J + 1;
        while (K < Text.size() && llvm::isDigit(Text[K]))
          ++K;
        if (K == Text.size() || !llvm::isAlnum(Text[K])) {
          Out += "?:?";
          I = K;
          continue;
        }
      }
    }
    Out += C;
    ++I;
  }
  return Out;
}

std::string fingerprint(const ClangTidyError &E) {
  std::string Key = "vouch-fingerprint-v1";
  auto Add = [&](llvm::StringRef Part) {
    Key += '\x1f';
    Key += Part;
  };
  Add(E.DiagnosticName);
  Add(relativeToCurrentDirectory(E.Message.FilePath));
  llvm::StringRef Message = E.Message.Message;
  checks::FindingKey LogKey = checks::findingKeyOf(E);
  if (std::optional<llvm::json::Object> Details =
          checks::loggedFinding(LogKey)) {
    llvm::StringRef Verdict = Details->getString("verdict").value_or("");
    Add(Verdict);
    Add(Details->getString("obligation").value_or(""));
    Add(signature(Details->getObject("function")));
    const llvm::json::Object *Clause = Details->getObject("clause");
    Add(Clause ? normaliseText(Clause->getString("text").value_or("")) : "");
    // Why a clause is Unknown may change with the code around it; the
    // clause and its function stay the same finding.
    std::optional<llvm::StringRef> Reason = Details->getString("reason");
    if (Verdict == "unknown" && Reason && !Reason->empty())
      Message.consume_back(*Reason);
  }
  Add(normaliseText(Message));
  return llvm::utohexstr(llvm::xxh3_64bits(Key), /*LowerCase=*/true,
                         /*Width=*/16);
}

std::vector<const ClangTidyError *>
sortedFindings(const std::vector<ClangTidyError> &Errors) {
  std::vector<const ClangTidyError *> Sorted;
  for (const ClangTidyError &E : Errors)
    Sorted.push_back(&E);
  // Equal places keep clang-tidy's order: the addresses are in it.
  std::sort(Sorted.begin(), Sorted.end(),
            [](const ClangTidyError *A, const ClangTidyError *B) {
              return std::tie(A->Message.FilePath, A->Message.FileOffset, A) <
                     std::tie(B->Message.FilePath, B->Message.FileOffset, B);
            });
  return Sorted;
}

} // namespace vouch::tool
