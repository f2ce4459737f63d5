//===- Profile.h - block counts from circ-sim --profile ---------*- C++ -*-===//
//
// The profile names blocks by function and IR block (the index of the block
// in its LLVM IR function, which `.irblock` directives carry into the
// assembly), not by assembly label, so a program compiled again at another
// width or with another allocator can use it. docs/machine.md, "Profiles",
// gives the format.
//
//===----------------------------------------------------------------------===//

#ifndef CIRC_TOOLS_CIRCLLC_PROFILE_H
#define CIRC_TOOLS_CIRCLLC_PROFILE_H

#include "llvm/ADT/StringMap.h"
#include "llvm/ADT/StringRef.h"

#include <cstdint>
#include <string>
#include <vector>

namespace circ {

struct FunctionProfile {
  unsigned NumIRBlocks = 0;
  /// Entries of each IR block, by index.
  std::vector<uint64_t> Counts;
};

struct BlockProfile {
  std::string File;
  llvm::StringMap<FunctionProfile> Functions;
};

/// Reads a profile; on a malformed file returns false with "file:line: ..."
/// in \p Err.
bool readBlockProfile(llvm::StringRef File, BlockProfile &Out,
                      std::string &Err);

} // namespace circ

#endif
