//===- CheckCommand.cpp - `vouch <files>`: run the checks -----------------===//
//
// clang-tidy's command line and behaviour, on clang-tidy's own library, so
// that `.clang-tidy` files, NOLINT comments, `--export-fixes` and the text
// format are exactly clang-tidy's. What differs is the default check set.
//
//===----------------------------------------------------------------------===//
#include "Baseline.h"
#include "Commands.h"
#include "ConfigFiles.h"
#include "DiffInput.h"
#include "JsonOutput.h"
#include "ParallelRun.h"
#include "ResultCache.h"
#include "SarifOutput.h"

#include "../checks/FindingLog.h"
#include "../checks/RunSummary.h"

#include "clang-tidy/ClangTidy.h"
#include "clang-tidy/ClangTidyDiagnosticConsumer.h"
#include "clang-tidy/ClangTidyOptions.h"
#include "clang-tidy/GlobList.h"
#include "llvm/ADT/Statistic.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/FormatVariadic.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/Process.h"
#include "llvm/Support/WithColor.h"

using namespace clang::tidy;
namespace cl = llvm::cl;

namespace vouch::tool {
namespace {

constexpr llvm::StringLiteral DefaultChecks = "-*,contract-*";

cl::opt<std::string>
    Checks("checks", cl::desc(R"(Comma-separated list of globs with optional '-'
prefix. Globs are processed in order of
appearance in the list. Globs without '-'
prefix add checks with matching names to the
set, globs with the '-' prefix remove checks
with matching names from the set of enabled
checks. This option's value is appended to the
value of the 'Checks' option in .clang-tidy
file, if any. Default: '-*,contract-*'.)"),
           cl::init(""), cl::cat(vouchCategory()));

cl::opt<std::string> WarningsAsErrors(
    "warnings-as-errors",
    cl::desc("Upgrades warnings to errors. Same format as '-checks'."),
    cl::init(""), cl::cat(vouchCategory()));

cl::opt<std::string> HeaderFilter(
    "header-filter",
    cl::desc("Regular expression matching the names of the headers to output "
             "diagnostics from. The default value is '.*', i.e. diagnostics "
             "from all non-system headers are displayed by default. "
             "Diagnostics from the main file of each translation unit are "
             "always displayed."),
    cl::init(".*"), cl::cat(vouchCategory()));

cl::opt<std::string> ExcludeHeaderFilter(
    "exclude-header-filter",
    cl::desc("Regular expression matching the names of the headers to "
             "exclude diagnostics from."),
    cl::init(""), cl::cat(vouchCategory()));

cl::opt<bool> SystemHeaders("system-headers",
                            cl::desc("Display the errors from system headers."),
                            cl::init(false), cl::cat(vouchCategory()));

cl::opt<std::string> LineFilter(
    "line-filter",
    cl::desc("List of files and line ranges to output diagnostics from, as "
             "JSON: [{\"name\":\"file1.cpp\",\"lines\":[[1,3],[5,7]]}]"),
    cl::init(""), cl::cat(vouchCategory()));

cl::opt<bool> Fix("fix", cl::desc("Apply suggested fixes."), cl::init(false),
                  cl::cat(vouchCategory()));
cl::opt<bool> FixErrors(
    "fix-errors",
    cl::desc("Apply suggested fixes even if compilation errors were found."),
    cl::init(false), cl::cat(vouchCategory()));
cl::opt<bool> FixNotes("fix-notes",
                       cl::desc("Apply fixes attached to notes as well."),
                       cl::init(false), cl::cat(vouchCategory()));
cl::opt<std::string>
    FormatStyle("format-style",
                cl::desc("Style for formatting code around applied fixes."),
                cl::init("none"), cl::cat(vouchCategory()));

cl::opt<bool> ListChecks("list-checks",
                         cl::desc("List all enabled checks and exit."),
                         cl::init(false), cl::cat(vouchCategory()));
cl::opt<bool> DumpConfig("dump-config",
                         cl::desc("Dump the configuration in YAML format "
                                  "and exit."),
                         cl::init(false), cl::cat(vouchCategory()));
cl::opt<bool> VerifyConfig(
    "verify-config",
    cl::desc("Check the configuration files for unknown checks and options."),
    cl::init(false), cl::cat(vouchCategory()));
cl::opt<std::string> Config(
    "config",
    cl::desc("Configuration in YAML/JSON format, as in a .clang-tidy file."),
    cl::init(""), cl::cat(vouchCategory()));
cl::opt<std::string>
    ConfigFile("config-file",
               cl::desc("Read the configuration from this file."), cl::init(""),
               cl::cat(vouchCategory()));
cl::opt<std::string> ExportFixes(
    "export-fixes",
    cl::desc("YAML file to store suggested fixes in, in clang-tidy's "
             "schema (clang-apply-replacements reads it)."),
    cl::value_desc("filename"), cl::cat(vouchCategory()));
cl::opt<std::string> OutputFormat(
    "format",
    cl::desc("Output format: 'text' (clang-tidy's, the default), 'json' "
             "(one object per finding with its verdict, counterexample and "
             "path; see docs/json-output.md) or 'sarif' (SARIF 2.1.0, for "
             "GitHub code scanning; see docs/integrations.md)."),
    cl::value_desc("text|json|sarif"), cl::init("text"),
    cl::cat(vouchCategory()));
cl::opt<unsigned>
    Jobs("j",
         cl::desc("Number of translation units analysed in parallel "
                  "(default: one per core). The output does not depend on "
                  "it."),
         cl::value_desc("N"), cl::init(0), cl::cat(vouchCategory()));
cl::opt<bool> Quiet("quiet",
                    cl::desc("Run quietly: no statistics of suppressed "
                             "warnings."),
                    cl::init(false), cl::cat(vouchCategory()));
cl::opt<bool> UseColor("use-color", cl::desc("Use colors in diagnostics."),
                       cl::cat(vouchCategory()));
cl::opt<bool> AllowNoChecks("allow-no-checks",
                            cl::desc("Allow an empty set of enabled checks."),
                            cl::init(false), cl::cat(vouchCategory()));

llvm::Error usageError(const llvm::Twine &Message) {
  return llvm::createStringError(llvm::inconvertibleErrorCode(), Message.str());
}

llvm::Expected<std::unique_ptr<ClangTidyOptionsProvider>>
createOptionsProvider(llvm::IntrusiveRefCntPtr<llvm::vfs::FileSystem> FS) {
  ClangTidyGlobalOptions GlobalOptions;
  if (std::error_code EC = parseLineFilter(LineFilter, GlobalOptions))
    return usageError("invalid -line-filter: " + EC.message());

  ClangTidyOptions DefaultOptions;
  DefaultOptions.Checks = DefaultChecks.str();
  DefaultOptions.WarningsAsErrors = "";
  DefaultOptions.HeaderFilterRegex = HeaderFilter;
  DefaultOptions.ExcludeHeaderFilterRegex = ExcludeHeaderFilter;
  DefaultOptions.SystemHeaders = SystemHeaders;
  DefaultOptions.FormatStyle = FormatStyle;
  DefaultOptions.User = llvm::sys::Process::GetEnv("USER");

  ClangTidyOptions OverrideOptions;
  if (Checks.getNumOccurrences())
    OverrideOptions.Checks = Checks;
  if (WarningsAsErrors.getNumOccurrences())
    OverrideOptions.WarningsAsErrors = WarningsAsErrors;
  if (HeaderFilter.getNumOccurrences())
    OverrideOptions.HeaderFilterRegex = HeaderFilter;
  if (ExcludeHeaderFilter.getNumOccurrences())
    OverrideOptions.ExcludeHeaderFilterRegex = ExcludeHeaderFilter;
  if (SystemHeaders.getNumOccurrences())
    OverrideOptions.SystemHeaders = SystemHeaders;
  if (FormatStyle.getNumOccurrences())
    OverrideOptions.FormatStyle = FormatStyle;
  if (UseColor.getNumOccurrences())
    OverrideOptions.UseColor = UseColor;

  auto FromText = [&](llvm::StringRef Text, llvm::StringRef Source)
      -> llvm::Expected<std::unique_ptr<ClangTidyOptionsProvider>> {
    if (llvm::Error E = checkConfigText(Text, Source))
      return std::move(E);
    llvm::ErrorOr<ClangTidyOptions> Parsed =
        parseConfiguration(llvm::MemoryBufferRef(Text, Source));
    if (!Parsed)
      return usageError("invalid configuration in " + Source + ": " +
                        Parsed.getError().message());
    return std::make_unique<ConfigOptionsProvider>(
        std::move(GlobalOptions),
        ClangTidyOptions::getDefaults().merge(DefaultOptions, 0),
        std::move(*Parsed), std::move(OverrideOptions), std::move(FS));
  };

  if (ConfigFile.getNumOccurrences()) {
    if (Config.getNumOccurrences())
      return usageError("--config-file and --config are mutually exclusive");
    auto Text = llvm::MemoryBuffer::getFile(ConfigFile);
    if (!Text)
      return usageError("cannot read config file '" + ConfigFile +
                        "': " + Text.getError().message());
    return FromText((*Text)->getBuffer(), ConfigFile);
  }
  if (Config.getNumOccurrences())
    return FromText(Config, "<command-line-config>");
  return std::make_unique<FileOptionsProvider>(
      std::move(GlobalOptions), std::move(DefaultOptions),
      std::move(OverrideOptions), std::move(FS));
}

std::string absolutePath(llvm::StringRef Path) {
  llvm::SmallString<256> Abs(Path);
  llvm::sys::fs::make_absolute(Abs);
  return std::string(Abs);
}

void printSuppressed(const ClangTidyStats &Stats) {
  if (!Stats.errorsIgnored())
    return;
  llvm::errs() << "Suppressed " << Stats.errorsIgnored() << " warnings (";
  llvm::StringRef Separator = "";
  auto Part = [&](unsigned Count, llvm::StringRef What) {
    if (!Count)
      return;
    llvm::errs() << Separator << Count << What;
    Separator = ", ";
  };
  Part(Stats.ErrorsIgnoredNonUserCode, " in non-user code");
  Part(Stats.ErrorsIgnoredLineFilter, " due to line filter");
  Part(Stats.ErrorsIgnoredNOLINT, " NOLINT");
  Part(Stats.ErrorsIgnoredCheckFilter, " with check filters");
  llvm::errs() << ").\n";
  if (Stats.ErrorsIgnoredNonUserCode)
    llvm::errs() << "Use -header-filter=.* or leave it as default to display "
                    "errors from all non-system headers. Use -system-headers "
                    "to display errors from system headers as well.\n";
}

double percentile(std::vector<double> Values, double P) {
  if (Values.empty())
    return 0;
  std::sort(Values.begin(), Values.end());
  std::size_t I = static_cast<std::size_t>(P * (Values.size() - 1) + 0.5);
  return Values[std::min(I, Values.size() - 1)];
}

/// `-stats` is LLVM's flag; vouch prints its own figures for it. A release
/// build of LLVM would add "Statistics are disabled" at exit.
void quietLLVMStatistics() {
  auto &Options = cl::getRegisteredOptions();
  if (auto *Stats = static_cast<cl::opt<bool, true> *>(Options.lookup("stats")))
    Stats->setValue(false);
}

/// Where the time of the units analysed by this run went.
void printTimes(const RunResult &Run, std::size_t Files) {
  const checks::RunTotals &T = Run.Totals;
  std::size_t Analysed = Files - Run.CacheHits;
  llvm::errs() << llvm::formatv(
      "vouch: stats: {0} {1} analysed in {2:f3} s: parse and AST checks "
      "{3:f3} s, contract extraction {4:f3} s, encoding {5:f3} s, solving "
      "{6:f3} s in {7} queries (per query: median {8:f2} ms, p95 {9:f2} "
      "ms)\n",
      Analysed, Analysed == 1 ? "unit" : "units", T.UnitSeconds,
      std::max(0.0, T.UnitSeconds - T.VerifySeconds), T.ExtractionSeconds,
      std::max(0.0, T.VerifySeconds - T.SolverSeconds - T.ExtractionSeconds),
      T.SolverSeconds, T.QuerySeconds.size(),
      1000 * percentile(T.QuerySeconds, 0.5),
      1000 * percentile(T.QuerySeconds, 0.95));
  // An obligation may take several queries (unrolled instances, both
  // modes, a readable counterexample): what the user waits for per finding.
  llvm::errs() << llvm::formatv(
      "vouch: stats: obligations: {0} asked the solver (per obligation: "
      "median {1:f2} ms, p95 {2:f2} ms)\n",
      T.ObligationSeconds.size(), 1000 * percentile(T.ObligationSeconds, 0.5),
      1000 * percentile(T.ObligationSeconds, 0.95));
  if (T.FunctionsAnalysed)
    llvm::errs() << llvm::formatv(
        "vouch: stats: scan: {0} of {1} functions owe no obligation and were "
        "not encoded\n",
        T.ScannedFree, T.FunctionsAnalysed);
}

/// What was verified, and with --stats where the time went, on stderr.
void printSummary(const RunResult &Run, std::size_t Files,
                  const ResultCache *Cache, bool WithStats) {
  const checks::RunTotals &T = Run.Totals;
  if (T.Functions) {
    llvm::errs() << "vouch: " << Files << (Files == 1 ? " file, " : " files, ")
                 << T.Functions
                 << (T.Functions == 1 ? " function, " : " functions, ")
                 << T.Clauses << (T.Clauses == 1 ? " clause" : " clauses")
                 << " verified\n";
    if (T.InformalClauses)
      llvm::errs() << "vouch: " << T.InformalClauses
                   << (T.InformalClauses == 1 ? " informal clause"
                                              : " informal clauses")
                   << " (prose) not checked\n";
    for (const auto &[Check, C] : T.PerCheck) {
      llvm::errs() << "vouch: " << Check << ":";
      llvm::StringRef Separator = " ";
      auto Part = [&](unsigned N, llvm::StringRef What) {
        if (!N)
          return;
        llvm::errs() << Separator << N << " " << What;
        Separator = ", ";
      };
      Part(C.Proved, "proved");
      Part(C.Violated, "violated");
      Part(C.Unknown, "unknown");
      llvm::errs() << "\n";
    }
  }
  if (!WithStats)
    return;
  if (Cache)
    llvm::errs() << llvm::formatv(
        "vouch: stats: cache {0} hits, {1} misses ({2} damaged entries "
        "replaced) in {3}\n",
        Run.CacheHits, Run.CacheMisses, Cache->damaged(), Cache->directory());
  printTimes(Run, Files);
}

/// Reports unknown checks and options in the configuration files, as
/// clang-tidy's --verify-config does.
int verifyConfig(ClangTidyOptionsProvider &Provider, llvm::StringRef File) {
  ChecksAndOptions Valid = getAllChecksAndOptions(false, false);
  bool AnyInvalid = false;
  for (const auto &[Opts, Source] : Provider.getRawOptions(File)) {
    if (Opts.Checks)
      for (const auto &Item : GlobList(*Opts.Checks).getItems()) {
        if (Item.Text.starts_with("clang-diagnostic"))
          continue;
        if (llvm::none_of(Valid.Checks.keys(), [&](llvm::StringRef Name) {
              return Item.Regex.match(Name);
            })) {
          AnyInvalid = true;
          llvm::WithColor::warning(llvm::errs(), Source)
              << "unknown check '" << Item.Text << "' [-verify-config]\n";
        }
      }
    for (const auto &Option : Opts.CheckOptions)
      if (!Valid.Options.contains(Option.getKey())) {
        AnyInvalid = true;
        llvm::WithColor::warning(llvm::errs(), Source)
            << "unknown check option '" << Option.getKey()
            << "' [-verify-config]\n";
      }
  }
  if (AnyInvalid)
    return ExitFindings;
  llvm::outs() << "No config errors detected.\n";
  return ExitClean;
}

} // namespace

int runCheckCommand(const Inputs &In, const Change *Changed) {
  llvm::IntrusiveRefCntPtr<llvm::vfs::OverlayFileSystem> BaseFS(
      new llvm::vfs::OverlayFileSystem(llvm::vfs::getRealFileSystem()));
  auto Provider = createOptionsProvider(BaseFS);
  if (!Provider) {
    llvm::WithColor::error(llvm::errs(), "vouch")
        << llvm::toString(Provider.takeError()) << "\n";
    return ExitUsage;
  }
  if (!Config.getNumOccurrences() && !ConfigFile.getNumOccurrences())
    if (llvm::Error E = checkConfigFiles(
            In.Files.empty() ? std::vector<std::string>{"dummy"} : In.Files)) {
      llvm::WithColor::error(llvm::errs(), "vouch")
          << llvm::toString(std::move(E)) << "\n";
      return ExitUsage;
    }
  std::string FirstFile =
      absolutePath(In.Files.empty() ? "dummy" : In.Files.front());
  ClangTidyOptions Effective = (*Provider)->getOptions(FirstFile);
  std::vector<std::string> Enabled = getCheckNames(Effective, false, false);

  if (ListChecks) {
    llvm::outs() << "Enabled checks:";
    for (const std::string &Name : Enabled)
      llvm::outs() << "\n    " << Name;
    llvm::outs() << "\n\n";
    return ExitClean;
  }
  if (DumpConfig) {
    Effective.CheckOptions = getCheckOptions(Effective, false, false);
    ClangTidyOptions ToDump =
        ClangTidyOptions::getDefaults().merge(Effective, 0);
    filterCheckOptions(ToDump, Enabled);
    llvm::outs() << configurationAsText(ToDump) << "\n";
    return ExitClean;
  }
  if (VerifyConfig)
    return verifyConfig(**Provider, FirstFile);
  if (Enabled.empty()) {
    if (AllowNoChecks) {
      llvm::outs() << "No checks enabled.\n";
      return ExitClean;
    }
    llvm::WithColor::error(llvm::errs(), "vouch")
        << "no checks enabled (see -checks and .clang-tidy)\n";
    return ExitUsage;
  }
  if (In.Files.empty() && Changed) {
    if (!Quiet)
      llvm::errs() << "vouch: the change touches no C or C++ file\n";
    return ExitClean;
  }
  if (In.Files.empty()) {
    llvm::WithColor::error(llvm::errs(), "vouch")
        << "no input files; usage: vouch [options] <files> [-- <flags>]\n";
    return ExitUsage;
  }
  bool Json = OutputFormat == "json";
  bool Sarif = OutputFormat == "sarif";
  if (!Json && !Sarif && OutputFormat != "text") {
    llvm::WithColor::error(llvm::errs(), "vouch")
        << "unknown --format '" << OutputFormat
        << "'; expected 'text', 'json' or 'sarif'\n";
    return ExitUsage;
  }
  if ((Json || Sarif) && (Fix || FixErrors || FixNotes)) {
    llvm::WithColor::error(llvm::errs(), "vouch")
        << "--format=" << OutputFormat << " cannot be combined with -fix\n";
    return ExitUsage;
  }
  llvm::Expected<BaselineOptions> Baseline = BaselineOptions::fromCommandLine();
  if (!Baseline) {
    llvm::WithColor::error(llvm::errs(), "vouch")
        << llvm::toString(Baseline.takeError()) << "\n";
    return ExitUsage;
  }
  llvm::Expected<std::optional<ResultCache>> Cache =
      ResultCache::fromCommandLine(In.BuildDirectory);
  if (!Cache) {
    llvm::WithColor::error(llvm::errs(), "vouch")
        << llvm::toString(Cache.takeError()) << "\n";
    return ExitUsage;
  }
  // A cached unit must serve any later output format.
  if (Json || Sarif || Baseline->enabled() || *Cache)
    checks::enableFindingLog();

  ClangTidyContext Context(std::move(*Provider), false, false, false);
  ContextFactory MakeContext =
      [](llvm::IntrusiveRefCntPtr<llvm::vfs::OverlayFileSystem> FS) {
        // The configuration parsed once above: it cannot fail here.
        return std::make_unique<ClangTidyContext>(
            llvm::cantFail(createOptionsProvider(FS)), false, false, false);
      };
  RunSettings Settings;
  Settings.Jobs = Jobs;
  Settings.ApplyAnyFix = FixNotes;
  Settings.Quiet = Quiet;
  Settings.Cache = *Cache ? &**Cache : nullptr;
  Settings.CacheKeyExtra = (llvm::Twine("line-filter=") + LineFilter +
                            "\nfix-notes=" + (FixNotes ? "1" : "0"))
                               .str();
  if (Changed) {
    checks::restrictToChangedLines(Changed->Lines);
    Settings.CacheKeyExtra += "\ndiff=" + describeChange(*Changed);
  }
  RunResult Run = runFiles(MakeContext, *In.Compilations, In.Files, Settings);
  if (*Cache)
    (*Cache)->trim();
  std::vector<ClangTidyError> &Errors = Run.Errors;
  bool CompileErrors = llvm::any_of(Errors, [](const ClangTidyError &E) {
    return E.DiagLevel == ClangTidyError::Error;
  });
  FixBehaviour Behaviour = FixNotes             ? FB_FixNotes
                           : (Fix || FixErrors) ? FB_Fix
                                                : FB_NoFix;
  bool DisableFixes = CompileErrors && !FixErrors;
  if (llvm::Error E = Baseline->apply(Errors)) {
    llvm::WithColor::error(llvm::errs(), "vouch")
        << llvm::toString(std::move(E)) << "\n";
    return ExitUsage;
  }
  unsigned WErrorCount = 0;
  if (Json || Sarif) {
    if (Json)
      printJsonFindings(Errors, llvm::outs());
    else
      printSarifFindings(Errors, sarifHelpBase(), llvm::outs());
    WErrorCount = llvm::count_if(
        Errors, [](const ClangTidyError &E) { return E.IsWarningAsError; });
  } else {
    handleErrors(Errors, Context, DisableFixes ? FB_NoFix : Behaviour,
                 WErrorCount, BaseFS);
  }

  if (!ExportFixes.empty()) {
    // Written aside and renamed: an interrupted run leaves no half file.
    if (llvm::Error E =
            llvm::writeToOutput(ExportFixes, [&](llvm::raw_ostream &OS) {
              exportReplacements(FirstFile, Errors, OS);
              return llvm::Error::success();
            })) {
      llvm::WithColor::error(llvm::errs(), "vouch")
          << "cannot write the fixes: " << llvm::toString(std::move(E)) << "\n";
      return ExitUsage;
    }
  }
  if (!Quiet) {
    printSuppressed(Run.Stats);
    // `-stats` is LLVM's own option, registered by libLLVM.
    printSummary(Run, In.Files.size(), Settings.Cache,
                 llvm::AreStatisticsEnabled());
    quietLLVMStatistics();
    Baseline->printSummary(llvm::errs());
  }
  if (WErrorCount) {
    if (!Quiet)
      llvm::errs() << WErrorCount << " warning" << (WErrorCount == 1 ? "" : "s")
                   << " treated as error" << (WErrorCount == 1 ? "" : "s")
                   << "\n";
    return ExitFindings;
  }
  if (CompileErrors) {
    if (!Quiet)
      llvm::errs() << "Found compiler error(s).\n";
    return ExitFindings;
  }
  return ExitClean;
}

} // namespace vouch::tool
