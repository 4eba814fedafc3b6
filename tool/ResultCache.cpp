//===- ResultCache.cpp - Translation units not analysed twice -------------===//
#include "ResultCache.h"

#include "Commands.h"
#include "Version.h"

#include "llvm/Support/BLAKE3.h"
#include "llvm/Support/CommandLine.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/Process.h"
#include "llvm/Support/WithColor.h"
#include "llvm/Support/raw_ostream.h"

#include <algorithm>
#include <chrono>

namespace cl = llvm::cl;
namespace fs = llvm::sys::fs;

namespace vouch::tool {
namespace {

cl::opt<std::string> CacheDir(
    "cache-dir",
    cl::desc("Directory of the result cache (default: $VOUCH_CACHE_DIR, "
             "else .cache/vouch in the build directory, else "
             "$XDG_CACHE_HOME/vouch)."),
    cl::value_desc("dir"), cl::cat(vouchCategory()));
cl::opt<bool> NoCache("no-cache",
                      cl::desc("Analyse every translation unit; neither read "
                               "nor write the result cache."),
                      cl::init(false), cl::cat(vouchCategory()));
cl::opt<unsigned> CacheSize(
    "cache-size",
    cl::desc("Size limit of the result cache in MiB; the least recently "
             "used entries go first (default: 512)."),
    cl::value_desc("MiB"), cl::init(512), cl::cat(vouchCategory()));

// 2: findings are kept as JSON text, not as JSON objects.
constexpr llvm::StringLiteral EntryMagic = "vouch-cache-entry 2 ";
constexpr llvm::StringLiteral CacheDirTag =
    "Signature: 8a477f597d28d172789f06886806bc55\n"
    "# This file is a cache directory tag created by vouch.\n"
    "# For information about cache directory tags, see "
    "https://bford.info/cachedir/\n";

using Hash = llvm::BLAKE3Result<32>;

std::string hex(const Hash &H) { return llvm::toHex(H, /*LowerCase=*/true); }

std::string hashOf(llvm::StringRef Bytes) {
  return hex(llvm::BLAKE3::hash<32>(llvm::arrayRefFromStringRef(Bytes)));
}

/// The content hash of a file, or nothing if it cannot be read.
std::optional<std::string> hashOfFile(llvm::StringRef Path) {
  auto Buffer = llvm::MemoryBuffer::getFile(Path, /*IsText=*/false,
                                            /*RequiresNullTerminator=*/false);
  if (!Buffer)
    return std::nullopt;
  return hashOf((*Buffer)->getBuffer());
}

/// Fields hashed with their lengths, so that no two lists of fields hash
/// the same by running into each other.
class KeyHasher {
public:
  void add(llvm::StringRef Field) {
    uint64_t Size = Field.size();
    H.update(llvm::ArrayRef<uint8_t>(reinterpret_cast<uint8_t *>(&Size),
                                     sizeof(Size)));
    H.update(Field);
  }
  std::string result() { return hex(H.final()); }

private:
  llvm::BLAKE3 H;
};

std::string toolStamp() {
  std::string Executable = fs::getMainExecutable(nullptr, nullptr);
  fs::file_status Status;
  std::string Stamp = VouchVersion.str() + "|" + Executable;
  if (!fs::status(Executable, Status))
    Stamp += "|" + std::to_string(Status.getSize()) + "|" +
             std::to_string(
                 Status.getLastModificationTime().time_since_epoch().count());
  return Stamp;
}

std::string defaultDirectory(llvm::StringRef BuildDirectory) {
  if (std::optional<std::string> Env =
          llvm::sys::Process::GetEnv("VOUCH_CACHE_DIR"))
    return *Env;
  llvm::SmallString<256> Dir;
  if (!BuildDirectory.empty()) {
    Dir = BuildDirectory;
    llvm::sys::path::append(Dir, ".cache", "vouch");
  } else if (std::optional<std::string> Xdg =
                 llvm::sys::Process::GetEnv("XDG_CACHE_HOME");
             Xdg && !Xdg->empty()) {
    Dir = *Xdg;
    llvm::sys::path::append(Dir, "vouch");
  } else if (llvm::sys::path::home_directory(Dir)) {
    llvm::sys::path::append(Dir, ".cache", "vouch");
  }
  return std::string(Dir);
}

llvm::Error prepare(llvm::StringRef Dir) {
  if (std::error_code EC = fs::create_directories(Dir))
    return llvm::createStringError(EC, "cannot create the cache directory '" +
                                           Dir + "': " + EC.message());
  llvm::SmallString<256> Tag(Dir);
  llvm::sys::path::append(Tag, "CACHEDIR.TAG");
  if (!fs::exists(Tag)) {
    std::error_code EC;
    llvm::raw_fd_ostream OS(Tag, EC);
    if (!EC)
      OS << CacheDirTag;
  }
  if (!fs::can_write(Dir))
    return llvm::createStringError(
        std::make_error_code(std::errc::permission_denied),
        "cannot write to the cache directory '" + Dir + "'");
  return llvm::Error::success();
}

bool isEntryName(llvm::StringRef Name) {
  return Name.size() == 64 && llvm::all_of(Name, llvm::isHexDigit);
}

} // namespace

ResultCache::ResultCache(std::string Dir, std::uint64_t MaxBytes)
    : Dir(std::move(Dir)), MaxBytes(MaxBytes), ToolStamp(toolStamp()) {}

ResultCache::ResultCache(ResultCache &&Other)
    : Dir(std::move(Other.Dir)), MaxBytes(Other.MaxBytes),
      ToolStamp(std::move(Other.ToolStamp)), Damaged(Other.Damaged.load()) {}

llvm::Expected<std::optional<ResultCache>>
ResultCache::fromCommandLine(llvm::StringRef BuildDirectory) {
  if (NoCache) {
    if (CacheDir.getNumOccurrences())
      return llvm::createStringError(
          llvm::inconvertibleErrorCode(),
          "--no-cache and --cache-dir cannot be combined");
    return std::nullopt;
  }
  std::string Dir = CacheDir.getNumOccurrences()
                        ? std::string(CacheDir)
                        : defaultDirectory(BuildDirectory);
  if (Dir.empty())
    return std::nullopt; // nowhere to keep it
  if (llvm::Error E = prepare(Dir)) {
    if (CacheDir.getNumOccurrences())
      return std::move(E);
    // The default place may be read-only (a checked-out tree in CI, say):
    // the run goes on without a cache.
    llvm::WithColor::warning(llvm::errs(), "vouch")
        << llvm::toString(std::move(E)) << "; running without a cache\n";
    return std::nullopt;
  }
  return ResultCache(std::move(Dir), static_cast<std::uint64_t>(CacheSize)
                                         << 20);
}

std::string ResultCache::keyOf(const UnitIdentity &Unit) const {
  KeyHasher H;
  H.add(ToolStamp);
  H.add(Unit.File);
  if (std::optional<std::string> Content = hashOfFile(Unit.File))
    H.add(*Content);
  H.add(Unit.Configuration);
  for (const clang::tooling::CompileCommand &C : Unit.Commands) {
    H.add(C.Directory);
    H.add(C.Filename);
    for (const std::string &Arg : C.CommandLine)
      H.add(Arg);
  }
  H.add(Unit.Extra);
  return H.result();
}

std::string ResultCache::entryPath(llvm::StringRef Key) const {
  llvm::SmallString<256> Path(Dir);
  llvm::sys::path::append(Path, Key);
  return std::string(Path);
}

std::optional<UnitResult> ResultCache::lookup(llvm::StringRef Key) {
  std::string Path = entryPath(Key);
  auto Buffer = llvm::MemoryBuffer::getFile(Path, /*IsText=*/false,
                                            /*RequiresNullTerminator=*/false);
  if (!Buffer)
    return std::nullopt;
  auto Reject = [&] {
    ++Damaged;
    fs::remove(Path);
    return std::nullopt;
  };
  llvm::StringRef Text = (*Buffer)->getBuffer();
  if (!Text.consume_front(EntryMagic))
    return Reject();
  auto [Checksum, Body] = Text.split('\n');
  if (Checksum != hashOf(Body))
    return Reject();
  llvm::Expected<llvm::json::Value> Parsed = llvm::json::parse(Body);
  if (!Parsed) {
    llvm::consumeError(Parsed.takeError());
    return Reject();
  }
  const llvm::json::Object *Entry = Parsed->getAsObject();
  const llvm::json::Array *Inputs = Entry ? Entry->getArray("inputs") : nullptr;
  const llvm::json::Value *Stored = Entry ? Entry->get("result") : nullptr;
  if (!Inputs || !Stored)
    return Reject();
  for (const llvm::json::Value &Input : *Inputs) {
    const llvm::json::Array *Pair = Input.getAsArray();
    if (!Pair || Pair->size() != 2 || !(*Pair)[0].getAsString() ||
        !(*Pair)[1].getAsString())
      return Reject();
    if (hashOfFile(*(*Pair)[0].getAsString()) != *(*Pair)[1].getAsString())
      return std::nullopt; // a file the unit depends on changed
  }
  llvm::Expected<UnitResult> Result = unitResultFromJSON(*Stored);
  if (!Result) {
    llvm::consumeError(Result.takeError());
    return Reject();
  }
  // Recently used entries are the last to go when the cache is trimmed.
  int FD;
  if (!fs::openFileForReadWrite(Path, FD, fs::CD_OpenExisting, fs::OF_None)) {
    (void)fs::setLastAccessAndModificationTime(
        FD, std::chrono::system_clock::now());
    (void)llvm::sys::Process::SafelyCloseFileDescriptor(FD);
  }
  return std::move(*Result);
}

void ResultCache::store(llvm::StringRef Key,
                        const std::set<std::string> &FilesRead,
                        const UnitResult &Result,
                        llvm::sys::TimePoint<> StartedAt) {
  llvm::json::Array Inputs;
  for (const std::string &File : FilesRead) {
    fs::file_status Status;
    if (fs::status(File, Status) ||
        Status.getLastModificationTime() >= StartedAt)
      return;
    std::optional<std::string> Hash = hashOfFile(File);
    if (!Hash)
      return; // gone since it was read: nothing to vouch for
    Inputs.push_back(llvm::json::Array{File, *Hash});
  }
  std::string Body;
  llvm::raw_string_ostream(Body) << llvm::json::Value(llvm::json::Object{
      {"inputs", std::move(Inputs)}, {"result", toJSON(Result)}});

  llvm::SmallString<256> Model(Dir);
  llvm::sys::path::append(Model, "tmp-%%%%%%%%%%%%");
  int FD;
  llvm::SmallString<256> Temporary;
  if (fs::createUniqueFile(Model, FD, Temporary))
    return;
  {
    llvm::raw_fd_ostream OS(FD, /*shouldClose=*/true);
    OS << EntryMagic << hashOf(Body) << "\n" << Body;
    OS.close();
    if (OS.has_error()) {
      OS.clear_error();
      fs::remove(Temporary);
      return;
    }
  }
  // Atomic: a concurrent reader sees the old entry or the new one.
  if (fs::rename(Temporary, entryPath(Key)))
    fs::remove(Temporary);
}

void ResultCache::trim() {
  struct Entry {
    std::string Path;
    std::uint64_t Size;
    llvm::sys::TimePoint<> Used;
  };
  std::vector<Entry> Entries;
  std::uint64_t Total = 0;
  auto Now = std::chrono::system_clock::now();
  std::error_code EC;
  for (fs::directory_iterator It(Dir, EC), End; It != End && !EC;
       It.increment(EC)) {
    llvm::StringRef Name = llvm::sys::path::filename(It->path());
    llvm::ErrorOr<fs::basic_file_status> Status = It->status();
    if (!Status || Status->type() != fs::file_type::regular_file)
      continue;
    // A temporary file an interrupted run left behind.
    if (Name.starts_with("tmp-") &&
        Now - Status->getLastModificationTime() > std::chrono::hours(1)) {
      fs::remove(It->path());
      continue;
    }
    if (!isEntryName(Name))
      continue;
    Entries.push_back(
        {It->path(), Status->getSize(), Status->getLastModificationTime()});
    Total += Status->getSize();
  }
  if (Total <= MaxBytes)
    return;
  std::sort(Entries.begin(), Entries.end(),
            [](const Entry &A, const Entry &B) { return A.Used < B.Used; });
  // Down to nine tenths, so that the next runs do not trim again at once.
  std::uint64_t Target = MaxBytes / 10 * 9;
  for (const Entry &E : Entries) {
    if (Total <= Target)
      break;
    if (!fs::remove(E.Path))
      Total -= E.Size;
  }
}

} // namespace vouch::tool
