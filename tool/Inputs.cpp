//===- Inputs.cpp - Source files and how to compile them ------------------===//
#include "Inputs.h"

#include "Commands.h"
#include "SourceExpansion.h"

#include "clang/Tooling/ArgumentsAdjusters.h"
#include "clang/Tooling/CommonOptionsParser.h"
#include "clang/Tooling/JSONCompilationDatabase.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/VirtualFileSystem.h"
#include "llvm/Support/WithColor.h"

using namespace clang::tooling;
namespace cl = llvm::cl;

namespace vouch::tool {

static cl::opt<std::string>
    BuildPath("p", cl::desc("Build directory holding compile_commands.json"),
              cl::value_desc("build dir"), cl::cat(vouchCategory()),
              cl::sub(cl::SubCommand::getTopLevel()),
              cl::sub(extractSubcommand()));
static cl::list<std::string> SourcePaths(cl::Positional,
                                         cl::desc("<source0> [... <sourceN>]"),
                                         cl::cat(vouchCategory()),
                                         cl::sub(cl::SubCommand::getTopLevel()),
                                         cl::sub(extractSubcommand()));
static cl::list<std::string>
    ArgsAfter("extra-arg",
              cl::desc("Additional argument to append to the compiler "
                       "command line"),
              cl::cat(vouchCategory()), cl::sub(cl::SubCommand::getTopLevel()),
              cl::sub(extractSubcommand()));
static cl::list<std::string>
    ArgsBefore("extra-arg-before",
               cl::desc("Additional argument to prepend to the compiler "
                        "command line"),
               cl::cat(vouchCategory()), cl::sub(cl::SubCommand::getTopLevel()),
               cl::sub(extractSubcommand()));

std::unique_ptr<CompilationDatabase> takeFlagsAfterDashDash(int &Argc,
                                                            const char **Argv) {
  std::string Error;
  return FixedCompilationDatabase::loadFromCommandLine(Argc, Argv, Error);
}

static llvm::Error inputError(const llvm::Twine &Message) {
  return llvm::createStringError(llvm::inconvertibleErrorCode(), Message.str());
}

/// The directory autoDetectFromSource takes its database from: the
/// nearest one upward holding compile_commands.json or compile_flags.txt.
static std::string databaseDirectoryAbove(llvm::StringRef File) {
  llvm::SmallString<256> Dir(File);
  llvm::sys::fs::make_absolute(Dir);
  for (llvm::sys::path::remove_filename(Dir); !Dir.empty();
       Dir = llvm::sys::path::parent_path(Dir)) {
    for (llvm::StringRef Name :
         {"compile_commands.json", "compile_flags.txt"}) {
      llvm::SmallString<256> Candidate(Dir);
      llvm::sys::path::append(Candidate, Name);
      if (llvm::sys::fs::exists(Candidate))
        return std::string(Dir);
    }
    if (llvm::sys::path::parent_path(Dir) == Dir)
      break;
  }
  return "";
}

/// As clang-tidy loads a database: a file it does not list (a header, an
/// editor's temporary copy) gets the flags of its nearest neighbour.
static std::unique_ptr<CompilationDatabase>
asClangTidyLoadsIt(std::unique_ptr<CompilationDatabase> Database) {
  return inferTargetAndDriverMode(
      inferMissingCompileCommands(expandResponseFiles(
          std::move(Database), llvm::vfs::getRealFileSystem())));
}

static llvm::Expected<std::unique_ptr<CompilationDatabase>>
loadFromBuildPath(std::string &BuildDirectory) {
  std::string Error;
  // `-p build/compile_commands.json` names the file itself.
  bool NamesFile = llvm::sys::fs::is_regular_file(BuildPath);
  if (!NamesFile && !llvm::sys::fs::is_directory(BuildPath))
    return inputError("build directory '" + BuildPath + "' does not exist");
  llvm::SmallString<256> Directory(BuildPath);
  if (NamesFile)
    llvm::sys::path::remove_filename(Directory);
  llvm::sys::fs::make_absolute(Directory);
  BuildDirectory = std::string(Directory);
  llvm::SmallString<256> JsonPath(BuildPath);
  if (!NamesFile)
    llvm::sys::path::append(JsonPath, "compile_commands.json");
  if (llvm::sys::fs::exists(JsonPath)) {
    auto Json = JSONCompilationDatabase::loadFromFile(
        JsonPath, Error, JSONCommandLineSyntax::AutoDetect);
    if (!Json)
      return inputError("cannot read '" + JsonPath +
                        "': " + llvm::StringRef(Error).trim());
    return asClangTidyLoadsIt(std::move(Json));
  }
  auto Found = CompilationDatabase::autoDetectFromDirectory(Directory, Error);
  if (!Found)
    return inputError("no compilation database in '" + BuildPath +
                      "' or its parent directories");
  return asClangTidyLoadsIt(std::move(Found));
}

/// The nearest database upward from the first input, as clang-tidy finds
/// it; for a directory or a glob, from the directory it names.
static std::unique_ptr<CompilationDatabase>
detectFromFirstInput(llvm::StringRef First, std::string &BuildDirectory) {
  std::string Error;
  std::unique_ptr<CompilationDatabase> Found;
  std::string Start;
  if (llvm::sys::fs::is_directory(First)) {
    Found = CompilationDatabase::autoDetectFromDirectory(First, Error);
    Start = (First + "/.").str();
  } else {
    Found = CompilationDatabase::autoDetectFromSource(First, Error);
    Start = First.str();
  }
  if (!Found)
    return nullptr;
  BuildDirectory = databaseDirectoryAbove(Start);
  return asClangTidyLoadsIt(std::move(Found));
}

llvm::Expected<Inputs>
loadInputs(std::unique_ptr<CompilationDatabase> FromFlags,
           llvm::ArrayRef<std::string> WhenNoFiles) {
  Inputs In;
  std::vector<std::string> Named(SourcePaths.begin(), SourcePaths.end());
  if (Named.empty())
    Named = WhenNoFiles;
  if (FromFlags) {
    In.Compilations = std::move(FromFlags);
  } else if (!BuildPath.empty()) {
    auto Loaded = loadFromBuildPath(In.BuildDirectory);
    if (!Loaded)
      return Loaded.takeError();
    In.Compilations = std::move(*Loaded);
  } else if (!Named.empty()) {
    In.Compilations = detectFromFirstInput(Named.front(), In.BuildDirectory);
    if (!In.Compilations) {
      llvm::WithColor::warning(llvm::errs(), "vouch")
          << "no compilation database found for '" << Named.front()
          << "'; running without flags (give '-p <build dir>' or "
             "'-- <flags>')\n";
      In.Compilations = std::make_unique<FixedCompilationDatabase>(
          ".", std::vector<std::string>());
    }
  }
  auto Files = expandSources(Named, In.Compilations.get());
  if (!Files)
    return Files.takeError();
  In.Files = std::move(*Files);
  if (In.Compilations) {
    auto Adjusting = std::make_unique<ArgumentsAdjustingCompilations>(
        std::move(In.Compilations));
    Adjusting->appendArgumentsAdjuster(combineAdjusters(
        getInsertArgumentAdjuster(ArgsBefore, ArgumentInsertPosition::BEGIN),
        getInsertArgumentAdjuster(ArgsAfter, ArgumentInsertPosition::END)));
    In.Compilations = std::move(Adjusting);
  }
  return In;
}

} // namespace vouch::tool
