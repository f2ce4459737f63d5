//===- FaultInjection.h - allocator faults on purpose ------------*- C++
//-*-===//
//
// Mutation testing of the checks (scripts/mutants.sh, docs/mutants.md): the
// hidden option -circ-inject-fault=KIND makes the allocator commit one kind
// of fault, once per function (or only in the function -circ-inject-fault-in
// names), so that a script can show which check catches it. Never on unless
// asked; a note on stderr says where each fault went.
//
//===----------------------------------------------------------------------===//

#ifndef CIRC_REGALLOC_FAULTINJECTION_H
#define CIRC_REGALLOC_FAULTINJECTION_H

#include "llvm/ADT/Twine.h"

namespace llvm {
class MachineFunction;
} // namespace llvm

namespace circ {

enum class InjectedFault {
  None,
  DropMove,      ///< a move of a block's exit parallel move is left out
  SwapMoves,     ///< two moves of it trade destinations
  SkipRestore,   ///< an epilogue does not reload one callee-saved register
  RewriteCell,   ///< a frame around a call writes its last cell twice
  ExtraPop,      ///< a frame around a call is closed twice
  ShareRegister, ///< two values of one transition state get one register
};

/// True if fault \p K is asked for and not yet injected into \p MF: the
/// caller then commits it, at \p Where (for the note). At most once per
/// function.
bool injectFaultHere(llvm::MachineFunction &MF, InjectedFault K,
                     const llvm::Twine &Where);

} // namespace circ

#endif
