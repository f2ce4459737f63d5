//===- CircMachineFunctionInfo.h - per-function codegen state ---*- C++ -*-===//
#ifndef CIRC_CIRCMACHINEFUNCTIONINFO_H
#define CIRC_CIRCMACHINEFUNCTIONINFO_H

#include "llvm/ADT/DenseMap.h"
#include "llvm/CodeGen/MachineFunction.h"

namespace llvm {

/// What -circ-ra-report counts (CircRAStats).
struct CircRACounts {
  int Spills = 0, Reloads = 0, Copies = 0, Pushes = 0, Pops = 0;
};

class CircMachineFunctionInfo : public MachineFunctionInfo {
public:
  CircMachineFunctionInfo(const Function &, const TargetSubtargetInfo *) {}

  MachineFunctionInfo *
  clone(BumpPtrAllocator &Allocator, MachineFunction &DestMF,
        const DenseMap<MachineBasicBlock *, MachineBasicBlock *> &Src2DstMBB)
      const override {
    return DestMF.cloneInfo<CircMachineFunctionInfo>(*this);
  }

  /// Frame index of the first variadic argument in the caller's outgoing area.
  int VarArgsFrameIndex = 0;

  /// The most argument registers one call or the function's own arguments
  /// would take with no io width (CC_Circ records it): the code selected at
  /// two widths that both leave that many is the same.
  unsigned ArgumentRegisterDemand = 0;

  /// Write-once frame layout: offset from %bp of each saved register.
  DenseMap<unsigned, int> SavedRegOffset;

  /// The allocator that ran (circ's set it; CircRAStats names LLVM's).
  StringRef AllocatorName = "";
  /// The program's own stack instructions and moves, before allocation.
  CircRACounts ProgramCounts;
  /// What the allocator added, counted by CircRAStats on the allocated code.
  int Spills = 0, Reloads = 0, Copies = 0;
  /// -1 = not applicable (LLVM's allocators spill only to RAM).
  int Pushes = -1, Pops = -1;

  /// -circ-inject-fault has committed its fault here (RegAlloc/FaultInjection).
  bool FaultInjected = false;
};

} // namespace llvm

#endif
