//===- StockModules.cpp - Link clang-tidy's own checks into vouch ---------===//
//
// `vouch` runs any stock clang-tidy check the user enables. Each module
// registers itself statically; referencing its anchor keeps the linker from
// dropping it. (clang-tidy's ClangTidyForceLinker.h does the same but needs
// a configuration header that Debian does not install.)
//
//===----------------------------------------------------------------------===//

namespace clang::tidy {
#define VOUCH_STOCK_MODULE(Name)                                               \
  extern volatile int Name##ModuleAnchorSource;                                \
  [[maybe_unused]] static int Name##ModuleAnchorDestination =                  \
      Name##ModuleAnchorSource;
VOUCH_STOCK_MODULE(Abseil)
VOUCH_STOCK_MODULE(Altera)
VOUCH_STOCK_MODULE(Android)
VOUCH_STOCK_MODULE(Boost)
VOUCH_STOCK_MODULE(Bugprone)
VOUCH_STOCK_MODULE(CERT)
VOUCH_STOCK_MODULE(Concurrency)
VOUCH_STOCK_MODULE(CppCoreGuidelines)
VOUCH_STOCK_MODULE(Darwin)
VOUCH_STOCK_MODULE(Fuchsia)
VOUCH_STOCK_MODULE(Google)
VOUCH_STOCK_MODULE(HICPP)
VOUCH_STOCK_MODULE(LinuxKernel)
VOUCH_STOCK_MODULE(LLVM)
VOUCH_STOCK_MODULE(LLVMLibc)
VOUCH_STOCK_MODULE(Misc)
VOUCH_STOCK_MODULE(Modernize)
VOUCH_STOCK_MODULE(MPI)
VOUCH_STOCK_MODULE(ObjC)
VOUCH_STOCK_MODULE(OpenMP)
VOUCH_STOCK_MODULE(Performance)
VOUCH_STOCK_MODULE(Portability)
VOUCH_STOCK_MODULE(Readability)
VOUCH_STOCK_MODULE(Zircon)
#undef VOUCH_STOCK_MODULE
} // namespace clang::tidy

namespace vouch::checks {
extern volatile int ContractModuleAnchorSource;
[[maybe_unused]] static int ContractModuleAnchorDestination =
    ContractModuleAnchorSource;
} // namespace vouch::checks
