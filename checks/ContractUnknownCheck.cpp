//===- ContractUnknownCheck.cpp - contract-unknown -----------------------===//
#include "ContractUnknownCheck.h"

namespace vouch::checks {

bool ContractUnknownCheck::owns(const verify::Finding &F,
                                const verify::FunctionReport &) const {
  return F.Result == verify::Verdict::Unknown;
}

bool ContractUnknownCheck::reports(const verify::Finding &F,
                                   const verify::FunctionReport &Report) const {
  if (F.Result != verify::Verdict::Unknown)
    return false;
  // Undefined behaviour that cannot be decided in code nobody specified is
  // the norm, not news; where a contract states intent, it is reported.
  return F.Kind != verify::ObligationKind::UndefinedBehavior ||
         Report.HasContract;
}

} // namespace vouch::checks
