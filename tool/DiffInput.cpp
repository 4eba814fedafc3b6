//===- DiffInput.cpp - `--diff`: the lines a change touched ---------------===//
#include "DiffInput.h"

#include "Commands.h"

#include "llvm/Support/CommandLine.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/Process.h"
#include "llvm/Support/Program.h"

namespace cl = llvm::cl;
namespace fs = llvm::sys::fs;

namespace vouch::tool {
namespace {

cl::opt<std::string> Diff(
    "diff",
    cl::desc("Report only on functions a change touches: the changes of the "
             "working tree since git revision REV, or '-' for a unified "
             "diff on standard input (as clang-tidy-diff takes). Without "
             "input files, the changed C and C++ files are analysed."),
    cl::value_desc("REV|-"), cl::cat(vouchCategory()),
    cl::sub(cl::SubCommand::getTopLevel()));
cl::opt<unsigned> DiffStrip(
    "diff-strip",
    cl::desc("Leading path components to strip from the file names of a "
             "diff on standard input (default: none if the file so named "
             "exists, else the first, as git's 'b/')."),
    cl::value_desc("N"), cl::cat(vouchCategory()),
    cl::sub(cl::SubCommand::getTopLevel()));

llvm::Error diffError(const llvm::Twine &Message) {
  return llvm::createStringError(llvm::inconvertibleErrorCode(), Message.str());
}

bool isCOrCxx(llvm::StringRef File) {
  return llvm::is_contained({".c", ".cc", ".cpp", ".cxx", ".c++", ".C", ".h",
                             ".hh", ".hpp", ".hxx", ".h++", ".H", ".inl",
                             ".ipp", ".tcc"},
                            llvm::sys::path::extension(File));
}

llvm::StringRef stripComponents(llvm::StringRef Path, unsigned N) {
  for (unsigned I = 0; I < N && !Path.empty(); ++I)
    Path = Path.split('/').second;
  return Path;
}

/// Runs git with Args in the current directory; its standard output.
llvm::Expected<std::string> runGit(llvm::ArrayRef<llvm::StringRef> Args) {
  llvm::ErrorOr<std::string> Git = llvm::sys::findProgramByName("git");
  if (!Git)
    return diffError("--diff needs git, which is not on PATH");
  llvm::SmallString<128> Out, Err;
  int OutFD, ErrFD;
  if (fs::createTemporaryFile("vouch-git", "out", OutFD, Out) ||
      fs::createTemporaryFile("vouch-git", "err", ErrFD, Err))
    return diffError("--diff: cannot create a temporary file");
  llvm::sys::Process::SafelyCloseFileDescriptor(OutFD);
  llvm::sys::Process::SafelyCloseFileDescriptor(ErrFD);
  std::vector<llvm::StringRef> Argv{*Git};
  Argv.insert(Argv.end(), Args.begin(), Args.end());
  std::optional<llvm::StringRef> Redirects[] = {std::nullopt, Out.str(),
                                                Err.str()};
  std::string Message;
  int Status = llvm::sys::ExecuteAndWait(*Git, Argv, std::nullopt, Redirects, 0,
                                         0, &Message);
  auto Output = llvm::MemoryBuffer::getFile(Out);
  auto Errors = llvm::MemoryBuffer::getFile(Err);
  fs::remove(Out);
  fs::remove(Err);
  if (Status != 0) {
    llvm::StringRef Why = Errors ? (*Errors)->getBuffer().trim() : "";
    if (Why.empty())
      Why = Message;
    return diffError("git " + llvm::join(Args, " ") +
                     " failed: " + Why.split('\n').first);
  }
  if (!Output)
    return diffError("--diff: cannot read git's output");
  return (*Output)->getBuffer().str();
}

std::string realPath(llvm::StringRef Path) {
  llvm::SmallString<256> Real;
  if (fs::real_path(Path, Real))
    return Path.str();
  return std::string(Real);
}

/// The lines of Diff by real path, and the files that exist; paths
/// relative to Base. Without Strip, a name is taken as it is if that file
/// exists, else without its first component (git's `b/`).
Change changeOf(llvm::StringRef Diff, std::optional<unsigned> Strip,
                llvm::StringRef Base) {
  Change C;
  for (auto &[Spelled, Ranges] : parseUnifiedDiff(Diff, Strip.value_or(0))) {
    llvm::StringRef Name = Spelled;
    if (!Strip && !fs::exists(Name) && fs::exists(stripComponents(Name, 1)))
      Name = stripComponents(Name, 1);
    llvm::SmallString<256> Path(Name);
    if (!Base.empty() && !llvm::sys::path::is_absolute(Path)) {
      Path = Base;
      llvm::sys::path::append(Path, Name);
    }
    if (!fs::exists(Path))
      continue;
    if (isCOrCxx(Path))
      C.Files.push_back(std::string(Path));
    C.Lines[realPath(Path)] = std::move(Ranges);
  }
  return C;
}

} // namespace

std::map<std::string, checks::LineRanges>
parseUnifiedDiff(llvm::StringRef Diff, unsigned StripComponents) {
  std::map<std::string, checks::LineRanges> ByFile;
  checks::LineRanges *Current = nullptr;
  unsigned NewLine = 0; // the new side's line the next hunk line is at
  unsigned OldLeft = 0; // lines of the hunk still to come on each side
  unsigned NewLeft = 0;
  auto Touch = [&](unsigned First, unsigned Last) {
    if (!Current->empty() && Current->back().second + 1 >= First)
      Current->back().second = std::max(Current->back().second, Last);
    else
      Current->push_back({First, Last});
  };
  llvm::SmallVector<llvm::StringRef> Lines;
  Diff.split(Lines, '\n');
  for (llvm::StringRef Line : Lines) {
    if (Current && (OldLeft || NewLeft)) {
      // Inside a hunk: only added lines, and the places of removed ones,
      // are changes; context lines are not.
      if (Line.starts_with("+") && NewLeft) {
        Touch(NewLine, NewLine);
        ++NewLine;
        --NewLeft;
      } else if (Line.starts_with("-") && OldLeft) {
        Touch(std::max(NewLine, 2u) - 1, NewLine);
        --OldLeft;
      } else if (!Line.starts_with("\\")) {
        ++NewLine;
        OldLeft -= OldLeft > 0;
        NewLeft -= NewLeft > 0;
      }
      continue;
    }
    if (Line.consume_front("+++ ")) {
      // `+++ b/src/a.cpp\t2024-01-01 ...`: the name ends at a tab.
      llvm::StringRef Name = Line.split('\t').first.rtrim("\r");
      Current = Name == "/dev/null"
                    ? nullptr
                    : &ByFile[stripComponents(Name, StripComponents).str()];
      continue;
    }
    if (!Current || !Line.consume_front("@@ "))
      continue;
    // `@@ -12,3 +14,5 @@`: three old lines from 12, five new from 14.
    auto [Old, Rest] = Line.split(' ');
    llvm::StringRef New = Rest.split(' ').first;
    if (!Old.consume_front("-") || !New.consume_front("+"))
      continue;
    auto Count = [](llvm::StringRef Range, unsigned &Start, unsigned &N) {
      auto [StartText, CountText] = Range.split(',');
      N = 1;
      return !StartText.getAsInteger(10, Start) &&
             (CountText.empty() || !CountText.getAsInteger(10, N));
    };
    unsigned OldStart;
    if (!Count(Old, OldStart, OldLeft) || !Count(New, NewLine, NewLeft)) {
      OldLeft = NewLeft = 0;
      continue;
    }
    // With no new lines, the hunk's position is the line before the
    // deletion.
    if (NewLeft == 0)
      ++NewLine;
  }
  return ByFile;
}

llvm::Expected<std::optional<Change>> changeFromCommandLine() {
  if (!Diff.getNumOccurrences())
    return std::nullopt;
  if (Diff.empty())
    return diffError("--diff needs a git revision or '-'");
  if (Diff == "-") {
    auto Text = llvm::MemoryBuffer::getSTDIN();
    if (!Text)
      return diffError("--diff=-: cannot read standard input: " +
                       Text.getError().message());
    std::optional<unsigned> Strip;
    if (DiffStrip.getNumOccurrences())
      Strip = DiffStrip;
    return Change(changeOf((*Text)->getBuffer(), Strip, ""));
  }
  if (DiffStrip.getNumOccurrences())
    return diffError("--diff-strip applies to a diff on standard input only");
  auto Top = runGit({"rev-parse", "--show-toplevel"});
  if (!Top)
    return Top.takeError();
  auto Text = runGit({"diff", "-U0", "--no-color", "--no-ext-diff",
                      "--no-prefix", "--no-renames", Diff, "--"});
  if (!Text)
    return Text.takeError();
  return Change(changeOf(*Text, 0u, llvm::StringRef(*Top).trim()));
}

std::string describeChange(const Change &C) {
  std::string Out;
  for (const auto &[File, Ranges] : C.Lines) {
    Out += File + ":";
    for (const auto &[From, To] : Ranges)
      Out += " " + std::to_string(From) + "-" + std::to_string(To);
    Out += "\n";
  }
  return Out;
}

} // namespace vouch::tool
