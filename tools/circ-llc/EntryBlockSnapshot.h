//===- EntryBlockSnapshot.h - undo what codegen does to allocas -*- C++ -*-===//
//
// Code generation changes the IR it compiles in one place that we know of
// (-circ-io-width-check-restored-ir would show another): stack colouring
// merges the allocas of two disjoint stack slots, moving one and giving it
// the other's uses, so that alias analysis later sees the merge. A function
// selected again after that would read another function. The width choice
// compiles one prepared module many times; this records what stack
// colouring can change (each entry block's order and every static alloca's
// uses) and puts it back after each compile.
//
//===----------------------------------------------------------------------===//

#ifndef CIRC_TOOLS_CIRCLLC_ENTRYBLOCKSNAPSHOT_H
#define CIRC_TOOLS_CIRCLLC_ENTRYBLOCKSNAPSHOT_H

#include "llvm/ADT/SmallVector.h"
#include <string>
#include <vector>

namespace llvm {
class AllocaInst;
class Instruction;
class Module;
class User;
} // namespace llvm

namespace circ {

class EntryBlockSnapshot {
  struct AllocaUses {
    llvm::AllocaInst *Alloca;
    llvm::SmallVector<std::pair<llvm::User *, unsigned>, 4> Uses;
  };
  struct EntryBlock {
    std::vector<llvm::Instruction *> Order;
    std::vector<AllocaUses> Allocas;
  };
  std::vector<EntryBlock> Blocks;

public:
  /// Records the entry blocks of \p M's functions.
  explicit EntryBlockSnapshot(llvm::Module &M);
  /// Puts each recorded alloca's uses and each entry block's order back, and
  /// erases what was added there (a cast stack colouring may insert).
  void restore();
};

/// The text of \p M's functions (not its flags, which the choice sets per
/// candidate), to check that a restored module is the one recorded.
std::string printFunctions(const llvm::Module &M);

} // namespace circ

#endif // CIRC_TOOLS_CIRCLLC_ENTRYBLOCKSNAPSHOT_H
