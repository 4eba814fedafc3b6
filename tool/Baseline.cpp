//===- Baseline.cpp - `--baseline` and `--write-baseline` -----------------===//
#include "Baseline.h"

#include "Commands.h"
#include "Fingerprint.h"

#include "llvm/Support/CommandLine.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/FormatVariadic.h"
#include "llvm/Support/JSON.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/Path.h"

#include <algorithm>
#include <tuple>

using namespace clang::tidy;
namespace json = llvm::json;

namespace vouch::tool {
namespace {

llvm::cl::opt<std::string> BaselineFile(
    "baseline",
    llvm::cl::desc("Report, and fail on, only the findings that this "
                   "baseline file (written by --write-baseline) does not "
                   "record."),
    llvm::cl::value_desc("file"), llvm::cl::cat(vouchCategory()));
llvm::cl::opt<std::string> WriteBaselineFile(
    "write-baseline",
    llvm::cl::desc("Record the findings of this run in a baseline file, "
                   "for --baseline. Compile errors and remarks are not "
                   "recorded."),
    llvm::cl::value_desc("file"), llvm::cl::cat(vouchCategory()));

llvm::Error lineError(const llvm::Twine &Message) {
  return llvm::createStringError(llvm::inconvertibleErrorCode(), Message.str());
}

/// Compile errors always fail the run, and remarks never do: neither is a
/// finding to accept.
bool recordable(const ClangTidyError &E) {
  return E.DiagLevel == ClangTidyError::Warning;
}

} // namespace

llvm::Expected<AcceptedFindings> readBaseline(llvm::StringRef Path) {
  auto Text = llvm::MemoryBuffer::getFile(Path, /*IsText=*/true);
  if (!Text)
    return lineError("cannot read baseline '" + Path +
                     "': " + Text.getError().message());
  llvm::Expected<json::Value> Doc = json::parse((*Text)->getBuffer());
  if (!Doc)
    return lineError("baseline '" + Path +
                     "' is not valid JSON: " + llvm::toString(Doc.takeError()));
  auto Malformed = [&](const llvm::Twine &What) {
    return lineError("baseline '" + Path + "' is malformed: " + What);
  };
  const json::Object *Root = Doc->getAsObject();
  if (!Root)
    return Malformed("expected an object written by --write-baseline");
  if (Root->getInteger("version") != BaselineSchemaVersion)
    return Malformed(
        llvm::formatv("expected \"version\": {0}", BaselineSchemaVersion));
  if (std::optional<llvm::StringRef> Kind = Root->getString("fingerprint");
      Kind != FingerprintKey)
    return Malformed("expected \"fingerprint\": \"" + FingerprintKey +
                     "\" (a baseline from another version of vouch must be "
                     "written again)");
  const json::Array *Findings = Root->getArray("findings");
  if (!Findings)
    return Malformed("expected a \"findings\" array");
  AcceptedFindings Accepted;
  for (std::size_t I = 0; I < Findings->size(); ++I) {
    const json::Object *F = (*Findings)[I].getAsObject();
    std::optional<llvm::StringRef> Fingerprint =
        F ? F->getString("fingerprint") : std::nullopt;
    if (!Fingerprint || Fingerprint->empty())
      return Malformed(llvm::formatv("finding {0} has no \"fingerprint\"", I));
    ++Accepted[Fingerprint->str()];
  }
  return Accepted;
}

llvm::Error writeBaseline(llvm::StringRef Path,
                          const std::vector<ClangTidyError> &Errors) {
  struct Entry {
    std::string File, Fingerprint, Check, Message;
  };
  std::vector<Entry> Entries;
  for (const ClangTidyError *E : sortedFindings(Errors))
    if (recordable(*E))
      Entries.push_back({relativeToCurrentDirectory(E->Message.FilePath),
                         fingerprint(*E), E->DiagnosticName,
                         E->Message.Message});
  // Without line numbers, the order does not change when lines move.
  std::sort(Entries.begin(), Entries.end(), [](const Entry &A, const Entry &B) {
    return std::tie(A.File, A.Fingerprint, A.Check, A.Message) <
           std::tie(B.File, B.Fingerprint, B.Check, B.Message);
  });
  json::Array Findings;
  for (Entry &E : Entries)
    Findings.push_back(json::Object{{"fingerprint", std::move(E.Fingerprint)},
                                    {"check", std::move(E.Check)},
                                    {"message", std::move(E.Message)},
                                    {"file", std::move(E.File)}});
  json::Object Doc{{"version", BaselineSchemaVersion},
                   {"fingerprint", FingerprintKey},
                   {"findings", std::move(Findings)}};

  auto CannotWrite = [&](const llvm::Twine &Why) {
    return lineError("cannot write baseline '" + Path + "': " + Why);
  };
  llvm::Expected<llvm::sys::fs::TempFile> Temp =
      llvm::sys::fs::TempFile::create(Path + ".tmp-%%%%%%");
  if (!Temp)
    return CannotWrite(llvm::toString(Temp.takeError()));
  {
    llvm::raw_fd_ostream OS(Temp->FD, /*shouldClose=*/false);
    OS << llvm::formatv("{0:2}", json::Value(std::move(Doc))) << "\n";
    OS.flush();
    if (OS.has_error()) {
      std::string Why = OS.error().message();
      OS.clear_error();
      llvm::consumeError(Temp->discard());
      return CannotWrite(Why);
    }
  }
  if (llvm::Error E = Temp->keep(Path)) {
    std::string Why = llvm::toString(std::move(E));
    llvm::consumeError(Temp->discard());
    return CannotWrite(Why);
  }
  return llvm::Error::success();
}

unsigned applyBaseline(const AcceptedFindings &Accepted,
                       std::vector<ClangTidyError> &Errors) {
  AcceptedFindings Left = Accepted;
  std::vector<bool> Drop(Errors.size(), false);
  unsigned Dropped = 0;
  for (const ClangTidyError *E : sortedFindings(Errors)) {
    if (!recordable(*E))
      continue;
    auto It = Left.find(fingerprint(*E));
    if (It == Left.end() || It->second == 0)
      continue;
    --It->second;
    Drop[E - Errors.data()] = true;
    ++Dropped;
  }
  std::vector<ClangTidyError> Kept;
  Kept.reserve(Errors.size() - Dropped);
  for (std::size_t I = 0; I < Errors.size(); ++I)
    if (!Drop[I])
      Kept.push_back(std::move(Errors[I]));
  Errors = std::move(Kept);
  return Dropped;
}

llvm::Expected<BaselineOptions> BaselineOptions::fromCommandLine() {
  BaselineOptions Out;
  bool Read = BaselineFile.getNumOccurrences();
  bool Write = WriteBaselineFile.getNumOccurrences();
  if (Read && Write)
    return lineError("--baseline and --write-baseline cannot be combined: "
                     "write the new baseline without --baseline");
  if ((Read && BaselineFile.empty()) || (Write && WriteBaselineFile.empty()))
    return lineError("--baseline and --write-baseline need a file name");
  if (Read) {
    llvm::Expected<AcceptedFindings> Accepted = readBaseline(BaselineFile);
    if (!Accepted)
      return Accepted.takeError();
    Out.Reading = true;
    Out.Accepted = std::move(*Accepted);
  }
  if (Write) {
    // Caught before the analysis rather than after it.
    llvm::StringRef Dir = llvm::sys::path::parent_path(WriteBaselineFile);
    if (!llvm::sys::fs::is_directory(Dir.empty() ? "." : Dir))
      return lineError("cannot write baseline '" + WriteBaselineFile +
                       "': no such directory");
    Out.WritePath = WriteBaselineFile;
  }
  return Out;
}

llvm::Error BaselineOptions::apply(std::vector<ClangTidyError> &Errors) {
  if (!WritePath.empty()) {
    if (llvm::Error E = writeBaseline(WritePath, Errors))
      return E;
    Written = llvm::count_if(Errors, recordable);
  }
  if (Reading)
    Suppressed = applyBaseline(Accepted, Errors);
  return llvm::Error::success();
}

void BaselineOptions::printSummary(llvm::raw_ostream &OS) const {
  if (Reading)
    OS << "vouch: " << Suppressed
       << (Suppressed == 1 ? " finding" : " findings")
       << " suppressed by the baseline\n";
  if (!WritePath.empty())
    OS << "vouch: " << Written << (Written == 1 ? " finding" : " findings")
       << " written to the baseline '" << WritePath << "'\n";
}

} // namespace vouch::tool
