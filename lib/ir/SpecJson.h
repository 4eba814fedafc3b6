//===- SpecJson.h - Spec IR as JSON ----------------------------*- C++ -*-===//
#ifndef VOUCH_IR_SPECJSON_H
#define VOUCH_IR_SPECJSON_H

#include "ir/Spec.h"

#include "llvm/ADT/StringRef.h"
#include "llvm/Support/Error.h"

#include <string>

namespace vouch::ir {

/// The document as pretty-printed JSON (2-space indent, trailing newline),
/// keys in the same order as the YAML form.
std::string toJsonText(const SpecDocument &Doc);

/// Reads a document back; errors give the path of the offending value.
llvm::Expected<SpecDocument> fromJson(llvm::StringRef Text);

} // namespace vouch::ir

#endif // VOUCH_IR_SPECJSON_H
