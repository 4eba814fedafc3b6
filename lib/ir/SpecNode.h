//===- SpecNode.h - The spec IR as a YAML/JSON document tree ---*- C++ -*-===//
//
// One mapping between the IR and a generic document tree (yaml-cpp's
// YAML::Node, which keeps key order) serves both text formats, so YAML and
// JSON cannot drift apart. The schema is documented in docs/spec-ir.md.
//
//===----------------------------------------------------------------------===//
#ifndef VOUCH_IR_SPECNODE_H
#define VOUCH_IR_SPECNODE_H

#include "ir/Spec.h"

#include "llvm/Support/Error.h"

#include <yaml-cpp/yaml.h>

namespace vouch::ir {

YAML::Node toNode(const SpecDocument &Doc);

/// Validates every key, type and enum spelling; errors name the offending
/// path (and line:column when the tree came from YAML text).
llvm::Expected<SpecDocument> fromNode(const YAML::Node &Root);

} // namespace vouch::ir

#endif // VOUCH_IR_SPECNODE_H
