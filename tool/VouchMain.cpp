//===- VouchMain.cpp - The vouch command line -----------------------------===//
#include "Commands.h"
#include "DiffInput.h"
#include "Version.h"

#include "llvm/Config/llvm-config.h"
#include "llvm/Support/InitLLVM.h"
#include "llvm/Support/TargetSelect.h"
#include "llvm/Support/WithColor.h"

#include <z3.h>

#ifdef __GLIBC__
#include <malloc.h>
#endif

namespace cl = llvm::cl;
using namespace vouch::tool;

namespace vouch::tool {
cl::OptionCategory &vouchCategory() {
  static cl::OptionCategory Category("vouch options");
  return Category;
}
cl::SubCommand &extractSubcommand() {
  static cl::SubCommand Extract(
      "extract", "Print the contracts of the given files as spec IR (YAML "
                 "or JSON)");
  return Extract;
}
} // namespace vouch::tool

static const char *const Overview = R"(
vouch checks C++ code against its contracts (\pre, \post, \invariant, ACSL
annotations, assert, Expects/Ensures) and reports in clang-tidy's format.
It takes clang-tidy's command line; by default it runs the checks
'-*,contract-*'. 'vouch extract' prints the contracts as spec IR.
)";

/// Z3 allocates and frees hundreds of megabytes per translation unit; by
/// default glibc hands freed memory back to the system and faults it in
/// again, which made a second unit in the same process take three times
/// as long as the first. Keep it.
static void keepFreedMemory() {
#ifdef __GLIBC__
  mallopt(M_TRIM_THRESHOLD, 1 << 30);
  mallopt(M_MMAP_THRESHOLD, 32 << 20);
#endif
}

/// vouch's own version first: a bug report needs it, and the versions of
/// the Clang and Z3 it was built with decide its verdicts too.
static void printVersion(llvm::raw_ostream &OS) {
  unsigned Major, Minor, Build, Revision;
  Z3_get_version(&Major, &Minor, &Build, &Revision);
  OS << "vouch version " << VouchVersion << "\n"
     << "  LLVM and Clang " << LLVM_VERSION_STRING << "\n"
     << "  Z3 " << Major << "." << Minor << "." << Build << "\n";
}

int main(int Argc, const char **Argv) {
  keepFreedMemory();
  llvm::InitLLVM X(Argc, Argv);
  cl::SetVersionPrinter(printVersion);
  auto FromFlags = takeFlagsAfterDashDash(Argc, Argv);
  cl::HideUnrelatedOptions(vouchCategory());
  std::string Errors;
  llvm::raw_string_ostream ErrorStream(Errors);
  if (!cl::ParseCommandLineOptions(Argc, Argv, Overview, &ErrorStream)) {
    llvm::errs() << Errors;
    return ExitUsage;
  }
  std::optional<Change> Changed;
  if (!extractSubcommand()) {
    llvm::Expected<std::optional<Change>> FromDiff = changeFromCommandLine();
    if (!FromDiff) {
      llvm::WithColor::error(llvm::errs(), "vouch")
          << llvm::toString(FromDiff.takeError()) << "\n";
      return ExitUsage;
    }
    Changed = std::move(*FromDiff);
  }
  llvm::Expected<Inputs> In =
      loadInputs(std::move(FromFlags),
                 Changed ? Changed->Files : std::vector<std::string>());
  if (!In) {
    llvm::WithColor::error(llvm::errs(), "vouch")
        << llvm::toString(In.takeError()) << "\n";
    return ExitUsage;
  }
  llvm::InitializeAllTargetInfos();
  llvm::InitializeAllTargetMCs();
  llvm::InitializeAllAsmParsers();
  if (extractSubcommand())
    return runExtractCommand(*In);
  return runCheckCommand(*In, Changed ? &*Changed : nullptr);
}
