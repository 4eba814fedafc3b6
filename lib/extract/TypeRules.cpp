//===- TypeRules.cpp - C++ typing rules for contract expressions ----------===//
#include "extract/TypeRules.h"

#include "llvm/ADT/APInt.h"
#include "llvm/ADT/SmallVector.h"
#include "llvm/ADT/StringExtras.h"

using namespace clang;

namespace vouch::extract {

namespace {

struct LiteralParts {
  llvm::APInt Value;
  llvm::StringRef Suffix;
  unsigned Radix = 10;
};

std::optional<LiteralParts> splitLiteral(llvm::StringRef Text,
                                         std::string &Digits) {
  for (char C : Text)
    if (C != '\'')
      Digits.push_back(C);
  llvm::StringRef S(Digits);
  std::size_t SuffixAt = S.find_last_not_of("uUlLzZ");
  LiteralParts P;
  P.Suffix = S.substr(SuffixAt + 1);
  S = S.substr(0, SuffixAt + 1);
  if (S.starts_with_insensitive("0x")) {
    P.Radix = 16;
    S = S.drop_front(2);
  } else if (S.starts_with_insensitive("0b")) {
    P.Radix = 2;
    S = S.drop_front(2);
  } else if (S.size() > 1 && S.starts_with("0")) {
    P.Radix = 8;
    S = S.drop_front(1);
  }
  if (S.getAsInteger(P.Radix, P.Value))
    return std::nullopt;
  return P;
}

} // namespace

std::optional<llvm::APInt>
TypeRules::integerLiteralValue(llvm::StringRef Text) {
  std::string Digits;
  std::optional<LiteralParts> P = splitLiteral(Text, Digits);
  if (!P)
    return std::nullopt;
  return P->Value;
}

std::optional<QualType>
TypeRules::integerLiteralType(llvm::StringRef Text) const {
  std::string Digits;
  std::optional<LiteralParts> P = splitLiteral(Text, Digits);
  if (!P)
    return std::nullopt;
  llvm::APInt Value = P->Value;
  llvm::StringRef Suffix = P->Suffix;
  unsigned Radix = P->Radix;
  bool Unsigned = Suffix.contains_insensitive("u");
  unsigned Longs = Suffix.count('l') + Suffix.count('L');
  bool Decimal = Radix == 10;
  llvm::SmallVector<QualType, 6> Candidates;
  auto Add = [&](QualType Signed, QualType UnsignedT) {
    if (!Unsigned)
      Candidates.push_back(Signed);
    if (Unsigned || !Decimal)
      Candidates.push_back(UnsignedT);
  };
  if (Longs == 0)
    Add(Ctx.IntTy, Ctx.UnsignedIntTy);
  if (Longs <= 1)
    Add(Ctx.LongTy, Ctx.UnsignedLongTy);
  Add(Ctx.LongLongTy, Ctx.UnsignedLongLongTy);
  for (QualType T : Candidates) {
    unsigned Width = Ctx.getIntWidth(T);
    unsigned ValueBits = T->isSignedIntegerType() ? Width - 1 : Width;
    if (Value.getActiveBits() <= ValueBits)
      return T;
  }
  return std::nullopt;
}

bool TypeRules::isIntegral(QualType T) const {
  return T->isIntegralOrUnscopedEnumerationType();
}

bool TypeRules::isArithmetic(QualType T) const {
  return isIntegral(T) || T->isRealFloatingType();
}

QualType TypeRules::promote(QualType T) const {
  T = T.getUnqualifiedType();
  if (const auto *ET = T->getAs<EnumType>())
    if (!ET->getDecl()->isScoped())
      T = ET->getDecl()->getPromotionType();
  if (Ctx.isPromotableIntegerType(T))
    return Ctx.getPromotedIntegerType(T);
  return T;
}

QualType TypeRules::usualArithmeticConversion(QualType L, QualType R) const {
  if (L->isRealFloatingType() || R->isRealFloatingType()) {
    if (!R->isRealFloatingType())
      return L.getUnqualifiedType();
    if (!L->isRealFloatingType())
      return R.getUnqualifiedType();
    return Ctx.getFloatingTypeOrder(L, R) >= 0 ? L.getUnqualifiedType()
                                               : R.getUnqualifiedType();
  }
  L = promote(L);
  R = promote(R);
  if (Ctx.hasSameType(L, R))
    return L;
  bool LSigned = L->isSignedIntegerType();
  bool RSigned = R->isSignedIntegerType();
  if (LSigned == RSigned)
    return Ctx.getIntegerTypeOrder(L, R) >= 0 ? L : R;
  QualType S = LSigned ? L : R;
  QualType U = LSigned ? R : L;
  if (Ctx.getIntegerTypeOrder(U, S) >= 0)
    return U;
  if (Ctx.getIntWidth(S) > Ctx.getIntWidth(U))
    return S;
  return Ctx.getCorrespondingUnsignedType(S);
}

std::optional<QualType>
TypeRules::numericLimitsCall(llvm::StringRef Name) const {
  Name.consume_front("::");
  if (!Name.consume_front("std::numeric_limits<"))
    return std::nullopt;
  std::size_t Close = Name.find('>');
  if (Close == llvm::StringRef::npos)
    return std::nullopt;
  llvm::StringRef Member = Name.substr(Close + 1);
  if (Member != "::max" && Member != "::min" && Member != "::lowest")
    return std::nullopt;
  return builtinType(Name.substr(0, Close).trim());
}

std::optional<QualType> TypeRules::builtinType(llvm::StringRef Spelling) const {
  llvm::SmallVector<llvm::StringRef, 4> Words;
  Spelling.split(Words, ' ', -1, /*KeepEmpty=*/false);
  bool Unsigned = false, Signed = false;
  unsigned Longs = 0;
  llvm::StringRef Base;
  for (llvm::StringRef W : Words) {
    if (W == "const" || W == "volatile")
      continue;
    if (W == "unsigned")
      Unsigned = true;
    else if (W == "signed")
      Signed = true;
    else if (W == "long")
      ++Longs;
    else if (W == "short" || W == "int" || W == "char" || W == "bool" ||
             W == "float" || W == "double") {
      if (W == "int" && !Base.empty())
        continue;
      if (!Base.empty() && Base != "int")
        return std::nullopt;
      Base = W;
    } else
      return std::nullopt;
  }
  if (Base == "bool" && !Unsigned && !Signed && !Longs)
    return Ctx.BoolTy;
  if (Base == "float")
    return Ctx.FloatTy;
  if (Base == "double")
    return Longs ? Ctx.LongDoubleTy : Ctx.DoubleTy;
  if (Base == "char")
    return Unsigned ? Ctx.UnsignedCharTy
                    : (Signed ? Ctx.SignedCharTy : Ctx.CharTy);
  if (Base == "short")
    return Unsigned ? Ctx.UnsignedShortTy : Ctx.ShortTy;
  if (Base.empty() && !Unsigned && !Signed && !Longs)
    return std::nullopt;
  if (Longs >= 2)
    return Unsigned ? Ctx.UnsignedLongLongTy : Ctx.LongLongTy;
  if (Longs == 1)
    return Unsigned ? Ctx.UnsignedLongTy : Ctx.LongTy;
  return Unsigned ? Ctx.UnsignedIntTy : Ctx.IntTy;
}

std::optional<QualType>
TypeRules::parseTypeName(llvm::StringRef Spelling,
                         const DeclContext *Context) const {
  Spelling = Spelling.trim();
  if (Spelling.ends_with("*")) {
    std::optional<QualType> Pointee =
        parseTypeName(Spelling.drop_back(), Context);
    if (!Pointee)
      return std::nullopt;
    return Ctx.getPointerType(*Pointee);
  }
  if (std::optional<QualType> T = builtinType(Spelling))
    return T;
  // A typedef, possibly qualified: look it up from Context outwards.
  Spelling.consume_front("const ");
  llvm::SmallVector<llvm::StringRef, 4> Parts;
  Spelling.split(Parts, "::");
  for (const DeclContext *DC = Context; DC; DC = DC->getParent()) {
    const DeclContext *Inner = DC;
    for (std::size_t I = Parts.front().empty() ? 1 : 0;
         Inner && I < Parts.size(); ++I) {
      IdentifierInfo &II = Ctx.Idents.get(Parts[I]);
      const DeclContext *Next = nullptr;
      for (const NamedDecl *ND : Inner->lookup(DeclarationName(&II))) {
        if (const auto *Shadow = dyn_cast<UsingShadowDecl>(ND))
          ND = Shadow->getTargetDecl();
        if (I + 1 == Parts.size()) {
          if (const auto *TD = dyn_cast<TypedefNameDecl>(ND))
            return Ctx.getTypedefType(ElaboratedTypeKeyword::None, std::nullopt,
                                      TD);
          if (const auto *ED = dyn_cast<EnumDecl>(ND))
            return Ctx.getCanonicalTagType(ED);
        } else if (const auto *NS = dyn_cast<NamespaceDecl>(ND)) {
          Next = NS;
        }
      }
      Inner = Next;
    }
  }
  return std::nullopt;
}

} // namespace vouch::extract
