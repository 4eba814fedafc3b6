#include "ir/SpecJson.h"
#include "ir/SpecYaml.h"

#include <gtest/gtest.h>

using namespace vouch::ir;

namespace {

Expr name(std::string N, std::string Type, Ref Target, unsigned B, unsigned E) {
  Expr X;
  X.Kind = ExprKind::Name;
  X.Name = std::move(N);
  X.Type = std::move(Type);
  X.Target = std::move(Target);
  X.Begin = B;
  X.End = E;
  return X;
}

Expr literal(std::string Value, unsigned B, unsigned E) {
  Expr X;
  X.Kind = ExprKind::IntLiteral;
  X.Value = std::move(Value);
  X.Type = "int";
  X.Begin = B;
  X.End = E;
  return X;
}

Expr binary(std::string Op, Expr L, Expr R) {
  Expr X;
  X.Kind = ExprKind::Binary;
  X.Op = std::move(Op);
  X.Type = "bool";
  X.Begin = L.Begin;
  X.End = R.End;
  X.Children = {std::move(L), std::move(R)};
  return X;
}

/// `x > 0` on parameter 0.
Clause precondition() {
  Clause C;
  C.Kind = ClauseKind::Precondition;
  C.Text = "x > 0";
  C.Loc = {"a.cpp", 3, 10};
  C.Expression =
      binary(">", name("x", "int", {RefKind::Parameter, "x", 0}, 0, 1),
             literal("0", 4, 5));
  return C;
}

SpecDocument small() {
  SpecDocument Doc;
  FunctionSpec F;
  F.QualifiedName = "f";
  F.Signature = "int (int)";
  F.Loc = {"a.cpp", 4, 5};
  F.Clauses = {precondition()};
  Doc.Functions = {F};
  return Doc;
}

/// Every enum value, optional fields present and absent, awkward text.
SpecDocument rich() {
  SpecDocument Doc = small();
  FunctionSpec M;
  M.QualifiedName = "ns::Buffer::push";
  M.Signature = "void (int) const";
  M.Kind = FunctionKind::Method;
  M.IsTemplate = true;
  M.Loc = {"dir with space/b.h", 10, 1};
  Clause Post;
  Post.Kind = ClauseKind::Postcondition;
  Post.From = Origin::Acsl;
  Post.Text = "size_ == \\old(size_) + 1 && s == \"a: 'b'\\n\"";
  Post.Loc = {"b.h", 8, 14};
  Expr Old;
  Old.Kind = ExprKind::Old;
  Old.Children = {name("size_", "unsigned int",
                       {RefKind::Field, "ns::Buffer::size_", -1}, 14, 19)};
  Old.Begin = 9;
  Old.End = 20;
  Post.Expression =
      binary("==",
             name("size_", "unsigned int",
                  {RefKind::Field, "ns::Buffer::size_", -1}, 0, 5),
             Old);
  Clause Loop;
  Loop.Kind = ClauseKind::LoopInvariant;
  Loop.From = Origin::Acsl;
  Loop.Text = "0 <= i <= n";
  Loop.Loc = {"b.h", 20, 22};
  Loop.Scope = Location{"b.h", 21, 3};
  Clause Bad;
  Bad.Kind = ClauseKind::Assertion;
  Bad.From = Origin::Assert;
  Bad.Status = ClauseStatus::Invalid;
  Bad.Text = "é ≤ 3";
  Bad.Diagnostic = "unexpected character '\\xc3'";
  Bad.Loc = {"b.h", 30, 7};
  Clause Unsupported;
  Unsupported.Kind = ClauseKind::Assumption;
  Unsupported.From = Origin::VerifierAssume;
  Unsupported.Status = ClauseStatus::Unsupported;
  Unsupported.Text = "true";
  Unsupported.Diagnostic = "yes";
  Clause Ctor;
  Ctor.Kind = ClauseKind::Assertion;
  Ctor.From = Origin::GslEnsures;
  Clause Expect;
  Expect.From = Origin::GslExpects;
  Clause VAssert;
  VAssert.From = Origin::VerifierAssert;
  M.Clauses = {Post, Loop, Bad, Unsupported, Ctor, Expect, VAssert};
  Doc.Functions.push_back(M);
  for (FunctionKind K : {FunctionKind::Constructor, FunctionKind::Destructor,
                         FunctionKind::Conversion}) {
    FunctionSpec F;
    F.QualifiedName = "C::" + std::string(toString(K));
    F.Kind = K;
    Doc.Functions.push_back(F);
  }
  ClassSpec C;
  C.QualifiedName = "ns::Buffer";
  C.Loc = {"b.h", 2, 7};
  Clause Inv;
  Inv.Kind = ClauseKind::Invariant;
  Inv.Text = "size_ <= 8";
  Expr All;
  for (ExprKind K :
       {ExprKind::BoolLiteral, ExprKind::CharLiteral, ExprKind::StringLiteral,
        ExprKind::NullPtr, ExprKind::This, ExprKind::Result, ExprKind::Unary,
        ExprKind::Conditional, ExprKind::Call, ExprKind::Member,
        ExprKind::Index, ExprKind::Cast}) {
    Expr E;
    E.Kind = K;
    All.Children.push_back(E);
  }
  for (RefKind R : {RefKind::Local, RefKind::Global, RefKind::Enumerator,
                    RefKind::Function, RefKind::Method, RefKind::Macro}) {
    Expr E;
    E.Target = {R, "q", -1};
    All.Children.push_back(E);
  }
  All.Kind = ExprKind::Call;
  Inv.Expression = All;
  C.Invariants = {Inv};
  Doc.Classes = {C};
  return Doc;
}

std::string errorOf(llvm::Expected<SpecDocument> R) {
  if (R)
    return "no error";
  return llvm::toString(R.takeError());
}

} // namespace

TEST(SpecYaml, RoundTripsARichDocument) {
  SpecDocument Doc = rich();
  llvm::Expected<SpecDocument> Back = fromYaml(toYaml(Doc));
  ASSERT_TRUE(static_cast<bool>(Back)) << llvm::toString(Back.takeError());
  EXPECT_EQ(*Back, Doc);
}

TEST(SpecJson, RoundTripsARichDocument) {
  SpecDocument Doc = rich();
  llvm::Expected<SpecDocument> Back = fromJson(toJsonText(Doc));
  ASSERT_TRUE(static_cast<bool>(Back)) << llvm::toString(Back.takeError());
  EXPECT_EQ(*Back, Doc);
}

TEST(SpecYaml, RoundTripsAnEmptyDocument) {
  SpecDocument Empty;
  EXPECT_EQ(toYaml(Empty), "version: 1\nfunctions: []\nclasses: []\n");
  llvm::Expected<SpecDocument> Back = fromYaml(toYaml(Empty));
  ASSERT_TRUE(static_cast<bool>(Back));
  EXPECT_EQ(*Back, Empty);
}

TEST(SpecJson, RoundTripsAnEmptyDocument) {
  SpecDocument Empty;
  llvm::Expected<SpecDocument> Back = fromJson(toJsonText(Empty));
  ASSERT_TRUE(static_cast<bool>(Back));
  EXPECT_EQ(*Back, Empty);
}

TEST(SpecYaml, GoldenTextPinsKeyOrder) {
  EXPECT_EQ(toYaml(small()), R"(version: 1
functions:
  - name: f
    signature: int (int)
    kind: function
    template: false
    location:
      file: a.cpp
      line: 4
      column: 5
    clauses:
      - kind: precondition
        origin: doc-comment
        status: formal
        text: x > 0
        location:
          file: a.cpp
          line: 3
          column: 10
        expression:
          kind: binary
          op: ">"
          type: bool
          range: [0, 5]
          children:
            - kind: name
              name: x
              type: int
              ref:
                kind: parameter
                name: x
                index: 0
              range: [0, 1]
            - kind: int
              value: 0
              type: int
              range: [4, 5]
classes: []
)");
}

TEST(SpecJson, GoldenTextPinsKeyOrderAndTypes) {
  std::string Text = toJsonText(small());
  const std::string Opening = R"json({
  "version": 1,
  "functions": [
    {
      "name": "f",
      "signature": "int (int)",
      "kind": "function",
      "template": false,)json";
  EXPECT_EQ(Text.substr(0, Opening.size()), Opening);
  EXPECT_NE(Text.find("\"template\": false"), std::string::npos);
  EXPECT_NE(Text.find("\"line\": 4"), std::string::npos);
  EXPECT_NE(Text.find("\"index\": 0"), std::string::npos);
  EXPECT_NE(Text.find("\"value\": \"0\""), std::string::npos);
  EXPECT_NE(Text.find("\"range\": [\n"), std::string::npos);
  EXPECT_EQ(Text.back(), '\n');
}

TEST(SpecYaml, OptionalFieldsAreOmittedWhenEmpty) {
  std::string Text = toYaml(small());
  EXPECT_EQ(Text.find("diagnostic"), std::string::npos);
  EXPECT_EQ(Text.find("scope"), std::string::npos);
}

TEST(SpecYaml, BadSyntaxReportsLineAndColumn) {
  std::string E = errorOf(fromYaml("version: 1\nfunctions: [\n"));
  EXPECT_NE(E.find("spec IR line 3"), std::string::npos) << E;
}

TEST(SpecYaml, MissingKey) {
  EXPECT_EQ(errorOf(fromYaml("version: 1\nfunctions: []\n")),
            "spec IR line 1, column 1 (document): missing key 'classes'");
}

TEST(SpecYaml, MissingVersion) {
  EXPECT_EQ(errorOf(fromYaml("functions: []\nclasses: []\n")),
            "spec IR line 1, column 1 (document): missing key 'version'");
}

TEST(SpecYaml, NewerVersionIsRejected) {
  std::string E = errorOf(fromYaml("version: 2\nfunctions: []\nclasses: []"));
  EXPECT_NE(E.find("spec IR version 2 is newer than this vouch (1)"),
            std::string::npos)
      << E;
}

TEST(SpecYaml, VersionMustBeAnInteger) {
  std::string E = errorOf(fromYaml("version: one\nfunctions: []\nclasses: []"));
  EXPECT_NE(E.find("expected an integer, got 'one'"), std::string::npos) << E;
}

TEST(SpecYaml, UnknownEnumSpellingListsTheValidOnes) {
  std::string Text = toYaml(small());
  Text.replace(Text.find("kind: precondition"), 18, "kind: pre");
  std::string E = errorOf(fromYaml(Text));
  EXPECT_NE(E.find("(functions[0].clauses[0].kind): unknown kind 'pre'; "
                   "expected one of precondition, postcondition"),
            std::string::npos)
      << E;
  EXPECT_NE(E.find("spec IR line 12, column 15 "), std::string::npos) << E;
}

TEST(SpecYaml, WrongTypeIsReported) {
  std::string Text = toYaml(small());
  Text.replace(Text.find("clauses:"), 8, "clauses: 3\n    old:");
  std::string E = errorOf(fromYaml(Text));
  EXPECT_NE(E.find("(functions[0].clauses): expected a sequence"),
            std::string::npos)
      << E;
}

TEST(SpecYaml, NegativeLineIsRejected) {
  std::string Text = toYaml(small());
  Text.replace(Text.find("line: 4"), 7, "line: -4");
  std::string E = errorOf(fromYaml(Text));
  EXPECT_NE(E.find("value -4 is out of range"), std::string::npos) << E;
}

TEST(SpecYaml, RangeMustBeOrdered) {
  std::string Text = toYaml(small());
  Text.replace(Text.find("range: [0, 5]"), 13, "range: [5, 0]");
  std::string E = errorOf(fromYaml(Text));
  EXPECT_NE(E.find("begin is after end"), std::string::npos) << E;
}

TEST(SpecYaml, TemplateMustBeABoolean) {
  std::string Text = toYaml(small());
  Text.replace(Text.find("template: false"), 15, "template: maybe");
  std::string E = errorOf(fromYaml(Text));
  EXPECT_NE(E.find("expected true or false, got 'maybe'"), std::string::npos)
      << E;
}

TEST(SpecYaml, DocumentMustBeAMapping) {
  EXPECT_EQ(errorOf(fromYaml("- 1\n- 2\n")),
            "spec IR line 1, column 1 (document): expected a mapping");
}

TEST(SpecJson, BadSyntaxIsReported) {
  std::string E = errorOf(fromJson("{\"version\": 1,"));
  EXPECT_NE(E.find("spec IR JSON:"), std::string::npos) << E;
}

TEST(SpecJson, MissingKeyNamesThePath) {
  std::string E = errorOf(fromJson(
      R"({"version": 1, "functions": [{"name": "f"}], "classes": []})"));
  EXPECT_NE(E.find("(functions[0]): missing key 'signature'"),
            std::string::npos)
      << E;
}

TEST(SpecJson, UnknownOriginIsRejected) {
  std::string Text = toJsonText(small());
  Text.replace(Text.find("\"doc-comment\""), 13, "\"doxygen\"");
  std::string E = errorOf(fromJson(Text));
  EXPECT_NE(E.find("unknown origin 'doxygen'"), std::string::npos) << E;
}

TEST(SpecJson, YamlAndJsonDescribeTheSameDocument) {
  SpecDocument Doc = rich();
  llvm::Expected<SpecDocument> FromYaml = fromYaml(toYaml(Doc));
  llvm::Expected<SpecDocument> FromJson = fromJson(toJsonText(Doc));
  ASSERT_TRUE(FromYaml && FromJson);
  EXPECT_EQ(*FromYaml, *FromJson);
}
