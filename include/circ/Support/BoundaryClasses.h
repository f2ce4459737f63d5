//===- BoundaryClasses.h - block boundaries joined into states --*- C++ -*-===//
//
// The core both transition-state models share (the dialect's in
// lib/Analysis, machine code's in target/Circ/RegAlloc): every block has two
// boundaries, its entry 2B and its exit 2B+1; a transition (an edge, a call,
// a return) joins an exit to an entry, and a transition state is a class of
// joined boundaries. States are numbered in the order their first boundary
// is met, so the numbering follows the program.
//
//===----------------------------------------------------------------------===//

#ifndef CIRC_SUPPORT_BOUNDARYCLASSES_H
#define CIRC_SUPPORT_BOUNDARYCLASSES_H

#include "llvm/ADT/DenseMap.h"
#include "llvm/ADT/EquivalenceClasses.h"

namespace circ {

class BoundaryClasses {
public:
  static unsigned entryOf(unsigned Block) { return 2 * Block; }
  static unsigned exitOf(unsigned Block) { return 2 * Block + 1; }
  static unsigned blockOf(unsigned Boundary) { return Boundary / 2; }

  /// Joins the exit of block \p From to the entry of block \p To.
  void joinEdge(unsigned From, unsigned To) {
    Classes.unionSets(exitOf(From), entryOf(To));
  }
  /// The state of boundary \p Id: states are numbered 0, 1, ... in the order
  /// this is first asked about a boundary of theirs.
  unsigned stateOf(unsigned Id) {
    Classes.insert(Id);
    auto [It, New] =
        StateOfLeader.try_emplace(Classes.getLeaderValue(Id), NumStates);
    NumStates += New;
    return It->second;
  }
  unsigned numStates() const { return NumStates; }

private:
  llvm::EquivalenceClasses<unsigned> Classes;
  llvm::DenseMap<unsigned, unsigned> StateOfLeader;
  unsigned NumStates = 0;
};

} // namespace circ

#endif // CIRC_SUPPORT_BOUNDARYCLASSES_H
