//===- SourceExpansion.cpp - Directories and globs as inputs --------------===//
#include "SourceExpansion.h"

#include "llvm/ADT/StringSet.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/GlobPattern.h"
#include "llvm/Support/Path.h"

namespace fs = llvm::sys::fs;
namespace path = llvm::sys::path;

namespace vouch::tool {
namespace {

llvm::Error inputError(const llvm::Twine &Message) {
  return llvm::createStringError(llvm::inconvertibleErrorCode(), Message.str());
}

bool isGlob(llvm::StringRef Arg) {
  return Arg.find_first_of("*?[") != Arg.npos;
}

bool isSourceFile(llvm::StringRef File) {
  llvm::StringRef Ext = path::extension(File);
  return llvm::is_contained({".c", ".cc", ".cpp", ".cxx", ".c++", ".C"}, Ext);
}

bool isHidden(llvm::StringRef Dir) {
  llvm::StringRef Name = path::filename(Dir);
  return Name.size() > 1 && Name.starts_with(".") && Name != "..";
}

bool matchComponents(llvm::ArrayRef<llvm::StringRef> Pattern,
                     llvm::ArrayRef<llvm::StringRef> Path) {
  if (Pattern.empty())
    return Path.empty();
  if (Pattern.front() == "**")
    for (std::size_t Skip = 0; Skip <= Path.size(); ++Skip)
      if (matchComponents(Pattern.drop_front(), Path.drop_front(Skip)))
        return true;
  if (Path.empty())
    return false;
  llvm::Expected<llvm::GlobPattern> Component =
      llvm::GlobPattern::create(Pattern.front());
  if (!Component) {
    llvm::consumeError(Component.takeError());
    return false;
  }
  return Component->match(Path.front()) &&
         matchComponents(Pattern.drop_front(), Path.drop_front());
}

std::vector<llvm::StringRef> components(llvm::StringRef Path) {
  llvm::SmallVector<llvm::StringRef> Parts;
  Path.split(Parts, '/', -1, /*KeepEmpty=*/false);
  return {Parts.begin(), Parts.end()};
}

/// Every C or C++ source file under Dir, skipping hidden directories.
std::vector<std::string> sourcesUnder(llvm::StringRef Dir) {
  std::vector<std::string> Found;
  std::error_code EC;
  for (fs::recursive_directory_iterator It(Dir, EC), End; It != End && !EC;
       It.increment(EC)) {
    if (It->type() == fs::file_type::directory_file && isHidden(It->path())) {
      It.no_push();
      continue;
    }
    if (It->type() != fs::file_type::directory_file && isSourceFile(It->path()))
      Found.push_back(It->path());
  }
  llvm::sort(Found);
  return Found;
}

std::string absolute(llvm::StringRef Path) {
  llvm::SmallString<256> Abs(Path);
  fs::make_absolute(Abs);
  path::remove_dots(Abs, /*remove_dot_dot=*/true);
  return std::string(Abs);
}

/// The database's files under Dir; an error if one of them is gone.
llvm::Expected<std::vector<std::string>>
listedUnder(llvm::StringRef Dir,
            const clang::tooling::CompilationDatabase &Database) {
  std::string Prefix = absolute(Dir);
  if (!llvm::StringRef(Prefix).ends_with("/"))
    Prefix += "/";
  std::vector<std::string> Found;
  for (const std::string &File : Database.getAllFiles()) {
    if (!llvm::StringRef(absolute(File)).starts_with(Prefix))
      continue;
    if (!fs::exists(File))
      return inputError("the compilation database lists '" + File +
                        "', which does not exist (regenerate the database)");
    Found.push_back(File);
  }
  llvm::sort(Found);
  return Found;
}

/// The directory a glob's matches must be under: its components before
/// the first one with a wildcard.
std::string globRoot(llvm::StringRef Glob) {
  llvm::SmallString<256> Root;
  if (Glob.starts_with("/"))
    Root = "/";
  for (llvm::StringRef Part : components(Glob)) {
    if (isGlob(Part))
      break;
    path::append(Root, Part);
  }
  return Root.empty() ? "." : std::string(Root);
}

llvm::Expected<std::vector<std::string>> expandGlob(llvm::StringRef Glob) {
  std::string Root = globRoot(Glob);
  std::vector<std::string> Found;
  for (const std::string &File : sourcesUnder(Root)) {
    // Match the path as the glob spells it: relative stays relative.
    llvm::StringRef Spelled = File;
    if (Root == ".")
      Spelled.consume_front("./");
    if (matchComponents(components(Glob), components(Spelled)))
      Found.push_back(std::string(Spelled));
  }
  if (Found.empty())
    return inputError("no source file matches '" + Glob + "'");
  return Found;
}

} // namespace

bool globMatches(llvm::StringRef Pattern, llvm::StringRef Path) {
  return matchComponents(components(Pattern), components(Path));
}

llvm::Expected<std::vector<std::string>>
expandSources(llvm::ArrayRef<std::string> Args,
              const clang::tooling::CompilationDatabase *Database) {
  std::vector<std::string> Files;
  llvm::StringSet<> Seen;
  auto Add = [&](const std::string &File) {
    if (Seen.insert(absolute(File)).second)
      Files.push_back(File);
  };
  for (const std::string &Arg : Args) {
    if (fs::is_directory(Arg)) {
      std::vector<std::string> Found;
      if (Database && !Database->getAllFiles().empty()) {
        auto Listed = listedUnder(Arg, *Database);
        if (!Listed)
          return Listed.takeError();
        Found = std::move(*Listed);
      } else {
        Found = sourcesUnder(Arg);
      }
      if (Found.empty())
        return inputError("no source file in '" + Arg + "'");
      llvm::for_each(Found, Add);
    } else if (!fs::exists(Arg) && isGlob(Arg)) {
      auto Matched = expandGlob(Arg);
      if (!Matched)
        return Matched.takeError();
      llvm::for_each(*Matched, Add);
    } else if (!fs::exists(Arg)) {
      return inputError("no such file: '" + Arg + "'");
    } else {
      Add(Arg);
    }
  }
  return Files;
}

} // namespace vouch::tool
