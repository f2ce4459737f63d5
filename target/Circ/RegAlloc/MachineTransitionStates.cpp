//===- MachineTransitionStates.cpp - transition states of a function ------===//

#include "RegAlloc/MachineTransitionStates.h"
#include "circ/Support/BoundaryClasses.h"
#include "llvm/CodeGen/LiveIntervals.h"
#include "llvm/CodeGen/MachineFunction.h"
#include "llvm/CodeGen/MachineRegisterInfo.h"
#include "llvm/CodeGen/SlotIndexes.h"

#include <algorithm>

using namespace llvm;

MachineTransitionStates::MachineTransitionStates(const MachineFunction &MF,
                                                 const LiveIntervals &LIS) {
  computeLiveSets(MF, LIS);
  computeStates(MF);
}

// Live-in and live-out sets from each interval's segments: walk the blocks
// (in layout order, which is slot index order) that each segment spans.
void MachineTransitionStates::computeLiveSets(const MachineFunction &MF,
                                              const LiveIntervals &LIS) {
  unsigned N = MF.getNumBlockIDs();
  LiveAt.assign(2 * N, {});
  LiveOut.assign(N, {});
  const SlotIndexes &Indexes = *LIS.getSlotIndexes();
  const MachineRegisterInfo &MRI = MF.getRegInfo();
  auto Append = [](SmallVector<Register, 8> &Set, Register V) {
    if (Set.empty() || Set.back() != V)
      Set.push_back(V);
  };
  for (unsigned I = 0, E = MRI.getNumVirtRegs(); I != E; ++I) {
    Register V = Register::index2VirtReg(I);
    if (MRI.reg_nodbg_empty(V) || !LIS.hasInterval(V))
      continue;
    for (const LiveRange::Segment &S : LIS.getInterval(V).segments) {
      const MachineBasicBlock *MBB = Indexes.getMBBFromIndex(S.start);
      for (auto It = MBB->getIterator(); It != MF.end(); ++It) {
        SlotIndex Start = Indexes.getMBBStartIdx(&*It);
        if (Start >= S.end)
          break;
        if (S.contains(Start))
          Append(LiveAt[entryOf(It->getNumber())], V);
        if (S.contains(Indexes.getMBBEndIdx(&*It).getPrevSlot()))
          Append(LiveOut[It->getNumber()], V);
      }
    }
  }
  for (const MachineBasicBlock &MBB : MF)
    if (!MBB.succ_empty())
      LiveAt[exitOf(MBB.getNumber())] = LiveOut[MBB.getNumber()];
}

// States are the classes of boundaries that edges join, numbered in the order
// their first boundary appears.
void MachineTransitionStates::computeStates(const MachineFunction &MF) {
  unsigned NumIds = LiveAt.size();
  circ::BoundaryClasses Classes;
  for (const MachineBasicBlock &MBB : MF)
    for (const MachineBasicBlock *Succ : MBB.successors())
      Classes.joinEdge(MBB.getNumber(), Succ->getNumber());
  StateOfBoundary.assign(NumIds, 0);
  for (unsigned Id = 0; Id < NumIds; ++Id)
    StateOfBoundary[Id] = Classes.stateOf(Id);
  Live.assign(Classes.numStates(), {});
  BoundaryIds.assign(Live.size(), {});
  Boundaries.assign(Live.size(), {});
  for (unsigned Id = 0; Id < NumIds; ++Id) {
    if (LiveAt[Id].empty())
      continue;
    unsigned S = StateOfBoundary[Id];
    Live[S].append(LiveAt[Id].begin(), LiveAt[Id].end());
    BoundaryIds[S].push_back(Id);
    Boundaries[S].push_back(LiveAt[Id]);
  }
  for (auto &L : Live) {
    llvm::sort(L);
    L.erase(std::unique(L.begin(), L.end()), L.end());
  }
}

unsigned MachineTransitionStates::largestState() const {
  unsigned Max = 0;
  for (const auto &Set : LiveAt)
    Max = std::max<unsigned>(Max, Set.size());
  return Max;
}
