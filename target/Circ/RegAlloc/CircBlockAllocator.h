//===- CircBlockAllocator.h - per-block register assignment -----*- C++ -*-===//
//
// The engine circ's allocators share: it assigns registers inside one block,
// given where the values that enter the block are (Entry) and where the values
// that leave it must end (Exit), and saves values around calls on the
// write-once stack. What crosses blocks, and where, is the allocator's policy:
// circ-local keeps every such value in a RAM home, circ-ts gives each
// transition state a map from values to registers.
//
// Invariants the engine keeps inside a block:
//  - a value occupies one register from its definition (or the block start, or
//    a reload) to its last use in the block, or to the block's end if it
//    leaves the block in a register;
//  - registers that instructions name (arguments, results) are never given to
//    a value that is live where those instructions write or read them;
//  - at a call, a value needed afterwards in a register the call does not keep
//    (caller-saved, or at or above the io width) is reloaded from its RAM home
//    if it has one, and otherwise saved in a fresh write-once frame around the
//    call: `frame; push ...; call; ldf ...; popf`;
//  - values with a RAM home are stored there after each definition;
//  - before the block's terminators, one parallel move puts every value that
//    leaves in a register into its Exit register.
//
//===----------------------------------------------------------------------===//

#ifndef CIRC_REGALLOC_CIRCBLOCKALLOCATOR_H
#define CIRC_REGALLOC_CIRCBLOCKALLOCATOR_H

#include "CircRegisterInfo.h"
#include "RegAlloc/ParallelMove.h"
#include "RegAlloc/SpillPlan.h"
#include "RegAlloc/StateColourer.h"
#include "llvm/ADT/ArrayRef.h"
#include "llvm/ADT/BitVector.h"
#include "llvm/ADT/DenseMap.h"
#include "llvm/ADT/DenseSet.h"
#include "llvm/CodeGen/MachineBasicBlock.h"
#include "llvm/CodeGen/Register.h"
#include "llvm/MC/MCRegister.h"

#include <array>
#include <vector>

namespace llvm {
class CircInstrInfo;
class MachineFunction;
class MachineInstr;
class MachineRegisterInfo;

/// How the engine chooses registers.
struct BlockAllocatorOptions {
  /// Values live across a call try callee-saved registers below the
  /// transition limit first (the callee-saved preference).
  bool PreferCalleeSaved = true;
  /// Use only the first N general registers (0 = all): tests the eviction
  /// path.
  unsigned RegisterBudget = 0;
  /// Registers below it may keep a value across a call (the io width, or
  /// less for an allocator that aims at a smaller width).
  unsigned TransitionLimit = CircRegisterInfo::NumGeneralRegs;
};

class CircBlockAllocator {
public:
  /// \p Plan: which values live in RAM homes at block boundaries; it is the
  /// contract between blocks, so allocating a block never changes it.
  CircBlockAllocator(MachineFunction &MF, const SpillPlan &Plan,
                     const BlockAllocatorOptions &Options);

  /// Assigns registers in \p MBB. Entry: where values live into the block in
  /// registers are; Exit: where values leaving in registers must be.
  void allocateBlock(MachineBasicBlock &MBB, const RegMap &Entry,
                     const RegMap &Exit);

  /// Rewrites what is left (debug operands, identity copies) and drops the
  /// virtual registers.
  void finish();

private:
  /// Where a physical register is written and read inside the block: a value
  /// written at position Def and last read at Use (Use == Def: never read).
  struct PhysRange {
    int Def, Use;
  };

  static constexpr unsigned NumRegs = CircRegisterInfo::NumGeneralRegs;

  MachineFunction &MF;
  MachineRegisterInfo &MRI;
  const CircInstrInfo &TII;
  const SpillPlan &Plan;
  BitVector Reserved;
  unsigned Limit; // Registers below this survive a transition.
  bool PreferCalleeSaved;
  unsigned RegisterBudget; // 0 = all registers.

  /// Slots for values without a home that a block evicts; what an eviction
  /// stores is only good until the end of that block.
  DenseMap<Register, int> EvictionSlot;

  // Per-block state.
  RegMap Assigned;
  /// Values evicted in this block whose slot holds their current value.
  DenseSet<Register> Evicted;
  std::array<Register, NumRegs> Occupant;
  DenseMap<Register, int> LastUse;
  std::array<std::vector<PhysRange>, NumRegs> Busy;
  std::array<bool, NumRegs> Pinned; // Read by the current instruction.
  const RegMap *ExitHint = nullptr;
  std::array<bool, NumRegs>
      ExitDestination{}; // A register some value leaves in.
  /// The exit move has run: the values in ExitDestination registers stay.
  bool ExitMoveDone = false;

  /// Whether \p V's current value is in RAM: it has a home, or this block
  /// evicted it since its last definition.
  bool inRAM(Register V) const { return Plan.hasHome(V) || Evicted.count(V); }
  /// The RAM slot of \p V: its home, or an eviction slot.
  int ramSlot(Register V);
  /// \p V's slot in \p Slots, made on first request.
  int slotIn(DenseMap<Register, int> &Slots, Register V);
  void scanBlock(ArrayRef<MachineInstr *> Instrs, MachineBasicBlock &MBB);
  bool usable(unsigned Index) const;
  static ArrayRef<unsigned> scratchOrder();
  bool conflicts(unsigned Index, int Def, int Use) const;
  MCRegister choose(Register V, int Def, int Use);
  MCRegister chooseOrEvict(Register V, int Def, int Use,
                           MachineBasicBlock::iterator At);
  void assign(Register V, MCRegister R);
  void release(Register V);
  void saveAroundCall(MachineInstr &Call, int Pos);
  int prepareBlock(ArrayRef<MachineInstr *> Instrs, MachineBasicBlock &MBB,
                   const RegMap &Exit);
  void assignUses(MachineInstr &MI, int Pos);
  void releaseReadLast(int Pos);
  void assignDefs(MachineInstr &MI, int Pos);
  void enterBlock(MachineBasicBlock &MBB, const RegMap &Entry);
  void leaveBlock(MachineBasicBlock &MBB, MachineBasicBlock::iterator At,
                  const RegMap &Exit, int Pos);
  MCRegister conditionRegister(Register V, int Pos,
                               const DenseSet<unsigned> &Destinations);
  void emitParallelMove(MachineBasicBlock &MBB, MachineBasicBlock::iterator At,
                        SmallVectorImpl<RegMove> &Moves, int Pos);
  void emitMoveStep(MachineBasicBlock &MBB, MachineBasicBlock::iterator At,
                    const MoveStep &S);
  void injectMoveFault(const MachineBasicBlock &MBB,
                       SmallVectorImpl<MoveStep> &Sequence);
};

} // namespace llvm

#endif
