//===- ContractUnknownCheck.cpp - contract-unknown -----------------------===//
#include "ContractUnknownCheck.h"

namespace vouch::checks {

bool ContractUnknownCheck::reports(const verify::Finding &F) const {
  return F.Result == verify::Verdict::Unknown;
}

} // namespace vouch::checks
