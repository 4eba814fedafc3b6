//===- ContractTidyModule.cpp - vouch's clang-tidy module -----------------===//
//
// Registers vouch's checks with clang-tidy, both inside the `vouch` binary
// and in the plugin that stock clang-tidy loads with `-load`.
//
//===----------------------------------------------------------------------===//
#include "ContractAssertionCheck.h"
#include "ContractInvariantCheck.h"
#include "ContractPostconditionCheck.h"
#include "ContractPreconditionCheck.h"
#include "ContractSyntaxCheck.h"
#include "ContractUndefinedBehaviorCheck.h"
#include "ContractUnknownCheck.h"
#include "ContractVacuousCheck.h"

#include "clang-tidy/ClangTidyModule.h"

namespace vouch::checks {
namespace {

class ContractModule : public clang::tidy::ClangTidyModule {
public:
  void
  addCheckFactories(clang::tidy::ClangTidyCheckFactories &Factories) override {
    Factories.registerCheck<ContractAssertionCheck>("contract-assertion");
    Factories.registerCheck<ContractInvariantCheck>("contract-invariant");
    Factories.registerCheck<ContractPostconditionCheck>(
        "contract-postcondition");
    Factories.registerCheck<ContractPreconditionCheck>("contract-precondition");
    Factories.registerCheck<ContractSyntaxCheck>("contract-syntax");
    Factories.registerCheck<ContractUndefinedBehaviorCheck>(
        "contract-undefined-behavior");
    Factories.registerCheck<ContractUnknownCheck>("contract-unknown");
    Factories.registerCheck<ContractVacuousCheck>("contract-vacuous");
  }
};

} // namespace

// Static registration; the anchor keeps the linker from dropping this file.
static clang::tidy::ClangTidyModuleRegistry::Add<ContractModule>
    Registration("contract-module", "vouch: checks of C++ contracts.");
volatile int ContractModuleAnchorSource = 0;

} // namespace vouch::checks
