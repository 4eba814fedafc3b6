//===- ExtractCommand.cpp - `vouch extract`: print the spec IR ------------===//
#include "Commands.h"

#include "extract/ContractExtractor.h"
#include "ir/SpecJson.h"
#include "ir/SpecYaml.h"

#include "clang/AST/RecursiveASTVisitor.h"
#include "clang/Frontend/CompilerInstance.h"
#include "clang/Frontend/FrontendAction.h"
#include "clang/Tooling/Tooling.h"
#include "llvm/Support/WithColor.h"

#include <map>
#include <tuple>

using namespace clang;
namespace cl = llvm::cl;

namespace vouch::tool {
namespace {

enum class SpecFormat { Yaml, Json };

cl::opt<SpecFormat>
    Format("format", cl::desc("Output format of the spec IR"),
           cl::values(clEnumValN(SpecFormat::Yaml, "yaml", "YAML (default)"),
                      clEnumValN(SpecFormat::Json, "json", "JSON")),
           cl::init(SpecFormat::Yaml), cl::cat(vouchCategory()),
           cl::sub(extractSubcommand()));

/// Specs from every translation unit; a function or class seen in several
/// (declared in a shared header) is kept once.
class SpecCollector {
public:
  void add(ir::FunctionSpec Spec) {
    Functions.try_emplace({Spec.QualifiedName, Spec.Signature},
                          std::move(Spec));
  }
  void add(ir::ClassSpec Spec) {
    Classes.try_emplace(Spec.QualifiedName, std::move(Spec));
  }
  unsigned InvalidClauses = 0;
  unsigned InformalClauses = 0;

  ir::SpecDocument document() const {
    ir::SpecDocument Doc;
    for (const auto &[Key, Spec] : Functions)
      Doc.Functions.push_back(Spec);
    for (const auto &[Key, Spec] : Classes)
      Doc.Classes.push_back(Spec);
    auto ByPlace = [](const auto &A, const auto &B) {
      return std::tie(A.Loc.File, A.Loc.Line, A.Loc.Column, A.QualifiedName) <
             std::tie(B.Loc.File, B.Loc.Line, B.Loc.Column, B.QualifiedName);
    };
    std::sort(Doc.Functions.begin(), Doc.Functions.end(), ByPlace);
    std::sort(Doc.Classes.begin(), Doc.Classes.end(), ByPlace);
    return Doc;
  }

private:
  std::map<std::pair<std::string, std::string>, ir::FunctionSpec> Functions;
  std::map<std::string, ir::ClassSpec> Classes;
};

class SpecVisitor : public RecursiveASTVisitor<SpecVisitor> {
public:
  SpecVisitor(ASTContext &Ctx, Preprocessor &PP, SpecCollector &Out)
      : Ctx(Ctx), Extractor(Ctx, &PP), Out(Out) {}

  // Templates are extracted once, as written.
  bool shouldVisitTemplateInstantiations() const { return false; }

  bool VisitFunctionDecl(FunctionDecl *FD) {
    if (!isUserCode(FD) || FD->isImplicit() || FD != FD->getFirstDecl())
      return true;
    std::vector<extract::ContractProblem> Problems;
    extract::FunctionContract Contract = Extractor.contractOf(FD, Problems);
    count(Contract.Clauses);
    if (!Contract.Clauses.empty())
      Out.add(extract::toSpec(Contract));
    return true;
  }

  bool VisitCXXRecordDecl(CXXRecordDecl *RD) {
    if (!isUserCode(RD) || RD->isImplicit() ||
        !RD->isThisDeclarationADefinition())
      return true;
    std::vector<extract::ContractProblem> Problems;
    extract::ClassContract Contract = Extractor.invariantsOf(RD, Problems);
    count(Contract.Invariants);
    if (!Contract.Invariants.empty())
      Out.add(extract::toSpec(Contract));
    return true;
  }

private:
  bool isUserCode(const Decl *D) const {
    SourceLocation Loc = D->getLocation();
    return Loc.isValid() && !Ctx.getSourceManager().isInSystemHeader(Loc);
  }
  void count(const std::vector<extract::ExtractedClause> &Clauses) {
    for (const extract::ExtractedClause &C : Clauses)
      if (C.Clause.Status == ir::ClauseStatus::Invalid)
        ++Out.InvalidClauses;
      else if (C.Clause.Status == ir::ClauseStatus::Informal)
        ++Out.InformalClauses;
  }

  ASTContext &Ctx;
  extract::ContractExtractor Extractor;
  SpecCollector &Out;
};

class SpecConsumer : public ASTConsumer {
public:
  SpecConsumer(Preprocessor &PP, SpecCollector &Out) : PP(PP), Out(Out) {}
  void HandleTranslationUnit(ASTContext &Ctx) override {
    if (Ctx.getDiagnostics().hasErrorOccurred())
      return; // the code does not compile: its contracts mean nothing yet
    SpecVisitor(Ctx, PP, Out).TraverseDecl(Ctx.getTranslationUnitDecl());
  }

private:
  Preprocessor &PP;
  SpecCollector &Out;
};

class SpecAction : public ASTFrontendAction {
public:
  explicit SpecAction(SpecCollector &Out) : Out(Out) {}
  std::unique_ptr<ASTConsumer> CreateASTConsumer(CompilerInstance &CI,
                                                 llvm::StringRef) override {
    return std::make_unique<SpecConsumer>(CI.getPreprocessor(), Out);
  }

private:
  SpecCollector &Out;
};

class SpecActionFactory : public tooling::FrontendActionFactory {
public:
  explicit SpecActionFactory(SpecCollector &Out) : Out(Out) {}
  std::unique_ptr<FrontendAction> create() override {
    return std::make_unique<SpecAction>(Out);
  }

private:
  SpecCollector &Out;
};

} // namespace

int runExtractCommand(const Inputs &In) {
  if (In.Files.empty()) {
    llvm::WithColor::error(llvm::errs(), "vouch")
        << "no input files; usage: vouch extract [options] <files> "
           "[-- <flags>]\n";
    return ExitUsage;
  }
  SpecCollector Collector;
  tooling::ClangTool Tool(*In.Compilations, In.Files);
  SpecActionFactory Factory(Collector);
  int Status = Tool.run(&Factory);
  ir::SpecDocument Doc = Collector.document();
  if (Format == SpecFormat::Json)
    llvm::outs() << ir::toJsonText(Doc);
  else
    llvm::outs() << ir::toYaml(Doc);
  if (Collector.InvalidClauses)
    llvm::WithColor::warning(llvm::errs(), "vouch")
        << Collector.InvalidClauses << " contract clause"
        << (Collector.InvalidClauses == 1 ? " is" : "s are")
        << " invalid (status: invalid); run 'vouch' on the same files for "
           "the diagnostics\n";
  if (Collector.InformalClauses)
    llvm::errs() << "vouch: " << Collector.InformalClauses
                 << (Collector.InformalClauses == 1 ? " clause is"
                                                    : " clauses are")
                 << " prose (status: informal), kept and not checked\n";
  // ClangTool returns 1 when a file failed to compile, 2 when some were
  // skipped for want of a compile command.
  return Status == 0 ? ExitClean : ExitFindings;
}

} // namespace vouch::tool
