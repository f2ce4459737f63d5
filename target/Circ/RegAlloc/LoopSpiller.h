//===- LoopSpiller.h - stack-coherent spills around loops -------*- C++ -*-===//
//
// Spilling on the write-once stack with loops as the locations. A value live
// through a loop and not defined in it is a spill candidate (value, loop):
// spilled, it is pushed in a fresh write-once frame at the end of the loop's
// preheader and read back, with the frame closed, at the start of each exit
// block; inside the loop, each instruction that reads it reads it from the
// frame first (`ldf` into a block-local register). So the frame opens once
// per entry into the loop and closes on every way out; loop frames nest like
// the loops (shared exits close the innermost first) and around the frames
// circ's allocators open at calls. A read must find its loop's frame
// innermost, so loops between a read and its frame's loop open no frame.
//
// While some transition state needs more registers than the io width allows,
// a candidate in over-width states is spilled: the one present in the most
// (ranking by states relieved; ties go to the cheaper spill), or with
// -circ-spill-rank=cost the one of least predicted cost per state relieved. A
// candidate whose frame would cost more than the RAM home the value would get
// instead is left out, and so is a value that would get a RAM home anyway (the
// ranking of what is left, as circ-ts does next).
//
//===----------------------------------------------------------------------===//

#ifndef CIRC_REGALLOC_LOOPSPILLER_H
#define CIRC_REGALLOC_LOOPSPILLER_H

#include "RegAlloc/MachineTransitionStates.h"
#include "RegAlloc/SpillPlan.h"
#include "llvm/ADT/DenseSet.h"
#include "llvm/ADT/SmallPtrSet.h"
#include "llvm/CodeGen/MachineBasicBlock.h"
#include "llvm/Support/MathExtras.h"

#include <map>
#include <optional>
#include <vector>

namespace llvm {
class LiveIntervals;
class MachineBlockFrequencyInfo;
class MachineFunction;
class MachineInstr;
class MachineLoop;
class MachineLoopInfo;

class LoopSpiller {
public:
  LoopSpiller(MachineFunction &MF, LiveIntervals &LIS, MachineLoopInfo &MLI,
              const MachineBlockFrequencyInfo &MBFI,
              const SpillRankOptions &Options)
      : MF(MF), LIS(LIS), MLI(MLI), MBFI(MBFI), Options(Options) {}

  /// Spills around loops until every transition state fits in \p Capacity
  /// registers or no candidate helps. Updates the code and the live
  /// intervals; returns whether it changed anything.
  bool run(unsigned Capacity);

private:
  struct Candidate {
    Register V;
    MachineLoop *L;
    /// The boundaries where V stops occupying a register once spilled.
    std::vector<unsigned> Relieved;
    /// Instructions in L that read V: each reads it from L's frame instead.
    SmallVector<MachineInstr *, 4> Uses;
    /// Loops inside L around those reads: they must not open frames of
    /// their own, or the reads would find the wrong innermost frame.
    SmallPtrSet<MachineLoop *, 4> InnerUsed;
    /// How often the spill runs: entries into L, plus the reads.
    uint64_t Cost = 0;
    /// Cost in the prover's terms (SpillRankOptions::Weights).
    uint64_t weightedCost(const SpillWeights &W) const {
      return SaturatingMultiply(Cost, W.StackAccess);
    }
    bool Chosen = false;
  };
  using LoopFrames = std::map<MachineLoop *, SmallVector<Candidate *, 8>>;

  void collectCandidates(const MachineTransitionStates &States);
  void collectLoopCandidates(const MachineTransitionStates &States,
                             MachineLoop &L);
  bool choose(const MachineTransitionStates &States, unsigned Capacity);
  bool chooseFrames(const MachineTransitionStates &States, unsigned Capacity,
                    const DenseSet<Register> &Banned);
  std::optional<std::vector<std::pair<Candidate *, unsigned>>>
  nextRound(const MachineTransitionStates &States, unsigned Capacity,
            const DenseSet<Register> &Banned);
  void take(Candidate &Best);
  DenseSet<Register> leftForRAM(const MachineTransitionStates &States,
                                unsigned Capacity) const;
  void place(const MachineTransitionStates &States);
  void placeReads(const LoopFrames &ByLoop, ArrayRef<MachineLoop *> Loops);
  void placeCloses(const MachineTransitionStates &States,
                   const LoopFrames &ByLoop, ArrayRef<MachineLoop *> Loops);
  void placeOpens(const LoopFrames &ByLoop, ArrayRef<MachineLoop *> Loops);
  void updateIntervals();
  uint64_t freq(const MachineBasicBlock *MBB) const;

  MachineFunction &MF;
  LiveIntervals &LIS;
  MachineLoopInfo &MLI;
  const MachineBlockFrequencyInfo &MBFI;
  const SpillRankOptions Options;

  std::vector<Candidate> Candidates;
  /// What is still live at each boundary, as spills are chosen.
  std::vector<DenseSet<Register>> Live;
  // What placing the frames adds.
  SmallVector<MachineInstr *, 32> Inserted;
  DenseSet<Register> Spilled;
  SmallVector<Register, 16> Reads;
};

} // namespace llvm

#endif
