//===- Obligation.cpp - Proof obligations and their verdicts --------------===//
#include "verify/Obligation.h"

namespace vouch::verify {

llvm::StringRef toString(ObligationKind Kind) {
  switch (Kind) {
  case ObligationKind::Postcondition:
    return "postcondition";
  case ObligationKind::Precondition:
    return "precondition";
  case ObligationKind::Assertion:
    return "assertion";
  case ObligationKind::ClassInvariant:
    return "class-invariant";
  case ObligationKind::LoopInvariant:
    return "loop-invariant";
  case ObligationKind::UndefinedBehavior:
    return "undefined-behavior";
  case ObligationKind::Vacuity:
    return "vacuity";
  }
  return "?";
}

llvm::StringRef toString(Verdict V) {
  switch (V) {
  case Verdict::Proved:
    return "proved";
  case Verdict::Violated:
    return "violated";
  case Verdict::Unknown:
    return "unknown";
  }
  return "?";
}

} // namespace vouch::verify
