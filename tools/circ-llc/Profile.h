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
#include <optional>
#include <string>
#include <vector>

namespace llvm {
class Module;
class raw_ostream;
} // namespace llvm

namespace circ {

struct FunctionProfile {
  unsigned NumIRBlocks = 0;
  /// Entries of each IR block, by number; none for a block the profiled
  /// compile did not have (merged away), until inferred.
  std::vector<std::optional<uint64_t>> Counts;
  /// Entries of each machine block of an IR block that became several, in
  /// the order of the profiled code; empty for the others.
  std::vector<std::vector<uint64_t>> MachineBlockCounts;
};

struct BlockProfile {
  std::string File;
  llvm::StringMap<FunctionProfile> Functions;
};

/// Reads a profile; on a malformed file returns false with "file:line: ..."
/// in \p Err.
bool readBlockProfile(llvm::StringRef File, BlockProfile &Out,
                      std::string &Err);

/// Fills in the counts of IR blocks the profiled compile did not have where
/// the flow through their neighbours gives them; with \p SetWeights also
/// gives \p M's branches the counts as branch weights and its functions
/// their entry counts, so that block frequencies (and with them circ-ts's
/// spill choices and block placement) follow the run. A function
/// the profile does not fit (missing, or another number of IR blocks) is
/// left as it is, with a warning on \p Diag naming it; so is a function of
/// the profile that \p M does not define.
void applyBlockProfile(llvm::Module &M, BlockProfile &Profile, bool SetWeights,
                       llvm::raw_ostream &Diag);

} // namespace circ

#endif
