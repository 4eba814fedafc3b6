//===- Counterexample.cpp - Models as C++ values and paths ----------------===//
#include "verify/Counterexample.h"

#include "clang/AST/Decl.h"

using namespace clang;

namespace vouch::verify {

namespace {

/// Paths can be long; past this, the notes would bury the finding.
constexpr std::size_t MaxPathNotes = 24;

std::optional<llvm::APSInt> numeral(const z3::model &Model, const Value &V) {
  z3::expr E = Model.eval(V.Term, /*model_completion=*/true);
  if (V.Kind.IsBool) {
    if (E.is_true())
      return llvm::APSInt(llvm::APInt(1, 1), true);
    if (E.is_false())
      return llvm::APSInt(llvm::APInt(1, 0), true);
    return std::nullopt;
  }
  if (!E.is_numeral())
    return std::nullopt;
  llvm::APInt Bits(V.Kind.Width, E.get_decimal_string(0), 10);
  return llvm::APSInt(Bits, !V.Kind.Signed);
}

std::string charText(int64_t C) {
  if (C == '\'' || C == '\\')
    return std::string("'\\") + static_cast<char>(C) + "'";
  if (C >= 0x20 && C < 0x7f)
    return std::string("'") + static_cast<char>(C) + "'";
  return std::to_string(C);
}

} // namespace

std::string formatValue(const z3::model &Model, const Value &V, QualType T,
                        const ASTContext &Ctx) {
  std::optional<llvm::APSInt> N = numeral(Model, V);
  if (!N)
    return "?";
  if (V.Kind.IsBool)
    return N->getBoolValue() ? "true" : "false";
  if (T.isNull())
    return toString(*N, 10);
  QualType C = T.getCanonicalType().getUnqualifiedType();
  if (const auto *ET = C->getAs<EnumType>()) {
    const EnumDecl *ED = ET->getDecl();
    for (const EnumConstantDecl *EC : ED->enumerators())
      if (llvm::APSInt::isSameValue(EC->getInitVal(), *N))
        return EC->getQualifiedNameAsString();
    return "static_cast<" + ED->getQualifiedNameAsString() + ">(" +
           toString(*N, 10) + ")";
  }
  if (C->isAnyCharacterType() && V.Kind.Width == 8)
    return charText(N->getExtValue());
  (void)Ctx;
  return toString(*N, 10);
}

void describeCounterexample(const z3::model &Model, const Obligation &O,
                            const Executor &Run, const ASTContext &Ctx,
                            Finding &Out) {
  for (const Input &I : Run.inputs())
    Out.Inputs.push_back({I.Name, formatValue(Model, I.Initial, I.Type, Ctx)});
  const std::vector<Decision> &Ds = Run.decisions();
  for (std::size_t I = 0; I < O.DecisionsBefore && I < Ds.size(); ++I) {
    const Decision &D = Ds[I];
    if (!Model.eval(D.Reached, true).is_true())
      continue;
    bool Taken = Model.eval(D.Condition, true).is_true();
    const std::string &Text = Taken ? D.IfTrue : D.IfFalse;
    if (Text.empty())
      continue;
    Out.Path.push_back({D.Loc, Text});
  }
  if (Out.Path.size() > MaxPathNotes) {
    std::size_t Dropped = Out.Path.size() - MaxPathNotes;
    Out.Path.erase(Out.Path.begin(), Out.Path.begin() + Dropped);
    Out.Path.front().Text = "(" + std::to_string(Dropped) +
                            " earlier steps omitted) " + Out.Path.front().Text;
  }
  for (const DefinednessCheck &C : O.ClauseChecks)
    if (O.Clause && Model.eval(C.Defined, true).is_false()) {
      Out.Path.push_back({O.Clause->locationAt(0),
                          "the clause itself is undefined here: " + C.What});
      break;
    }
  if (O.Returned)
    Out.ReturnValue = formatValue(Model, *O.Returned, O.ReturnedType, Ctx);
}

} // namespace vouch::verify
