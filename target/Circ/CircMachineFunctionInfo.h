//===- CircMachineFunctionInfo.h - per-function codegen state ---*- C++ -*-===//
#ifndef CIRC_CIRCMACHINEFUNCTIONINFO_H
#define CIRC_CIRCMACHINEFUNCTIONINFO_H

#include "llvm/ADT/DenseMap.h"
#include "llvm/CodeGen/MachineFunction.h"

namespace llvm {

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

  /// Write-once frame layout: offset from %bp of each saved register.
  DenseMap<unsigned, int> SavedRegOffset;

  /// Filled by the allocator-statistics pass after register allocation.
  StringRef AllocatorName = "";
  unsigned Spills = 0, Reloads = 0, Copies = 0;
  /// Allocators that place pushes and pops themselves fill these; -1 = not
  /// applicable (LLVM's allocators spill to RAM).
  int Pushes = -1, Pops = -1;
};

} // namespace llvm

#endif
