//===- SarifOutput.cpp - `--format=sarif`: SARIF 2.1.0 --------------------===//
#include "SarifOutput.h"

#include "Commands.h"
#include "Fingerprint.h"
#include "JsonOutput.h"
#include "Version.h"

#include "../checks/FindingLog.h"

#include "llvm/ADT/StringExtras.h"
#include "llvm/Support/CommandLine.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/FormatVariadic.h"
#include "llvm/Support/JSON.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/Path.h"

#include <algorithm>
#include <map>

using namespace clang::tidy;
namespace json = llvm::json;

namespace vouch::tool {
namespace {

llvm::cl::opt<std::string> SarifHelpBase(
    "sarif-help-base",
    llvm::cl::desc("With --format=sarif: the URL the help links of vouch's "
                   "checks start with; '<URL>docs/checks/<check>.md' is each "
                   "check's page. Default: "
                   "'https://github.com/vouch-dev/vouch/blob/main/'."),
    llvm::cl::value_desc("URL"), llvm::cl::init(DefaultSarifHelpBase.str()),
    llvm::cl::cat(vouchCategory()));

constexpr llvm::StringLiteral SchemaUri =
    "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/"
    "sarif-schema-2.1.0.json";
constexpr llvm::StringLiteral InformationUri =
    "https://github.com/vouch-dev/vouch";
constexpr llvm::StringLiteral SourceRoot = "%SRCROOT%";

struct RuleText {
  llvm::StringLiteral Name, Short, Full;
};

/// vouch's checks, as their pages in docs/checks/ introduce them.
constexpr RuleText VouchRules[] = {
    {"contract-assertion", "In-body assertions that can fail.",
     "Reports in-body assertions (assert, GSL Expects/Ensures, "
     "__VERIFIER_assert, ACSL assert) that can fail for an input the "
     "preconditions allow, with that input and the path to the failure."},
    {"contract-invariant", "Class and loop invariants that can be broken.",
     "Reports class invariants that a public member function or a "
     "constructor breaks, and loop invariants that do not hold on entry to "
     "their loop or are not preserved by an iteration, with a "
     "counterexample."},
    {"contract-postcondition", "Postconditions a return path violates.",
     "Reports postconditions that a return path of the function violates, "
     "with inputs that lead there, the branches taken and the value "
     "returned."},
    {"contract-precondition",
     "Calls that can violate the callee's "
     "precondition.",
     "Reports calls that can violate the precondition of the function "
     "called, with the caller's inputs that lead there."},
    {"contract-syntax", "Contract clauses that cannot be taken as written.",
     "Reports contract clauses that do not parse, name unknown things, have "
     "the wrong type, use result or old() where they mean nothing, have "
     "side effects or sit in the wrong place. A clause reported here is not "
     "verified."},
    {"contract-undefined-behavior",
     "Operations whose behaviour is undefined for some input.",
     "Reports signed overflow, division by zero, out-of-range shifts and "
     "flowing off the end of a non-void function, for an input the "
     "preconditions allow, with that input."},
    {"contract-unknown",
     "Obligations that could be neither proved nor "
     "refuted.",
     "Reports every obligation vouch could neither prove nor refute, and "
     "why: a loop beyond the unroll bound without an invariant, code vouch "
     "does not model, a solver limit. These are the places where the code "
     "is not verified."},
    {"contract-vacuous", "Preconditions that no input satisfies.",
     "Reports functions whose preconditions no input can satisfy: every "
     "proof about such a function is vacuous."},
};

struct Rule {
  std::string Short, Full, HelpUri;
  llvm::StringRef DefaultLevel = "warning";
};

Rule describeRule(llvm::StringRef Name, llvm::StringRef HelpBase) {
  for (const RuleText &R : VouchRules)
    if (R.Name == Name)
      return {R.Short.str(), R.Full.str(),
              (HelpBase + "docs/checks/" + Name + ".md").str()};
  if (Name == "clang-diagnostic-error")
    return {"The file does not compile.",
            "Clang's compile errors. vouch checks nothing in a translation "
            "unit that does not compile; the run fails.",
            "", "error"};
  if (Name.consume_front("clang-diagnostic-"))
    return {("Clang's -W" + Name + " warning.").str(),
            ("The compiler warning -W" + Name +
             ", reported as clang-tidy "
             "reports compiler warnings.")
                .str(),
            "https://clang.llvm.org/docs/DiagnosticsReference.html#w" +
                Name.lower()};
  std::string Module, Check;
  if (Name.starts_with("clang-analyzer-")) {
    Module = "clang-analyzer";
    Check = Name.drop_front(Module.size() + 1).str();
  } else {
    auto [M, C] = Name.split('-');
    Module = M.str();
    Check = C.str();
  }
  std::string Uri;
  if (!Check.empty())
    Uri = "https://clang.llvm.org/extra/clang-tidy/checks/" + Module + "/" +
          Check + ".html";
  return {("The clang-tidy check " + Name + ".").str(),
          ("The clang-tidy check " + Name +
           ", run beside vouch's checks; see its documentation.")
              .str(),
          Uri};
}

/// The check's name as SARIF's "friendly name", a Pascal-case identifier:
/// contract-postcondition is ContractPostcondition.
std::string friendlyName(llvm::StringRef Check) {
  std::string Out;
  bool Upper = true;
  for (char C : Check) {
    if (!llvm::isAlnum(C)) {
      Upper = true;
      continue;
    }
    Out += Upper ? llvm::toUpper(C) : C;
    Upper = false;
  }
  return Out;
}

/// Percent-encodes what is not allowed unencoded in a URI path.
std::string encodeUriPath(llvm::StringRef Path) {
  std::string Out;
  for (unsigned char C : Path) {
    if (llvm::isAlnum(C) || llvm::StringRef("-._~/").contains(C))
      Out += C;
    else
      Out += "%" + llvm::utohexstr(C, /*LowerCase=*/false, /*Width=*/2);
  }
  return Out;
}

/// Lines of files, and columns in UTF-16 code units as SARIF counts them
/// (clang counts bytes); each file is read once.
class LineTable {
public:
  /// Line and byte column (1-based) of a file offset.
  std::pair<unsigned, unsigned> at(const std::string &File, unsigned Offset) {
    const Lines &L = lines(File);
    auto It = std::upper_bound(L.Starts.begin(), L.Starts.end(), Offset);
    unsigned Line = It - L.Starts.begin();
    return {Line, Offset - L.Starts[Line - 1] + 1};
  }

  /// The UTF-16 column of a 1-based byte column on a 1-based line.
  unsigned utf16Column(const std::string &File, unsigned Line,
                       unsigned ByteColumn) {
    const Lines &L = lines(File);
    if (Line == 0 || Line > L.Starts.size() || ByteColumn == 0)
      return ByteColumn;
    llvm::StringRef Text = L.Buffer ? L.Buffer->getBuffer() : "";
    std::size_t Begin = L.Starts[Line - 1];
    if (Begin + ByteColumn - 1 > Text.size())
      return ByteColumn;
    unsigned Column = 1;
    for (unsigned char C : Text.substr(Begin, ByteColumn - 1)) {
      if ((C & 0xC0) == 0x80)
        continue;                           // a continuation byte
      Column += (C & 0xF8) == 0xF0 ? 2 : 1; // four bytes: a surrogate pair
    }
    return Column;
  }

private:
  struct Lines {
    std::unique_ptr<llvm::MemoryBuffer> Buffer;
    std::vector<unsigned> Starts;
  };
  const Lines &lines(const std::string &File) {
    Lines &L = Files[File];
    if (L.Starts.empty()) {
      L.Starts.push_back(0);
      if (auto Buffer = llvm::MemoryBuffer::getFile(File)) {
        L.Buffer = std::move(*Buffer);
        llvm::StringRef Text = L.Buffer->getBuffer();
        for (std::size_t I = 0; I < Text.size(); ++I)
          if (Text[I] == '\n')
            L.Starts.push_back(I + 1);
      }
    }
    return L;
  }
  std::map<std::string, Lines> Files;
};

class SarifWriter {
public:
  explicit SarifWriter(llvm::StringRef HelpBase) : HelpBase(HelpBase) {
    if (!this->HelpBase.empty() && this->HelpBase.back() != '/')
      this->HelpBase += '/';
  }

  json::Value write(const std::vector<ClangTidyError> &Errors) {
    std::map<std::string, unsigned> Occurrences;
    json::Array Results, Notifications;
    bool Failed = false;
    for (const ClangTidyError *E : sortedFindings(Errors)) {
      // A diagnostic about no place in the code (a bad compiler flag) is
      // about the run: GitHub rejects results without a location.
      if (E->Message.FilePath.empty()) {
        Failed |= level(*E) == "error";
        Notifications.push_back(notification(*E));
        continue;
      }
      std::string Fingerprint = fingerprint(*E);
      unsigned N = ++Occurrences[Fingerprint];
      Results.push_back(result(*E, Fingerprint + ":" + std::to_string(N)));
    }
    json::Object Driver{{"name", "vouch"},
                        {"version", VouchVersion},
                        {"semanticVersion", VouchVersion},
                        {"informationUri", InformationUri},
                        {"rules", std::move(Rules)}};
    llvm::SmallString<256> Cwd;
    json::Object BaseIds;
    if (!llvm::sys::fs::current_path(Cwd)) {
      std::string Uri =
          "file://" + encodeUriPath(llvm::sys::path::convert_to_slash(Cwd));
      if (Uri.back() != '/')
        Uri += '/';
      BaseIds[SourceRoot] = json::Object{{"uri", Uri}};
    }
    json::Object Run{{"tool", json::Object{{"driver", std::move(Driver)}}},
                     {"results", std::move(Results)},
                     {"invocations",
                      json::Array{json::Object{{"executionSuccessful", !Failed},
                                               {"toolExecutionNotifications",
                                                std::move(Notifications)}}}},
                     {"columnKind", "utf16CodeUnits"},
                     {"originalUriBaseIds", std::move(BaseIds)}};
    return json::Object{{"$schema", SchemaUri},
                        {"version", "2.1.0"},
                        {"runs", json::Array{std::move(Run)}}};
  }

private:
  /// The index of the check's rule, added on its first result.
  unsigned ruleIndex(llvm::StringRef Name) {
    auto [It, New] = RuleIndex.try_emplace(Name.str(), Rules.size());
    if (!New)
      return It->second;
    Rule R = describeRule(Name, HelpBase);
    json::Object Out{
        {"id", Name.str()},
        {"name", friendlyName(Name)},
        {"shortDescription", json::Object{{"text", R.Short}}},
        {"fullDescription", json::Object{{"text", R.Full}}},
        {"defaultConfiguration", json::Object{{"level", R.DefaultLevel}}}};
    std::string Help = R.Full;
    std::string Markdown = R.Full;
    if (!R.HelpUri.empty()) {
      Out["helpUri"] = R.HelpUri;
      Help += " Documentation: " + R.HelpUri;
      Markdown += " [Documentation](" + R.HelpUri + ")";
    }
    Out["help"] = json::Object{{"text", Help}, {"markdown", Markdown}};
    Rules.push_back(std::move(Out));
    return It->second;
  }

  json::Object artifactLocation(llvm::StringRef File) {
    std::string Path = relativeToCurrentDirectory(File);
    if (llvm::sys::path::is_absolute(Path, llvm::sys::path::Style::posix))
      return json::Object{{"uri", "file://" + encodeUriPath(Path)}};
    return json::Object{{"uri", encodeUriPath(Path)},
                        {"uriBaseId", SourceRoot}};
  }

  /// A location from a file and a 1-based line and byte column, with a
  /// message if `Message` is not empty.
  json::Object location(const std::string &File, unsigned Line,
                        unsigned ByteColumn, llvm::StringRef Message) {
    json::Object Out;
    if (!File.empty() && Line)
      Out["physicalLocation"] = json::Object{
          {"artifactLocation", artifactLocation(File)},
          {"region",
           json::Object{
               {"startLine", Line},
               {"startColumn",
                std::max(1u, Lines.utf16Column(File, Line, ByteColumn))}}}};
    if (!Message.empty())
      Out["message"] = json::Object{{"text", Message.str()}};
    return Out;
  }

  json::Object location(const clang::tooling::DiagnosticMessage &M,
                        llvm::StringRef Message) {
    if (M.FilePath.empty())
      return location("", 0, 0, Message);
    auto [Line, Column] = Lines.at(M.FilePath, M.FileOffset);
    return location(M.FilePath, Line, Column, Message);
  }

  /// A location logged by the checks: {file, line, column}.
  json::Object location(const json::Object *Place, llvm::StringRef Message) {
    if (!Place)
      return location("", 0, 0, Message);
    return location(Place->getString("file").value_or("").str(),
                    Place->getInteger("line").value_or(0),
                    Place->getInteger("column").value_or(0), Message);
  }

  static json::Object flowStep(json::Object Location) {
    return json::Object{{"location", std::move(Location)}};
  }

  /// The counterexample as a thread flow: the clause, the entry with the
  /// inputs, each step of the path, and the finding.
  json::Array codeFlows(const ClangTidyError &E, const json::Object &Details) {
    const json::Object *CE = Details.getObject("counterexample");
    if (!CE)
      return {};
    json::Array Steps;
    if (const json::Object *Clause = Details.getObject("clause"))
      Steps.push_back(flowStep(
          location(Clause->getObject("location"),
                   (Clause->getString("kind").value_or("clause") + " '" +
                    Clause->getString("text").value_or("") + "' written here")
                       .str())));
    std::string Inputs;
    if (const json::Array *In = CE->getArray("inputs"))
      for (const json::Value &V : *In)
        if (const json::Object *I = V.getAsObject())
          Inputs += (llvm::StringRef(Inputs.empty() ? "" : ", ") +
                     I->getString("name").value_or("") + " = " +
                     I->getString("value").value_or(""))
                        .str();
    if (const json::Object *Function = Details.getObject("function"))
      Steps.push_back(flowStep(
          location(Function->getObject("location"),
                   ("entry of '" + Function->getString("name").value_or("") +
                    "'" + (Inputs.empty() ? "" : " with " + Inputs))
                       .str())));
    if (const json::Array *Path = CE->getArray("path"))
      for (const json::Value &V : *Path)
        if (const json::Object *Step = V.getAsObject())
          Steps.push_back(flowStep(
              location(Step, Step->getString("step").value_or("").str())));
    std::string Last = E.Message.Message;
    if (std::optional<llvm::StringRef> Returns = CE->getString("returns"))
      Last += " (returns " + Returns->str() + ")";
    Steps.push_back(flowStep(location(E.Message, Last)));
    for (std::size_t I = 0; I < Steps.size(); ++I)
      Steps[I].getAsObject()->try_emplace("executionOrder", I + 1);
    return json::Array{json::Object{
        {"message",
         json::Object{{"text", "counterexample: " +
                                   (Inputs.empty() ? std::string("no input")
                                                   : Inputs)}}},
        {"threadFlows",
         json::Array{json::Object{{"locations", std::move(Steps)}}}}}};
  }

  /// verdict, obligation, function, clause, reason, counterexample inputs.
  static json::Object properties(const json::Object *Details,
                                 llvm::StringRef Fingerprint) {
    json::Object Out{{"fingerprint", Fingerprint.str()}};
    if (!Details)
      return Out;
    for (llvm::StringRef Key : {"verdict", "obligation", "reason"})
      if (std::optional<llvm::StringRef> V = Details->getString(Key))
        Out[Key] = V->str();
    if (const json::Object *F = Details->getObject("function"))
      if (std::optional<llvm::StringRef> Name = F->getString("name"))
        Out["function"] = Name->str();
    if (const json::Object *C = Details->getObject("clause")) {
      json::Object Clause;
      for (llvm::StringRef Key : {"text", "kind", "origin"})
        if (std::optional<llvm::StringRef> V = C->getString(Key))
          Clause[Key] = V->str();
      Out["clause"] = std::move(Clause);
    }
    if (const json::Object *CE = Details->getObject("counterexample")) {
      json::Object Copy;
      if (const json::Array *In = CE->getArray("inputs"))
        Copy["inputs"] = json::Array(*In);
      if (std::optional<llvm::StringRef> R = CE->getString("returns"))
        Copy["returns"] = R->str();
      Out["counterexample"] = std::move(Copy);
    }
    return Out;
  }

  /// SARIF has no "remark": proved verdicts are notes.
  static llvm::StringRef level(const ClangTidyError &E) {
    llvm::StringRef L = levelOf(E);
    return L == "remark" ? "note" : L;
  }

  /// A diagnostic without a place, with its notes in the message.
  static json::Object notification(const ClangTidyError &E) {
    std::string Text = E.Message.Message;
    for (const clang::tooling::DiagnosticMessage &N : E.Notes)
      Text += "\nnote: " + N.Message;
    return json::Object{{"level", level(E)},
                        {"message", json::Object{{"text", std::move(Text)}}},
                        {"descriptor", json::Object{{"id", E.DiagnosticName}}}};
  }

  json::Object result(const ClangTidyError &E, llvm::StringRef Fingerprint) {
    checks::FindingKey Key = checks::findingKeyOf(E);
    std::optional<json::Object> Logged = checks::loggedFinding(Key);
    const json::Object *Details = Logged ? &*Logged : nullptr;
    json::Object Out{
        {"ruleId", E.DiagnosticName},
        {"ruleIndex", ruleIndex(E.DiagnosticName)},
        {"level", level(E)},
        {"message", json::Object{{"text", E.Message.Message}}},
        {"partialFingerprints",
         json::Object{{FingerprintKey, Fingerprint.str()}}},
        {"properties",
         properties(Details, llvm::StringRef(Fingerprint).rsplit(':').first)}};
    if (!E.Message.FilePath.empty())
      Out["locations"] = json::Array{location(E.Message, "")};
    json::Array Related;
    for (const clang::tooling::DiagnosticMessage &N : E.Notes) {
      json::Object L = location(N, N.Message);
      L["id"] = Related.size() + 1;
      Related.push_back(std::move(L));
    }
    if (!Related.empty())
      Out["relatedLocations"] = std::move(Related);
    if (Details) {
      json::Array Flows = codeFlows(E, *Details);
      if (!Flows.empty())
        Out["codeFlows"] = std::move(Flows);
    }
    return Out;
  }

  std::string HelpBase;
  LineTable Lines;
  json::Array Rules;
  std::map<std::string, unsigned> RuleIndex;
};

} // namespace

std::string sarifHelpBase() { return SarifHelpBase; }

void printSarifFindings(const std::vector<ClangTidyError> &Errors,
                        llvm::StringRef HelpBase, llvm::raw_ostream &OS) {
  SarifWriter Writer(HelpBase);
  OS << llvm::formatv("{0:2}", Writer.write(Errors)) << "\n";
}

} // namespace vouch::tool
