//===- StateColourer.h - registers for transition states --------*- C++ -*-===//
//
// circ-ts's second phase: each transition state gets its own map from its
// live values to registers below the io width. Two values need different
// registers only if one of the state's boundaries holds both; a value takes
// the lowest free slot, or one it prefers (the register it has in a
// neighbouring state, a callee-saved one when it is live across a call).
//
// AffinityRecolouring colours every state once more with such preferences, in
// an order that lets a loop's states follow one another, so that a value
// passing through a block unchanged needs no move at the block's end.
//
//===----------------------------------------------------------------------===//

#ifndef CIRC_REGALLOC_STATECOLOURER_H
#define CIRC_REGALLOC_STATECOLOURER_H

#include "RegAlloc/MachineTransitionStates.h"
#include "llvm/ADT/DenseMap.h"
#include "llvm/ADT/DenseSet.h"
#include "llvm/ADT/STLFunctionalExtras.h"
#include "llvm/MC/MCRegister.h"

#include <optional>
#include <vector>

namespace llvm {
class MachineBlockFrequencyInfo;
class MachineFunction;

using RegMap = DenseMap<Register, MCRegister>;
/// For each value, registers it would like, heaviest first, with weights.
using Preferences =
    DenseMap<Register, SmallVector<std::pair<MCRegister, uint64_t>, 2>>;

/// What one colouring of a state may use.
struct ColourRequest {
  /// Registers the values would like (none: plain lowest-slot colouring).
  const Preferences *Prefs = nullptr;
  /// Slots below this only (0: any slot of the pool).
  unsigned Limit = 0;
  /// Values live across a call: they try callee-saved slots first.
  const DenseSet<Register> *AcrossCall = nullptr;
};

class StateColourer {
public:
  /// \p Pool: the registers states may use, slot i = Pool[i]. \p Spilled:
  /// values that live in RAM homes and get no register.
  StateColourer(const MachineTransitionStates &States,
                ArrayRef<MCRegister> Pool, const DenseSet<Register> &Spilled)
      : States(States), Pool(Pool), Spilled(Spilled) {}

  /// Colours state \p S, or returns std::nullopt and sets \p Misfit to a
  /// value that found no slot.
  std::optional<RegMap> colour(unsigned S, const ColourRequest &Request,
                               Register &Misfit) const;
  /// Slot of register \p R in the pool.
  unsigned slotOf(MCRegister R) const;

private:
  using Neighbourhood = DenseMap<Register, SmallVector<Register, 8>>;
  Neighbourhood neighboursIn(unsigned S) const;
  SmallVector<Register, 16> colouringOrder(unsigned S,
                                           const Preferences *Prefs) const;
  unsigned chooseSlot(Register V, const ColourRequest &Request,
                      function_ref<bool(unsigned)> Free) const;
  bool isCalleeSavedSlot(unsigned Slot) const;

  const MachineTransitionStates &States;
  ArrayRef<MCRegister> Pool;
  const DenseSet<Register> &Spilled;
};

/// Copies between a value and a fixed register (a parameter, an argument, a
/// result), by block: the value would like that register in the state where
/// the block is entered (copied out: Out) or left (copied in: In).
struct FixedRegisterCopies {
  using Hint = std::pair<Register, MCRegister>;
  std::vector<SmallVector<Hint, 4>> In, Out;
  /// One more than the highest general register they name: the width the
  /// calling convention gives the function's transitions anyway.
  unsigned Width = 0;

  explicit FixedRegisterCopies(const MachineFunction &MF);
};

/// Recolours every state once (twice with affinity on), hottest first, each
/// with the preferences its neighbours and fixed-register copies give.
/// \p Recolour(S, Prefs) colours state S again; \p Colour holds the maps.
class AffinityRecolouring {
public:
  AffinityRecolouring(const MachineFunction &MF,
                      const MachineTransitionStates &States,
                      const DenseSet<Register> &Spilled,
                      const MachineBlockFrequencyInfo &MBFI,
                      const FixedRegisterCopies &Copies, bool UseAffinity);

  void run(function_ref<void(unsigned, const Preferences &)> Recolour,
           const std::vector<RegMap> &Colour);

private:
  void collectPassThrough(const MachineFunction &MF,
                          const DenseSet<Register> &Spilled);
  Preferences preferencesFor(unsigned S, const std::vector<RegMap> &Colour,
                             const std::vector<bool> &Done) const;
  unsigned otherSide(unsigned S, unsigned B) const;

  const MachineFunction &MF;
  const MachineTransitionStates &States;
  const FixedRegisterCopies &Copies;
  bool UseAffinity;
  /// Per block: values that pass through it unchanged.
  std::vector<SmallVector<Register, 8>> Through;
  /// Per state: blocks with such values, and blocks with fixed copies.
  std::vector<SmallVector<unsigned, 4>> BlocksOf, HintBlocksOf;
  std::vector<uint64_t> Heat, Freq;
};

} // namespace llvm

#endif
