//===- ContractTidyModule.cpp - vouch's clang-tidy module -----------------===//
//
// Registers vouch's checks with clang-tidy, both inside the `vouch` binary
// and in the plugin that stock clang-tidy loads with `-load`.
//
//===----------------------------------------------------------------------===//
#include "ContractSyntaxCheck.h"

#include "clang-tidy/ClangTidyModule.h"

namespace vouch::checks {
namespace {

class ContractModule : public clang::tidy::ClangTidyModule {
public:
  void
  addCheckFactories(clang::tidy::ClangTidyCheckFactories &Factories) override {
    Factories.registerCheck<ContractSyntaxCheck>("contract-syntax");
  }
};

} // namespace

// Static registration; the anchor keeps the linker from dropping this file.
static clang::tidy::ClangTidyModuleRegistry::Add<ContractModule>
    Registration("contract-module", "vouch: checks of C++ contracts.");
volatile int ContractModuleAnchorSource = 0;

} // namespace vouch::checks
