//===- SpecJson.cpp - Spec IR as JSON -------------------------------------===//
//
// JSON goes through the same document tree as YAML (SpecNode), so the two
// formats share one schema. The tree's scalars are untyped; the schema's
// few numeric and boolean keys are typed here.
//
//===----------------------------------------------------------------------===//
#include "ir/SpecJson.h"

#include "ir/SpecNode.h"

#include "llvm/Support/JSON.h"
#include "llvm/Support/raw_ostream.h"

namespace vouch::ir {
namespace {

bool isNumericKey(llvm::StringRef Key) {
  return Key == "version" || Key == "line" || Key == "column" ||
         Key == "index" || Key == "range";
}

void writeScalar(llvm::json::OStream &J, const YAML::Node &N,
                 llvm::StringRef Key) {
  const std::string &S = N.Scalar();
  if (isNumericKey(Key)) {
    long long V = 0;
    if (!llvm::StringRef(S).getAsInteger(10, V)) {
      J.value(static_cast<int64_t>(V));
      return;
    }
  }
  if (Key == "template" && (S == "true" || S == "false")) {
    J.value(S == "true");
    return;
  }
  J.value(S);
}

void write(llvm::json::OStream &J, const YAML::Node &N, llvm::StringRef Key) {
  switch (N.Type()) {
  case YAML::NodeType::Map:
    J.object([&] {
      for (const auto &KV : N) {
        std::string K = KV.first.Scalar();
        J.attributeBegin(K);
        write(J, KV.second, K);
        J.attributeEnd();
      }
    });
    return;
  case YAML::NodeType::Sequence:
    J.array([&] {
      for (const YAML::Node &E : N)
        write(J, E, Key);
    });
    return;
  case YAML::NodeType::Scalar:
    writeScalar(J, N, Key);
    return;
  default:
    J.value(nullptr);
  }
}

YAML::Node toNode(const llvm::json::Value &V) {
  if (const llvm::json::Object *O = V.getAsObject()) {
    YAML::Node N(YAML::NodeType::Map);
    for (const auto &KV : *O)
      N[KV.first.str()] = toNode(KV.second);
    return N;
  }
  if (const llvm::json::Array *A = V.getAsArray()) {
    YAML::Node N(YAML::NodeType::Sequence);
    for (const llvm::json::Value &E : *A)
      N.push_back(toNode(E));
    return N;
  }
  if (std::optional<llvm::StringRef> S = V.getAsString())
    return YAML::Node(S->str());
  if (std::optional<bool> B = V.getAsBoolean())
    return YAML::Node(*B ? "true" : "false");
  if (std::optional<int64_t> I = V.getAsInteger())
    return YAML::Node(std::to_string(*I));
  if (std::optional<double> D = V.getAsNumber())
    return YAML::Node(std::to_string(*D));
  return YAML::Node(YAML::NodeType::Null);
}

} // namespace

std::string toJsonText(const SpecDocument &Doc) {
  std::string Text;
  llvm::raw_string_ostream OS(Text);
  llvm::json::OStream J(OS, /*IndentSize=*/2);
  write(J, toNode(Doc), "");
  OS << "\n";
  return Text;
}

llvm::Expected<SpecDocument> fromJson(llvm::StringRef Text) {
  llvm::Expected<llvm::json::Value> Parsed = llvm::json::parse(Text);
  if (!Parsed)
    return llvm::createStringError(llvm::inconvertibleErrorCode(),
                                   "spec IR JSON: " +
                                       llvm::toString(Parsed.takeError()));
  return fromNode(toNode(*Parsed));
}

} // namespace vouch::ir
