// bench-flags: -std=c++17 -I/usr/lib/llvm-22/include
// A translation unit that includes LLVM's ADT headers (with -I, as
// `llvm-config --cxxflags` gives them, so they are not system headers and
// their inline functions are analysed) and uses a little of them, with no
// contracts.
#include "llvm/ADT/APInt.h"
#include "llvm/ADT/ArrayRef.h"
#include "llvm/ADT/DenseMap.h"
#include "llvm/ADT/DenseSet.h"
#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/SmallString.h"
#include "llvm/ADT/SmallVector.h"
#include "llvm/ADT/StringMap.h"
#include "llvm/ADT/StringRef.h"
#include "llvm/ADT/Twine.h"

unsigned count_long_names(llvm::ArrayRef<llvm::StringRef> names,
                          unsigned min_length) {
  llvm::StringMap<unsigned> seen;
  llvm::DenseMap<unsigned, unsigned> by_length;
  llvm::SmallVector<llvm::StringRef, 8> kept;
  for (llvm::StringRef name : names) {
    if (name.size() < min_length || !seen.insert({name, 1}).second)
      continue;
    ++by_length[name.size()];
    kept.push_back(name);
  }
  llvm::SmallString<64> joined;
  for (llvm::StringRef name : kept)
    (joined + name).toVector(joined);
  return static_cast<unsigned>(kept.size());
}
