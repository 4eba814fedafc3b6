//===- NameResolver.cpp - Resolve and type contract expressions -----------===//
#include "extract/NameResolver.h"

#include "contract/Parser.h"
#include "extract/TypeRules.h"

#include "clang/AST/ASTContext.h"
#include "clang/AST/Attr.h"
#include "clang/AST/DeclTemplate.h"
#include "clang/Lex/MacroInfo.h"
#include "llvm/ADT/DenseMap.h"
#include "llvm/ADT/SmallVector.h"
#include "llvm/ADT/StringExtras.h"

using namespace clang;

namespace vouch::extract {
namespace {

constexpr unsigned MaxMacroDepth = 16;

/// Thrown-free early exit: the first problem stops resolution.
struct Failure {};

class Resolver {
public:
  Resolver(const ClauseScope &Scope)
      : Scope(Scope), Ctx(contextOf(Scope)), Types(Ctx) {}

  std::optional<ResolveProblem> run(ir::Expr &E, BoundExpr *Bound) {
    QualType T = visit(E);
    if (Problem)
      return Problem;
    if (Bound)
      *Bound = bind(E);
    if (!T.isNull() && !T->isDependentType() && !T->isBooleanType() &&
        !T->isPointerType()) {
      fail(E, "contract clause has type '" + typeName(T) +
                  "', not 'bool'; write a comparison such as '" +
                  operandOfInequality(E) + " != 0'");
      return Problem;
    }
    return std::nullopt;
  }

private:
  /// E rendered to stand left of != : in parentheses where != would bind
  /// tighter than E's own operator.
  static std::string operandOfInequality(const ir::Expr &E) {
    bool BindsLooser =
        E.Kind == ir::ExprKind::Conditional ||
        (E.Kind == ir::ExprKind::Binary &&
         (E.Op == "&" || E.Op == "|" || E.Op == "^" || E.Op == "="));
    return BindsLooser ? "(" + ir::render(E) + ")" : ir::render(E);
  }

  static ASTContext &contextOf(const ClauseScope &S) {
    return S.Function ? S.Function->getASTContext() : S.Record->getASTContext();
  }

  std::string typeName(QualType T) const {
    PrintingPolicy Policy(Ctx.getLangOpts());
    Policy.SuppressTagKeyword = true;
    return T.getAsString(Policy);
  }

  QualType fail(const ir::Expr &At, std::string Message,
                bool Unsupported = false) {
    if (!Problem)
      Problem =
          ResolveProblem{At.Begin, At.End, std::move(Message), Unsupported};
    return QualType();
  }

  /// Records T on E; values carry no top-level const, as in C++ prvalues.
  QualType typed(ir::Expr &E, QualType T) {
    if (!T.isNull()) {
      E.Type = typeName(T.getUnqualifiedType());
      NodeTypes[&E] = T.getUnqualifiedType();
    }
    return T;
  }

  /// Clang's view of the final tree, node for node. The side tables are
  /// keyed by node address, so every place that moves or drops resolved
  /// nodes keeps them in step (see moved() and forget()).
  BoundExpr bind(const ir::Expr &E) const {
    BoundExpr B;
    if (auto It = NodeTypes.find(&E); It != NodeTypes.end() && !E.Type.empty())
      B.Type = It->second;
    if (auto It = NodeDecls.find(&E);
        It != NodeDecls.end() && E.Target.Kind != ir::RefKind::None)
      B.Decl = It->second;
    for (const ir::Expr &C : E.Children)
      B.Children.push_back(bind(C));
    return B;
  }

  void forget(const ir::Expr &E) {
    NodeTypes.erase(&E);
    NodeDecls.erase(&E);
    for (const ir::Expr &C : E.Children)
      forget(C);
  }

  /// A resolved node now lives at To (its children, owned by its vector,
  /// have not moved).
  void moved(const ir::Expr *From, const ir::Expr &To) {
    if (auto It = NodeTypes.find(From); It != NodeTypes.end()) {
      QualType T = It->second;
      NodeTypes.erase(It);
      NodeTypes[&To] = T;
    }
    if (auto It = NodeDecls.find(From); It != NodeDecls.end()) {
      const ValueDecl *D = It->second;
      NodeDecls.erase(It);
      NodeDecls[&To] = D;
    }
  }

  QualType visit(ir::Expr &E) {
    if (Problem)
      return QualType();
    switch (E.Kind) {
    case ir::ExprKind::IntLiteral:
      return visitIntLiteral(E);
    case ir::ExprKind::BoolLiteral:
      return typed(E, Ctx.BoolTy);
    case ir::ExprKind::CharLiteral:
      return typed(E, Ctx.CharTy);
    case ir::ExprKind::StringLiteral:
      return typed(E, Ctx.getPointerType(Ctx.CharTy.withConst()));
    case ir::ExprKind::NullPtr:
      return typed(E, Ctx.NullPtrTy);
    case ir::ExprKind::This:
      return visitThis(E);
    case ir::ExprKind::Result:
      return visitResult(E);
    case ir::ExprKind::Old:
      return visitOld(E);
    case ir::ExprKind::Name:
      return visitName(E);
    case ir::ExprKind::Unary:
      return visitUnary(E);
    case ir::ExprKind::Binary:
      return visitBinary(E);
    case ir::ExprKind::Conditional:
      return visitConditional(E);
    case ir::ExprKind::Call:
      return visitCall(E);
    case ir::ExprKind::Member:
      return visitMember(E, /*AsCallee=*/false);
    case ir::ExprKind::Index:
      return visitIndex(E);
    case ir::ExprKind::Cast:
      return visitCast(E);
    }
    return fail(E, "unsupported expression");
  }

  //===--------------------------------------------------------------------===//
  // Leaves
  //===--------------------------------------------------------------------===//

  QualType visitIntLiteral(ir::Expr &E) {
    std::optional<QualType> T = Types.integerLiteralType(E.Value);
    if (!T)
      return fail(E, "integer literal '" + E.Value +
                         "' is too large for any integer type");
    return typed(E, *T);
  }

  const CXXMethodDecl *method() const {
    return llvm::dyn_cast_or_null<CXXMethodDecl>(Scope.Function);
  }

  QualType visitThis(ir::Expr &E) {
    if (Scope.Function && !method())
      return fail(E, "'this' used in a contract of a non-member function");
    if (const CXXMethodDecl *M = method()) {
      if (M->isStatic())
        return fail(E, "'this' used in a contract of a static member function");
      return typed(E, M->getThisType());
    }
    return typed(E, Ctx.getPointerType(Ctx.getCanonicalTagType(Scope.Record)));
  }

  QualType visitResult(ir::Expr &E) {
    if (Scope.Kind != ir::ClauseKind::Postcondition)
      return fail(E, "'\\result' can only be used in a postcondition");
    if (!Scope.Function)
      return fail(E, "'\\result' used outside a function contract");
    QualType Ret = Scope.Function->getReturnType();
    if (Ret->isVoidType() || isa<CXXConstructorDecl>(Scope.Function))
      return fail(E, "'\\result' used in a contract of '" +
                         Scope.Function->getNameAsString() +
                         "', which returns no value");
    return typed(E, Ret.getNonReferenceType());
  }

  QualType visitOld(ir::Expr &E) {
    if (Scope.Kind != ir::ClauseKind::Postcondition)
      return fail(E, "'\\old' can only be used in a postcondition");
    if (InOld)
      return fail(E, "'\\old' cannot be nested");
    if (E.Children.size() != 1)
      return fail(E, "'\\old' takes exactly one expression");
    InOld = true;
    QualType T = visit(E.Children[0]);
    InOld = false;
    return typed(E, T);
  }

  //===--------------------------------------------------------------------===//
  // Names
  //===--------------------------------------------------------------------===//

  QualType visitName(ir::Expr &E) {
    // `result` is the return value unless the scope declares that name.
    if (E.Name == "result" && !lookupValue("result", E)) {
      MissedInDependentBase = false;
      if (Problem)
        return QualType();
      E.Kind = ir::ExprKind::Result;
      E.Name.clear();
      return visitResult(E);
    }
    const ValueDecl *D = lookupValue(E.Name, E);
    if (Problem)
      return QualType();
    if (!D)
      return expandMacroOrFail(E);
    if (isa<FunctionDecl>(D) || isa<FunctionTemplateDecl>(D))
      return fail(E, "function '" + E.Name + "' must be called");
    return typed(E, D->getType().getNonReferenceType());
  }

  /// Finds what a (possibly qualified) name denotes and records it on E.
  const ValueDecl *lookupValue(llvm::StringRef Name, ir::Expr &E) {
    if (Name.contains("::"))
      return lookupQualified(Name, E);
    for (const VarDecl *V : llvm::reverse(Scope.Locals))
      if (V->getName() == Name) {
        E.Target = {ir::RefKind::Local, V->getNameAsString(), -1};
        NodeDecls[&E] = V;
        return V;
      }
    if (Scope.Function)
      for (unsigned I = 0; I < Scope.Function->getNumParams(); ++I) {
        const ParmVarDecl *P = Scope.Function->getParamDecl(I);
        if (P->getName() == Name) {
          E.Target = {ir::RefKind::Parameter, P->getNameAsString(),
                      static_cast<int>(I)};
          NodeDecls[&E] = P;
          return P;
        }
      }
    if (const CXXRecordDecl *R = recordScope()) {
      if (const ValueDecl *D = lookupMember(R, Name, E))
        return D;
      // A name missing from a class with dependent bases may well be a
      // member of one of them (as `use_count()` in a std::shared_ptr
      // contract); the enclosing scopes would give a wrong answer.
      if (hasDependentBase(R)) {
        MissedInDependentBase = true;
        return nullptr;
      }
    }
    for (const DeclContext *DC = outerContext(); DC; DC = DC->getParent())
      if (const ValueDecl *D = lookupIn(DC, Name, E))
        return D;
    return nullptr;
  }

  static bool hasDependentBase(const CXXRecordDecl *R) {
    if (!R->hasDefinition())
      return false;
    for (const CXXBaseSpecifier &Base : R->getDefinition()->bases()) {
      const CXXRecordDecl *B = Base.getType()->getAsCXXRecordDecl();
      if (Base.getType()->isDependentType() || !B || hasDependentBase(B))
        return true;
    }
    return false;
  }

  /// Whether the first part of Name is a type that depends on a template
  /// parameter (`T`, `T::value_type`, a member `pointer` typedef of one).
  bool namesDependentType(llvm::StringRef Name) {
    llvm::StringRef First = Name.split("::").first;
    if (First.empty())
      return false;
    IdentifierInfo &II = Ctx.Idents.get(First);
    auto Dependent = [](const NamedDecl *ND) {
      if (isa<TemplateTypeParmDecl>(ND))
        return true;
      if (const auto *TD = dyn_cast<TypedefNameDecl>(ND))
        return TD->getUnderlyingType()->isDependentType();
      return false;
    };
    auto InParams = [&](const TemplateParameterList *Params) {
      if (Params)
        for (const NamedDecl *P : *Params)
          if (P->getIdentifier() == &II)
            return true;
      return false;
    };
    if (Scope.Function)
      if (const FunctionTemplateDecl *FT =
              Scope.Function->getDescribedFunctionTemplate())
        if (InParams(FT->getTemplateParameters()))
          return true;
    for (const DeclContext *DC =
             Scope.Function ? Scope.Function->getDeclContext() : Scope.Record;
         DC; DC = DC->getParent()) {
      if (const auto *R = dyn_cast<CXXRecordDecl>(DC))
        if (const ClassTemplateDecl *CT = R->getDescribedClassTemplate())
          if (InParams(CT->getTemplateParameters()))
            return true;
      for (const NamedDecl *ND : DC->lookup(DeclarationName(&II)))
        if (Dependent(ND))
          return true;
    }
    return false;
  }

  /// Names that C++ would look up only at instantiation are not resolved.
  QualType failUnresolved(const ir::Expr &E, const std::string &Name) {
    if (namesDependentType(Name))
      return fail(E,
                  "'" + Name +
                      "' depends on a template parameter and is "
                      "resolved only at instantiation",
                  /*Unsupported=*/true);
    if (MissedInDependentBase)
      return fail(E,
                  "'" + Name +
                      "' is not declared in the class and may be a member "
                      "of a dependent base class",
                  /*Unsupported=*/true);
    return fail(E, "use of undeclared identifier '" + Name + "' in " + where());
  }

  const CXXRecordDecl *recordScope() const {
    if (Scope.Record)
      return Scope.Record->getDefinition() ? Scope.Record->getDefinition()
                                           : Scope.Record;
    if (const CXXMethodDecl *M = method()) {
      const CXXRecordDecl *R = M->getParent();
      return R->getDefinition() ? R->getDefinition() : R;
    }
    return nullptr;
  }

  const DeclContext *outerContext() const {
    if (const CXXRecordDecl *R = recordScope())
      return R->getDeclContext();
    return Scope.Function->getDeclContext();
  }

  void recordTarget(const NamedDecl *D, ir::Expr &E) {
    ir::RefKind Kind = ir::RefKind::Global;
    if (isa<EnumConstantDecl>(D))
      Kind = ir::RefKind::Enumerator;
    else if (isa<FieldDecl>(D))
      Kind = ir::RefKind::Field;
    else if (isa<CXXMethodDecl>(D) ||
             (isa<FunctionTemplateDecl>(D) &&
              isa<CXXMethodDecl>(
                  cast<FunctionTemplateDecl>(D)->getTemplatedDecl())))
      Kind = ir::RefKind::Method;
    else if (isa<FunctionDecl>(D) || isa<FunctionTemplateDecl>(D))
      Kind = ir::RefKind::Function;
    E.Target = {Kind, D->getQualifiedNameAsString(), -1};
    if (const auto *FT = dyn_cast<FunctionTemplateDecl>(D))
      D = FT->getTemplatedDecl();
    if (const auto *VD = dyn_cast<ValueDecl>(D))
      NodeDecls[&E] = VD;
  }

  /// Members of R and its bases, as unqualified lookup inside a member
  /// function would find them.
  const ValueDecl *lookupMember(const CXXRecordDecl *R, llvm::StringRef Name,
                                ir::Expr &E) {
    if (!R)
      return nullptr;
    IdentifierInfo &II = Ctx.Idents.get(Name);
    for (const NamedDecl *ND : R->lookup(DeclarationName(&II))) {
      if (const auto *VD = dyn_cast<ValueDecl>(ND)) {
        if (isa<FieldDecl>(VD) && method() && method()->isStatic()) {
          fail(E, "member '" + Name.str() +
                      "' used in a contract of a static member function");
          return nullptr;
        }
        recordTarget(VD, E);
        return VD;
      }
      if (const auto *FT = dyn_cast<FunctionTemplateDecl>(ND)) {
        recordTarget(FT, E);
        return FT->getTemplatedDecl();
      }
    }
    if (!R->hasDefinition())
      return nullptr;
    for (const CXXBaseSpecifier &Base : R->getDefinition()->bases())
      if (const CXXRecordDecl *B = Base.getType()->getAsCXXRecordDecl())
        if (const ValueDecl *D = lookupMember(B, Name, E))
          return D;
    return nullptr;
  }

  const ValueDecl *lookupIn(const DeclContext *DC, llvm::StringRef Name,
                            ir::Expr &E) {
    IdentifierInfo &II = Ctx.Idents.get(Name);
    for (const NamedDecl *ND : DC->lookup(DeclarationName(&II))) {
      if (const auto *VD = dyn_cast<ValueDecl>(ND)) {
        recordTarget(VD, E);
        return VD;
      }
      if (const auto *FT = dyn_cast<FunctionTemplateDecl>(ND)) {
        recordTarget(FT, E);
        return FT->getTemplatedDecl();
      }
    }
    // Unscoped enumerators need no search of their own: an unscoped enum is
    // a transparent context, so DC->lookup() above finds them. (Scanning
    // DC's declarations for enums made every name not found at namespace
    // scope cost time in proportion to the file: quadratic over a file.)
    return nullptr;
  }

  /// `ns::x`, `Class::member`, `Enum::value`, `::g`.
  const ValueDecl *lookupQualified(llvm::StringRef Name, ir::Expr &E) {
    llvm::SmallVector<llvm::StringRef, 4> Parts;
    Name.split(Parts, "::");
    const DeclContext *DC = nullptr;
    std::size_t First = 0;
    if (Parts.front().empty()) {
      DC = Ctx.getTranslationUnitDecl();
      First = 1;
    } else {
      for (const DeclContext *Outer = outerContext(); Outer && !DC;
           Outer = Outer->getParent())
        DC = findContext(Outer, Parts.front());
      if (!DC)
        if (const CXXRecordDecl *R = recordScope())
          DC = findContext(R, Parts.front());
      if (!DC)
        return nullptr;
      First = 1;
    }
    for (std::size_t I = First; I + 1 < Parts.size(); ++I) {
      DC = findContext(DC, Parts[I]);
      if (!DC)
        return nullptr;
    }
    if (const auto *R = dyn_cast<CXXRecordDecl>(DC))
      return lookupMember(R, Parts.back(), E);
    if (const auto *ED = dyn_cast<EnumDecl>(DC)) {
      for (const EnumConstantDecl *EC : ED->enumerators())
        if (EC->getName() == Parts.back()) {
          recordTarget(EC, E);
          return EC;
        }
      return nullptr;
    }
    return lookupIn(DC, Parts.back(), E);
  }

  /// A namespace, class or enum named Name directly inside DC.
  const DeclContext *findContext(const DeclContext *DC, llvm::StringRef Name) {
    if (Name.contains('<'))
      return nullptr;
    IdentifierInfo &II = Ctx.Idents.get(Name);
    for (const NamedDecl *ND : DC->lookup(DeclarationName(&II))) {
      if (const auto *NS = dyn_cast<NamespaceDecl>(ND))
        return NS;
      if (const auto *Alias = dyn_cast<NamespaceAliasDecl>(ND))
        return Alias->getNamespace();
      if (const auto *R = dyn_cast<CXXRecordDecl>(ND))
        return R->getDefinition() ? R->getDefinition() : R;
      if (const auto *ED = dyn_cast<EnumDecl>(ND))
        return ED;
      if (const auto *TD = dyn_cast<TypedefNameDecl>(ND))
        if (const TagDecl *Tag = TD->getUnderlyingType()->getAsTagDecl())
          return Tag;
    }
    // Inline namespaces (std::__1, std::__cxx11) are searched implicitly.
    for (const Decl *D : DC->decls())
      if (const auto *NS = dyn_cast<NamespaceDecl>(D))
        if (NS->isInline())
          if (const DeclContext *Found = findContext(NS, Name))
            return Found;
    return nullptr;
  }

  QualType expandMacroOrFail(ir::Expr &E) {
    if (const MacroInfo *MI = objectLikeMacro(E.Name))
      return expandMacro(E, E.Name, *MI, {});
    return failUnresolved(E, E.Name);
  }

  /// Replaces E by the expansion of macro Name, with Args substituted for
  /// its parameters (`##` pastes, as the preprocessor does). E keeps its
  /// range, so problems inside point at the macro where the user wrote it.
  QualType expandMacro(ir::Expr &E, const std::string &Name,
                       const MacroInfo &MI,
                       const std::vector<std::string> &Args) {
    if (MacroDepth >= MaxMacroDepth)
      return fail(E, "macro '" + Name + "' expands too deeply");
    if (MI.isFunctionLike() && MI.getNumParams() != Args.size() &&
        !MI.isVariadic())
      return fail(E, "macro '" + Name + "' takes " +
                         std::to_string(MI.getNumParams()) + " arguments");
    std::string Text;
    bool Paste = false;
    for (const Token &T : MI.tokens()) {
      if (T.is(tok::hashhash)) {
        Paste = true;
        continue;
      }
      if (T.is(tok::hash))
        return fail(E, "macro '" + Name + "' stringifies its argument",
                    /*Unsupported=*/true);
      std::string Piece = Scope.PP->getSpelling(T);
      if (const IdentifierInfo *II = T.getIdentifierInfo()) {
        int Param = MI.getParameterNum(II);
        if (Param >= 0 && static_cast<std::size_t>(Param) < Args.size())
          Piece = Args[Param];
      }
      if (!Paste && !Text.empty())
        Text += " ";
      Text += Piece;
      Paste = false;
    }
    contract::ParseResult Parsed = contract::parseExpression(Text);
    if (!Parsed.Expression)
      return fail(E,
                  "macro '" + Name +
                      "' does not expand to an "
                      "expression vouch understands",
                  /*Unsupported=*/true);
    ir::Expr Expansion = std::move(*Parsed.Expression);
    ++MacroDepth;
    QualType T = visit(Expansion);
    --MacroDepth;
    if (Problem) {
      Problem->Begin = E.Begin;
      Problem->End = E.End;
      return QualType();
    }
    placeAt(Expansion, E.Begin, E.End);
    E.Kind = ir::ExprKind::Name;
    E.Name = Name;
    E.Target = {ir::RefKind::Macro, Name, -1};
    for (const ir::Expr &Old : E.Children)
      forget(Old);
    // One move keeps the expansion's own children where they are (an
    // initializer list would copy the whole tree to new addresses).
    const ir::Expr *Before = &Expansion;
    E.Children.clear();
    E.Children.push_back(std::move(Expansion));
    moved(Before, E.Children[0]);
    return typed(E, T);
  }

  /// A function-like macro called in a contract, unless a function of that
  /// name is in scope (then the call is to the function).
  const MacroInfo *functionLikeMacro(const std::string &Name, ir::Expr &E) {
    if (!Scope.PP || Name.find("::") != std::string::npos)
      return nullptr;
    auto It = Scope.PP->getIdentifierTable().find(Name);
    if (It == Scope.PP->getIdentifierTable().end())
      return nullptr;
    const MacroInfo *MI = Scope.PP->getMacroInfo(It->getValue());
    if (!MI || !MI->isFunctionLike())
      return nullptr;
    ir::Expr Probe = E.Children[0];
    bool Found = lookupValue(Name, Probe);
    forget(Probe);
    if (Found || Problem)
      return nullptr;
    return MI;
  }

  /// "a contract of 'f'" or "an invariant of 'C'", for messages.
  std::string where() const {
    if (Scope.Function)
      return "a contract of '" + Scope.Function->getQualifiedNameAsString() +
             "'";
    return "an invariant of '" + Scope.Record->getQualifiedNameAsString() + "'";
  }

  static void placeAt(ir::Expr &E, unsigned Begin, unsigned End) {
    E.Begin = Begin;
    E.End = End;
    for (ir::Expr &C : E.Children)
      placeAt(C, Begin, End);
  }

  const MacroInfo *objectLikeMacro(llvm::StringRef Name) const {
    if (!Scope.PP || Name.contains("::"))
      return nullptr;
    auto It = Scope.PP->getIdentifierTable().find(Name);
    if (It == Scope.PP->getIdentifierTable().end())
      return nullptr;
    const MacroInfo *MI = Scope.PP->getMacroInfo(It->getValue());
    if (!MI || MI->isFunctionLike() || MI->getNumTokens() == 0)
      return nullptr;
    return MI;
  }

  //===--------------------------------------------------------------------===//
  // Operators
  //===--------------------------------------------------------------------===//

  bool dependent(QualType T) const {
    return T.isNull() || T->isDependentType();
  }

  QualType requireScalar(const ir::Expr &At, QualType T, llvm::StringRef Role) {
    if (dependent(T) || T->isScalarType())
      return T;
    return fail(At, "operand of '" + Role.str() + "' has type '" + typeName(T) +
                        "', which is not a truth value");
  }

  QualType visitUnary(ir::Expr &E) {
    if (E.Op == "++" || E.Op == "--" || E.Op == "post++" || E.Op == "post--")
      return fail(E, "'" + E.Op.substr(E.Op.size() - 2) +
                         "' modifies its operand; contracts must not have "
                         "side effects");
    if (E.Children.size() != 1)
      return fail(E, "malformed unary expression");
    QualType T = visit(E.Children[0]);
    if (Problem)
      return QualType();
    if (dependent(T))
      return typed(E, E.Op == "!" ? Ctx.BoolTy : T);
    if (E.Op == "!") {
      requireScalar(E.Children[0], T, "!");
      return typed(E, Ctx.BoolTy);
    }
    if (E.Op == "-" || E.Op == "+" || E.Op == "~") {
      bool Ok = E.Op == "~" ? Types.isIntegral(T)
                            : T->isArithmeticType() || Types.isIntegral(T);
      if (!Ok)
        return fail(E, "invalid operand of type '" + typeName(T) + "' to '" +
                           E.Op + "'");
      return typed(E, T->isRealFloatingType() ? T : Types.promote(T));
    }
    if (E.Op == "*") {
      if (!T->isPointerType())
        return fail(E,
                    "cannot dereference a value of type '" + typeName(T) + "'");
      return typed(E, T->getPointeeType());
    }
    if (E.Op == "&")
      return typed(E, Ctx.getPointerType(T));
    return fail(E, "unsupported operator '" + E.Op + "'");
  }

  /// The stretch between a binary node's operands, where its operator is
  /// (the extractor skips the blanks).
  static ir::Expr operatorOf(const ir::Expr &E) {
    ir::Expr At = E;
    if (E.Children.size() == 2 && E.Children[0].End <= E.Children[1].Begin) {
      At.Begin = E.Children[0].End;
      At.End = E.Children[1].Begin;
    }
    return At;
  }

  QualType visitBinary(ir::Expr &E) {
    if (E.Children.size() != 2)
      return fail(E, "malformed binary expression");
    if (E.Op == "=")
      return fail(operatorOf(E), "assignment in a contract has side effects; "
                                 "did you mean '=='?");
    if (E.Op.size() >= 2 && E.Op.back() == '=' && E.Op != "==" &&
        E.Op != "!=" && E.Op != "<=" && E.Op != ">=")
      return fail(operatorOf(E), "'" + E.Op +
                                     "' modifies its left operand; contracts "
                                     "must not have side effects");
    QualType L = visit(E.Children[0]);
    QualType R = visit(E.Children[1]);
    if (Problem)
      return QualType();
    const std::string &Op = E.Op;
    if (Op == "&&" || Op == "||" || Op == "==>" || Op == "<==>") {
      requireScalar(E.Children[0], L, Op);
      requireScalar(E.Children[1], R, Op);
      return typed(E, Ctx.BoolTy);
    }
    if (dependent(L) || dependent(R))
      return typed(E, isComparison(Op) ? Ctx.BoolTy : QualType());
    if (isComparison(Op))
      return visitComparison(E, L, R);
    if (Op == "<=>")
      return fail(E, "'<=>' is not supported in contracts yet",
                  /*Unsupported=*/true);
    return visitArithmetic(E, L, R);
  }

  static bool isComparison(llvm::StringRef Op) {
    return Op == "==" || Op == "!=" || Op == "<" || Op == "<=" || Op == ">" ||
           Op == ">=";
  }

  QualType visitComparison(ir::Expr &E, QualType L, QualType R) {
    bool Arithmetic = Types.isArithmetic(L) && Types.isArithmetic(R);
    bool Pointers = (L->isPointerType() || L->isNullPtrType()) &&
                    (R->isPointerType() || R->isNullPtrType());
    bool SameEnum = L->isEnumeralType() && Ctx.hasSameUnqualifiedType(L, R);
    if (!Arithmetic && !Pointers && !SameEnum)
      return fail(E, "cannot compare '" + typeName(L) + "' with '" +
                         typeName(R) + "' using '" + E.Op + "'");
    return typed(E, Ctx.BoolTy);
  }

  QualType visitArithmetic(ir::Expr &E, QualType L, QualType R) {
    const std::string &Op = E.Op;
    if (Op == "+" || Op == "-") {
      if (L->isPointerType() && Types.isIntegral(R))
        return typed(E, L);
      if (Op == "+" && Types.isIntegral(L) && R->isPointerType())
        return typed(E, R);
      if (Op == "-" && L->isPointerType() && R->isPointerType())
        return typed(E, Ctx.getPointerDiffType());
    }
    bool IntegerOnly = Op == "%" || Op == "&" || Op == "|" || Op == "^" ||
                       Op == "<<" || Op == ">>";
    bool Ok = IntegerOnly ? Types.isIntegral(L) && Types.isIntegral(R)
                          : Types.isArithmetic(L) && Types.isArithmetic(R);
    if (!Ok)
      return fail(E, "invalid operands to '" + Op + "' ('" + typeName(L) +
                         "' and '" + typeName(R) + "')");
    if (Op == "<<" || Op == ">>")
      return typed(E, Types.promote(L));
    return typed(E, Types.usualArithmeticConversion(L, R));
  }

  QualType visitConditional(ir::Expr &E) {
    if (E.Children.size() != 3)
      return fail(E, "malformed conditional expression");
    QualType C = visit(E.Children[0]);
    QualType A = visit(E.Children[1]);
    QualType B = visit(E.Children[2]);
    if (Problem)
      return QualType();
    requireScalar(E.Children[0], C, "?:");
    if (dependent(A) || dependent(B))
      return typed(E, dependent(A) ? B : A);
    // Operands of one type give that type ([expr.cond]/7.1): bool ? bool :
    // bool is a bool, where the usual conversions would promote to int.
    if (Ctx.hasSameUnqualifiedType(A, B))
      return typed(E, A.getUnqualifiedType());
    if (Types.isArithmetic(A) && Types.isArithmetic(B))
      return typed(E, Types.usualArithmeticConversion(A, B));
    if (A->isPointerType() && B->isNullPtrType())
      return typed(E, A);
    if (B->isPointerType() && A->isNullPtrType())
      return typed(E, B);
    return fail(E, "incompatible operand types '" + typeName(A) + "' and '" +
                       typeName(B) + "' in '?:'");
  }

  //===--------------------------------------------------------------------===//
  // Calls, members, subscripts, casts
  //===--------------------------------------------------------------------===//

  QualType visitCall(ir::Expr &E) {
    if (E.Children.empty())
      return fail(E, "malformed call");
    ir::Expr &Callee = E.Children[0];
    std::size_t Arity = E.Children.size() - 1;
    if (Callee.Kind == ir::ExprKind::Name && Callee.Name == "old" &&
        Arity == 1 && !lookupValue("old", Callee) && !Problem) {
      ir::Expr Operand = std::move(E.Children[1]);
      E.Kind = ir::ExprKind::Old;
      forget(E.Children[0]);
      E.Children = {std::move(Operand)};
      return visitOld(E);
    }
    std::vector<QualType> Args;
    for (std::size_t I = 1; I < E.Children.size(); ++I)
      Args.push_back(visit(E.Children[I]));
    if (Problem)
      return QualType();
    if (Callee.Kind == ir::ExprKind::Name) {
      if (const MacroInfo *MI = functionLikeMacro(Callee.Name, E)) {
        std::vector<std::string> ArgTexts;
        for (std::size_t I = 1; I < E.Children.size(); ++I)
          ArgTexts.push_back(ir::render(E.Children[I]));
        return expandMacro(E, Callee.Name, *MI, ArgTexts);
      }
      return visitNamedCall(E, Callee, Args);
    }
    if (Callee.Kind == ir::ExprKind::Member) {
      QualType T = visitMember(Callee, /*AsCallee=*/true);
      if (Problem)
        return QualType();
      if (CalledMethod)
        return typed(E, checkedMethodCall(E, CalledMethod, Arity));
      return typed(E, T);
    }
    return fail(Callee, "expression is not callable in a contract",
                /*Unsupported=*/true);
  }

  QualType visitNamedCall(ir::Expr &E, ir::Expr &Callee,
                          const std::vector<QualType> &Args) {
    std::size_t Arity = Args.size();
    if (std::optional<QualType> Limit = Types.numericLimitsCall(Callee.Name)) {
      Callee.Target = {ir::RefKind::Function, Callee.Name, -1};
      NodeDecls.erase(&Callee);
      return typed(E, *Limit);
    }
    const ValueDecl *D = lookupValue(Callee.Name, Callee);
    if (Problem)
      return QualType();
    const auto *FD = llvm::dyn_cast_or_null<FunctionDecl>(D);
    if (!FD) {
      if (D)
        return fail(Callee, "'" + Callee.Name + "' is not a function",
                    /*Unsupported=*/true);
      return failUnresolved(Callee, Callee.Name);
    }
    FD = overloadWithArity(FD, Arity);
    if (FD)
      NodeDecls[&Callee] = FD;
    if (!FD)
      return fail(Callee, "no function '" + Callee.Name + "' takes " +
                              std::to_string(Arity) + " argument" +
                              (Arity == 1 ? "" : "s"));
    if (const auto *M = dyn_cast<CXXMethodDecl>(FD))
      return typed(E, checkedMethodCall(E, M, Arity));
    if (!FD->isConstexpr() && !FD->hasAttr<PureAttr>() &&
        !FD->hasAttr<ConstAttr>())
      return fail(Callee, "call to '" + FD->getQualifiedNameAsString() +
                              "', which is neither constexpr nor declared "
                              "[[gnu::pure]]/[[gnu::const]]; contracts must "
                              "not have side effects");
    return typed(E, callResultType(FD, Args));
  }

  /// Picks, among the overloads visible with FD's name, one taking Arity
  /// arguments.
  const FunctionDecl *overloadWithArity(const FunctionDecl *FD,
                                        std::size_t Arity) {
    auto Accepts = [Arity](const FunctionDecl *F) {
      return F->getMinRequiredArguments() <= Arity &&
             (F->isVariadic() || Arity <= F->getNumParams());
    };
    if (Accepts(FD))
      return FD;
    for (const NamedDecl *ND :
         FD->getDeclContext()->lookup(FD->getDeclName())) {
      const FunctionDecl *F = ND->getAsFunction();
      if (F && Accepts(F))
        return F;
    }
    return nullptr;
  }

  /// The call's type; for function templates whose return type is a
  /// template parameter (std::min, std::max, std::abs ...), the type of the
  /// argument that deduces it.
  QualType callResultType(const FunctionDecl *FD,
                          const std::vector<QualType> &Args) {
    QualType Ret = FD->getReturnType().getNonReferenceType();
    if (!Ret->isDependentType())
      return Ret;
    if (const auto *Parm = Ret->getAs<TemplateTypeParmType>())
      for (unsigned I = 0; I < FD->getNumParams() && I < Args.size(); ++I) {
        QualType P = FD->getParamDecl(I)->getType().getNonReferenceType();
        const auto *PP = P->getAs<TemplateTypeParmType>();
        if (PP && PP->getIndex() == Parm->getIndex())
          return Args[I];
      }
    return QualType();
  }

  QualType checkedMethodCall(ir::Expr &E, const CXXMethodDecl *M,
                             std::size_t Arity) {
    CalledMethod = nullptr;
    if (!M->isStatic() && !M->isConst())
      return fail(E, "call to non-const member function '" +
                         M->getNameAsString() +
                         "' may modify the object; contracts must not have "
                         "side effects");
    if (M->getMinRequiredArguments() > Arity ||
        (!M->isVariadic() && Arity > M->getNumParams()))
      return fail(E, "'" + M->getNameAsString() + "' does not take " +
                         std::to_string(Arity) + " argument" +
                         (Arity == 1 ? "" : "s"));
    return M->getReturnType().getNonReferenceType();
  }

  /// The record a member access reaches, through `.` or `->`.
  /// C structs are records too, without C++'s bases.
  const RecordDecl *objectRecord(ir::Expr &E, QualType ObjType) {
    if (E.Op == "->") {
      if (!ObjType->isPointerType()) {
        fail(E, "member reference type '" + typeName(ObjType) +
                    "' is not a pointer; use '.'");
        return nullptr;
      }
      ObjType = ObjType->getPointeeType();
    } else if (ObjType->isPointerType()) {
      fail(E, "member reference type '" + typeName(ObjType) +
                  "' is a pointer; use '->'");
      return nullptr;
    }
    return ObjType->getAsRecordDecl();
  }

  QualType visitMember(ir::Expr &E, bool AsCallee) {
    CalledMethod = nullptr;
    if (E.Children.size() != 1)
      return fail(E, "malformed member access");
    QualType Obj = visit(E.Children[0]);
    if (Problem || dependent(Obj))
      return QualType();
    const RecordDecl *R = objectRecord(E, Obj);
    if (Problem)
      return QualType();
    if (!R)
      return fail(E, "member access into '" + typeName(Obj) +
                         "', which is not a class");
    IdentifierInfo &II = Ctx.Idents.get(E.Name);
    const NamedDecl *Found = nullptr;
    for (const RecordDecl *C = R->getDefinition(); C && !Found;) {
      for (const NamedDecl *ND : C->lookup(DeclarationName(&II))) {
        Found = ND;
        break;
      }
      const auto *CXX = dyn_cast<CXXRecordDecl>(C);
      if (Found || !CXX || !CXX->hasDefinition() ||
          CXX->getDefinition()->bases().empty())
        break;
      C = CXX->getDefinition()->bases_begin()->getType()->getAsCXXRecordDecl();
    }
    if (!Found) {
      // Point at the member's name, not at the object before it.
      ir::Expr At = E;
      At.Begin = E.End >= E.Name.size() ? E.End - E.Name.size() : E.Begin;
      return fail(At, "no member named '" + E.Name + "' in '" +
                          R->getQualifiedNameAsString() + "'");
    }
    recordTarget(Found, E);
    const FunctionDecl *FD = Found->getAsFunction();
    if (FD) {
      if (!AsCallee)
        return fail(E, "member function '" + E.Name + "' must be called");
      CalledMethod = dyn_cast<CXXMethodDecl>(FD);
      return typed(E, FD->getReturnType().getNonReferenceType());
    }
    const auto *VD = dyn_cast<ValueDecl>(Found);
    if (!VD)
      return fail(E, "'" + E.Name + "' is not a data member");
    return typed(E, VD->getType().getNonReferenceType());
  }

  QualType visitIndex(ir::Expr &E) {
    if (E.Children.size() != 2)
      return fail(E, "malformed subscript");
    QualType Base = visit(E.Children[0]);
    QualType Index = visit(E.Children[1]);
    if (Problem || dependent(Base))
      return QualType();
    if (const ArrayType *AT = Ctx.getAsArrayType(Base))
      return typed(E, AT->getElementType());
    if (Base->isPointerType())
      return typed(E, Base->getPointeeType());
    if (const CXXRecordDecl *R = Base->getAsCXXRecordDecl()) {
      DeclarationName Subscript =
          Ctx.DeclarationNames.getCXXOperatorName(OO_Subscript);
      for (const NamedDecl *ND : R->lookup(Subscript))
        if (const auto *M = dyn_cast<CXXMethodDecl>(ND))
          if (M->isConst())
            return typed(E, M->getReturnType().getNonReferenceType());
      return fail(E, "'" + typeName(Base) +
                         "' has no const operator[]; contracts must not "
                         "have side effects");
    }
    (void)Index;
    return fail(E, "subscripted value of type '" + typeName(Base) +
                       "' is not an array or pointer");
  }

  QualType visitCast(ir::Expr &E) {
    if (E.Children.size() != 1)
      return fail(E, "malformed cast");
    QualType From = visit(E.Children[0]);
    if (Problem)
      return QualType();
    std::optional<QualType> To = Types.parseTypeName(E.Name, outerContext());
    if (!To)
      return fail(E, "unknown type '" + E.Name + "' in cast");
    if (!dependent(From) && !(From->isScalarType() && (*To)->isScalarType()))
      return fail(E,
                  "cast from '" + typeName(From) + "' to '" + typeName(*To) +
                      "' is not supported in contracts",
                  /*Unsupported=*/true);
    return typed(E, *To);
  }

  const ClauseScope &Scope;
  ASTContext &Ctx;
  TypeRules Types;
  std::optional<ResolveProblem> Problem;
  bool InOld = false;
  bool MissedInDependentBase = false;
  unsigned MacroDepth = 0;
  const CXXMethodDecl *CalledMethod = nullptr;
  llvm::DenseMap<const ir::Expr *, QualType> NodeTypes;
  llvm::DenseMap<const ir::Expr *, const ValueDecl *> NodeDecls;
};

} // namespace

std::optional<ResolveProblem>
resolveClause(ir::Expr &E, const ClauseScope &Scope, BoundExpr *Bound) {
  if (!Scope.Function && !Scope.Record)
    return ResolveProblem{E.Begin, E.End, "contract without a scope", false};
  Resolver R(Scope);
  return R.run(E, Bound);
}

} // namespace vouch::extract
