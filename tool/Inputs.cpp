//===- Inputs.cpp - Source files and how to compile them ------------------===//
#include "Inputs.h"

#include "Commands.h"

#include "clang/Tooling/ArgumentsAdjusters.h"
#include "clang/Tooling/CommonOptionsParser.h"
#include "clang/Tooling/JSONCompilationDatabase.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/Path.h"
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

llvm::Expected<Inputs>
loadInputs(std::unique_ptr<CompilationDatabase> FromFlags) {
  Inputs In;
  In.Files.assign(SourcePaths.begin(), SourcePaths.end());
  for (const std::string &File : In.Files) {
    if (llvm::sys::fs::is_directory(File))
      return inputError("'" + File + "' is a directory; name source files");
    if (!llvm::sys::fs::exists(File))
      return inputError("no such file: '" + File + "'");
  }
  std::string Error;
  if (FromFlags) {
    In.Compilations = std::move(FromFlags);
  } else if (!BuildPath.empty()) {
    if (!llvm::sys::fs::is_directory(BuildPath))
      return inputError("build directory '" + BuildPath + "' does not exist");
    llvm::SmallString<256> Absolute(BuildPath);
    llvm::sys::fs::make_absolute(Absolute);
    In.BuildDirectory = std::string(Absolute);
    llvm::SmallString<256> JsonPath(BuildPath);
    llvm::sys::path::append(JsonPath, "compile_commands.json");
    if (llvm::sys::fs::exists(JsonPath)) {
      In.Compilations = JSONCompilationDatabase::loadFromFile(
          JsonPath, Error, JSONCommandLineSyntax::AutoDetect);
      if (!In.Compilations)
        return inputError("cannot read '" + JsonPath +
                          "': " + llvm::StringRef(Error).trim());
    } else {
      In.Compilations =
          CompilationDatabase::autoDetectFromDirectory(BuildPath, Error);
      if (!In.Compilations)
        return inputError("no compilation database in '" + BuildPath +
                          "' or its parent directories");
    }
  } else if (!In.Files.empty()) {
    In.Compilations =
        CompilationDatabase::autoDetectFromSource(In.Files.front(), Error);
    if (In.Compilations)
      In.BuildDirectory = databaseDirectoryAbove(In.Files.front());
    else {
      llvm::WithColor::warning(llvm::errs(), "vouch")
          << "no compilation database found for '" << In.Files.front()
          << "'; running without flags (give '-p <build dir>' or "
             "'-- <flags>')\n";
      In.Compilations = std::make_unique<FixedCompilationDatabase>(
          ".", std::vector<std::string>());
    }
  }
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
