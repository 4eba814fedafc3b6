//===- SpecYaml.cpp - Spec IR as YAML -------------------------------------===//
#include "ir/SpecYaml.h"

#include "ir/SpecNode.h"

namespace vouch::ir {

std::string toYaml(const SpecDocument &Doc) {
  YAML::Emitter Out;
  Out << toNode(Doc);
  return std::string(Out.c_str()) + "\n";
}

llvm::Expected<SpecDocument> fromYaml(llvm::StringRef Text) {
  YAML::Node Root;
  try {
    Root = YAML::Load(Text.str());
  } catch (const YAML::Exception &E) {
    return llvm::createStringError(
        llvm::inconvertibleErrorCode(), "spec IR line %d, column %d: %s",
        E.mark.line + 1, E.mark.column + 1, E.msg.c_str());
  }
  return fromNode(Root);
}

} // namespace vouch::ir
