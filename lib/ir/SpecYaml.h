//===- SpecYaml.h - Spec IR as YAML ----------------------------*- C++ -*-===//
#ifndef VOUCH_IR_SPECYAML_H
#define VOUCH_IR_SPECYAML_H

#include "ir/Spec.h"

#include "llvm/ADT/StringRef.h"
#include "llvm/Support/Error.h"

#include <string>

namespace vouch::ir {

/// The document in YAML, keys in the documented order, ending in a newline.
std::string toYaml(const SpecDocument &Doc);

/// Reads a document back; errors give line, column and path.
llvm::Expected<SpecDocument> fromYaml(llvm::StringRef Text);

} // namespace vouch::ir

#endif // VOUCH_IR_SPECYAML_H
