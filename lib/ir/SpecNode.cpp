//===- SpecNode.cpp - The spec IR as a YAML/JSON document tree ------------===//
#include "ir/SpecNode.h"

#include <cerrno>
#include <cstdlib>
#include <functional>
#include <limits>

namespace vouch::ir {
namespace {

//===----------------------------------------------------------------------===//
// Writing
//===----------------------------------------------------------------------===//

YAML::Node node(const Location &L) {
  YAML::Node N;
  N["file"] = L.File;
  N["line"] = L.Line;
  N["column"] = L.Column;
  return N;
}

YAML::Node node(const Expr &E) {
  YAML::Node N;
  N["kind"] = std::string(toString(E.Kind));
  if (!E.Op.empty())
    N["op"] = E.Op;
  if (!E.Name.empty())
    N["name"] = E.Name;
  if (!E.Value.empty())
    N["value"] = E.Value;
  if (!E.Type.empty())
    N["type"] = E.Type;
  if (E.Target.Kind != RefKind::None) {
    YAML::Node Ref;
    Ref["kind"] = std::string(toString(E.Target.Kind));
    Ref["name"] = E.Target.QualifiedName;
    if (E.Target.Kind == RefKind::Parameter)
      Ref["index"] = E.Target.Index;
    N["ref"] = Ref;
  }
  YAML::Node Range(YAML::NodeType::Sequence);
  Range.push_back(E.Begin);
  Range.push_back(E.End);
  Range.SetStyle(YAML::EmitterStyle::Flow);
  N["range"] = Range;
  if (!E.Children.empty()) {
    YAML::Node Children(YAML::NodeType::Sequence);
    for (const Expr &C : E.Children)
      Children.push_back(node(C));
    N["children"] = Children;
  }
  return N;
}

YAML::Node node(const Clause &C) {
  YAML::Node N;
  N["kind"] = std::string(toString(C.Kind));
  N["origin"] = std::string(toString(C.From));
  N["status"] = std::string(toString(C.Status));
  N["text"] = C.Text;
  N["location"] = node(C.Loc);
  if (C.Scope)
    N["scope"] = node(*C.Scope);
  if (C.Expression)
    N["expression"] = node(*C.Expression);
  if (!C.Diagnostic.empty())
    N["diagnostic"] = C.Diagnostic;
  return N;
}

/// An empty list prints as `[]` on its key's line, not on a line of its own.
YAML::Node sequence() {
  YAML::Node N(YAML::NodeType::Sequence);
  N.SetStyle(YAML::EmitterStyle::Flow);
  return N;
}
void append(YAML::Node &Seq, const YAML::Node &Element) {
  Seq.SetStyle(YAML::EmitterStyle::Block);
  Seq.push_back(Element);
}

YAML::Node clauses(const std::vector<Clause> &Clauses) {
  YAML::Node N = sequence();
  for (const Clause &C : Clauses)
    append(N, node(C));
  return N;
}

//===----------------------------------------------------------------------===//
// Reading
//===----------------------------------------------------------------------===//

/// The first error ends reading; Path says where it is.
class Reader {
public:
  std::optional<std::string> Error;

  bool failed() const { return Error.has_value(); }

  void fail(const YAML::Node &At, const std::string &Path,
            const std::string &Message) {
    if (Error)
      return;
    std::string Where = "spec IR";
    YAML::Mark M = At.IsDefined() ? At.Mark() : YAML::Mark::null_mark();
    if (!M.is_null())
      Where += " line " + std::to_string(M.line + 1) + ", column " +
               std::to_string(M.column + 1);
    Error = Where + " (" + (Path.empty() ? "document" : Path) + "): " + Message;
  }

  YAML::Node field(const YAML::Node &Map, const std::string &Path,
                   const char *Key, bool Required) {
    YAML::Node N = Map[Key];
    if (!N.IsDefined() || N.IsNull()) {
      if (Required)
        fail(Map, Path, std::string("missing key '") + Key + "'");
      return YAML::Node(YAML::NodeType::Undefined);
    }
    return N;
  }

  std::string string(const YAML::Node &Map, const std::string &Path,
                     const char *Key, bool Required = true) {
    YAML::Node N = field(Map, Path, Key, Required);
    if (!N.IsDefined())
      return {};
    if (!N.IsScalar()) {
      fail(N, Path + "." + Key, "expected a string");
      return {};
    }
    return N.Scalar();
  }

  long long integer(const YAML::Node &N, const std::string &Path,
                    long long Min) {
    if (!N.IsScalar()) {
      fail(N, Path, "expected an integer");
      return 0;
    }
    const std::string &S = N.Scalar();
    char *End = nullptr;
    errno = 0;
    long long V = std::strtoll(S.c_str(), &End, 10);
    if (S.empty() || *End != '\0' || errno == ERANGE) {
      fail(N, Path, "expected an integer, got '" + S + "'");
      return 0;
    }
    if (V < Min || V > std::numeric_limits<unsigned>::max()) {
      fail(N, Path, "value " + S + " is out of range");
      return 0;
    }
    return V;
  }

  unsigned count(const YAML::Node &Map, const std::string &Path,
                 const char *Key) {
    YAML::Node N = field(Map, Path, Key, true);
    if (!N.IsDefined())
      return 0;
    return static_cast<unsigned>(integer(N, Path + "." + Key, 0));
  }

  bool boolean(const YAML::Node &Map, const std::string &Path,
               const char *Key) {
    std::string S = string(Map, Path, Key);
    if (failed())
      return false;
    if (S != "true" && S != "false")
      fail(Map[Key], Path + "." + Key,
           "expected true or false, got '" + S + "'");
    return S == "true";
  }

  template <typename Enum>
  Enum enumeration(const YAML::Node &Map, const std::string &Path,
                   const char *Key,
                   std::optional<Enum> (*Parse)(std::string_view),
                   std::initializer_list<Enum> All) {
    std::string S = string(Map, Path, Key);
    if (failed())
      return *All.begin();
    if (std::optional<Enum> E = Parse(S))
      return *E;
    std::string Expected;
    for (Enum E : All)
      Expected += (Expected.empty() ? "" : ", ") + std::string(toString(E));
    fail(Map[Key], Path + "." + Key,
         "unknown " + std::string(Key) + " '" + S + "'; expected one of " +
             Expected);
    return *All.begin();
  }

  bool requireMap(const YAML::Node &N, const std::string &Path) {
    if (!N.IsMap())
      fail(N, Path, "expected a mapping");
    return !failed();
  }

  /// Calls Each on every element of the sequence at Map[Key].
  void sequence(const YAML::Node &Map, const std::string &Path, const char *Key,
                bool Required,
                const std::function<void(const YAML::Node &,
                                         const std::string &)> &Each) {
    YAML::Node N = field(Map, Path, Key, Required);
    if (!N.IsDefined())
      return;
    if (!N.IsSequence()) {
      fail(N, Path + "." + Key, "expected a sequence");
      return;
    }
    for (std::size_t I = 0; I < N.size() && !failed(); ++I)
      Each(N[I], Path + "." + Key + "[" + std::to_string(I) + "]");
  }

  Location location(const YAML::Node &Map, const std::string &Path,
                    const char *Key) {
    Location L;
    YAML::Node N = field(Map, Path, Key, true);
    std::string P = Path + "." + Key;
    if (!N.IsDefined() || !requireMap(N, P))
      return L;
    L.File = string(N, P, "file");
    L.Line = count(N, P, "line");
    L.Column = count(N, P, "column");
    return L;
  }

  Expr expr(const YAML::Node &N, const std::string &Path) {
    Expr E;
    if (!requireMap(N, Path))
      return E;
    E.Kind = enumeration<ExprKind>(
        N, Path, "kind", exprKindFromString,
        {ExprKind::IntLiteral, ExprKind::BoolLiteral, ExprKind::CharLiteral,
         ExprKind::StringLiteral, ExprKind::NullPtr, ExprKind::Name,
         ExprKind::This, ExprKind::Result, ExprKind::Old, ExprKind::Unary,
         ExprKind::Binary, ExprKind::Conditional, ExprKind::Call,
         ExprKind::Member, ExprKind::Index, ExprKind::Cast});
    E.Op = string(N, Path, "op", false);
    E.Name = string(N, Path, "name", false);
    E.Value = string(N, Path, "value", false);
    E.Type = string(N, Path, "type", false);
    YAML::Node Ref = field(N, Path, "ref", false);
    if (Ref.IsDefined() && requireMap(Ref, Path + ".ref")) {
      E.Target.Kind = enumeration<RefKind>(
          Ref, Path + ".ref", "kind", refKindFromString,
          {RefKind::None, RefKind::Parameter, RefKind::Field, RefKind::Local,
           RefKind::Global, RefKind::Enumerator, RefKind::Function,
           RefKind::Method, RefKind::Macro});
      E.Target.QualifiedName = string(Ref, Path + ".ref", "name");
      if (E.Target.Kind == RefKind::Parameter)
        E.Target.Index = static_cast<int>(count(Ref, Path + ".ref", "index"));
    }
    YAML::Node Range = field(N, Path, "range", true);
    if (Range.IsDefined()) {
      if (!Range.IsSequence() || Range.size() != 2)
        fail(Range, Path + ".range", "expected [begin, end]");
      else {
        E.Begin = static_cast<unsigned>(integer(Range[0], Path + ".range", 0));
        E.End = static_cast<unsigned>(integer(Range[1], Path + ".range", 0));
        if (!failed() && E.Begin > E.End)
          fail(Range, Path + ".range", "begin is after end");
      }
    }
    sequence(N, Path, "children", false,
             [&](const YAML::Node &C, const std::string &P) {
               E.Children.push_back(expr(C, P));
             });
    return E;
  }

  Clause clause(const YAML::Node &N, const std::string &Path) {
    Clause C;
    if (!requireMap(N, Path))
      return C;
    C.Kind = enumeration<ClauseKind>(
        N, Path, "kind", clauseKindFromString,
        {ClauseKind::Precondition, ClauseKind::Postcondition,
         ClauseKind::Invariant, ClauseKind::LoopInvariant,
         ClauseKind::Assertion, ClauseKind::Assumption});
    C.From = enumeration<Origin>(
        N, Path, "origin", originFromString,
        {Origin::DocComment, Origin::Acsl, Origin::Assert, Origin::GslExpects,
         Origin::GslEnsures, Origin::VerifierAssert, Origin::VerifierAssume});
    C.Status = enumeration<ClauseStatus>(
        N, Path, "status", clauseStatusFromString,
        {ClauseStatus::Formal, ClauseStatus::Invalid, ClauseStatus::Unsupported,
         ClauseStatus::Informal});
    C.Text = string(N, Path, "text");
    C.Loc = location(N, Path, "location");
    if (field(N, Path, "scope", false).IsDefined())
      C.Scope = location(N, Path, "scope");
    YAML::Node E = field(N, Path, "expression", false);
    if (E.IsDefined())
      C.Expression = expr(E, Path + ".expression");
    C.Diagnostic = string(N, Path, "diagnostic", false);
    return C;
  }

  std::vector<Clause> clauseList(const YAML::Node &Map, const std::string &Path,
                                 const char *Key) {
    std::vector<Clause> Out;
    sequence(Map, Path, Key, true,
             [&](const YAML::Node &N, const std::string &P) {
               Out.push_back(clause(N, P));
             });
    return Out;
  }

  FunctionSpec function(const YAML::Node &N, const std::string &Path) {
    FunctionSpec F;
    if (!requireMap(N, Path))
      return F;
    F.QualifiedName = string(N, Path, "name");
    F.Signature = string(N, Path, "signature");
    F.Kind = enumeration<FunctionKind>(
        N, Path, "kind", functionKindFromString,
        {FunctionKind::Function, FunctionKind::Method,
         FunctionKind::Constructor, FunctionKind::Destructor,
         FunctionKind::Conversion});
    F.IsTemplate = boolean(N, Path, "template");
    F.Loc = location(N, Path, "location");
    F.Clauses = clauseList(N, Path, "clauses");
    return F;
  }

  ClassSpec record(const YAML::Node &N, const std::string &Path) {
    ClassSpec C;
    if (!requireMap(N, Path))
      return C;
    C.QualifiedName = string(N, Path, "name");
    C.Loc = location(N, Path, "location");
    C.Invariants = clauseList(N, Path, "invariants");
    return C;
  }

  SpecDocument document(const YAML::Node &Root) {
    SpecDocument Doc;
    if (!requireMap(Root, ""))
      return Doc;
    YAML::Node Version = field(Root, "", "version", true);
    if (failed())
      return Doc;
    Doc.Version = static_cast<int>(integer(Version, "version", 1));
    if (!failed() && Doc.Version > SchemaVersion)
      fail(Version, "version",
           "spec IR version " + std::to_string(Doc.Version) +
               " is newer than this vouch (" + std::to_string(SchemaVersion) +
               ")");
    sequence(Root, "", "functions", true,
             [&](const YAML::Node &N, const std::string &P) {
               Doc.Functions.push_back(function(N, P.substr(1)));
             });
    sequence(Root, "", "classes", true,
             [&](const YAML::Node &N, const std::string &P) {
               Doc.Classes.push_back(record(N, P.substr(1)));
             });
    return Doc;
  }
};

} // namespace

YAML::Node toNode(const SpecDocument &Doc) {
  YAML::Node Root;
  Root["version"] = Doc.Version;
  YAML::Node Functions = sequence();
  for (const FunctionSpec &F : Doc.Functions) {
    YAML::Node N;
    N["name"] = F.QualifiedName;
    N["signature"] = F.Signature;
    N["kind"] = std::string(toString(F.Kind));
    N["template"] = F.IsTemplate;
    N["location"] = node(F.Loc);
    N["clauses"] = clauses(F.Clauses);
    append(Functions, N);
  }
  Root["functions"] = Functions;
  YAML::Node Classes = sequence();
  for (const ClassSpec &C : Doc.Classes) {
    YAML::Node N;
    N["name"] = C.QualifiedName;
    N["location"] = node(C.Loc);
    N["invariants"] = clauses(C.Invariants);
    append(Classes, N);
  }
  Root["classes"] = Classes;
  return Root;
}

llvm::Expected<SpecDocument> fromNode(const YAML::Node &Root) {
  Reader R;
  SpecDocument Doc = R.document(Root);
  if (R.Error)
    return llvm::createStringError(llvm::inconvertibleErrorCode(), *R.Error);
  return Doc;
}

} // namespace vouch::ir
