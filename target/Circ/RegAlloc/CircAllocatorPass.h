//===- CircAllocatorPass.h - what circ's allocator passes share -*- C++ -*-===//
//
// circ-local and circ-ts replace LLVM's assign-and-rewrite step: both need
// live intervals (and circ-ts loop information), and both leave no virtual
// register behind.
//
//===----------------------------------------------------------------------===//

#ifndef CIRC_REGALLOC_CIRCALLOCATORPASS_H
#define CIRC_REGALLOC_CIRCALLOCATORPASS_H

#include "llvm/CodeGen/LiveIntervals.h"
#include "llvm/CodeGen/MachineFunctionPass.h"
#include "llvm/CodeGen/MachineLoopInfo.h"
#include "llvm/CodeGen/SlotIndexes.h"

namespace llvm {

class CircAllocatorPass : public MachineFunctionPass {
protected:
  explicit CircAllocatorPass(char &ID) : MachineFunctionPass(ID) {}

public:
  void getAnalysisUsage(AnalysisUsage &AU) const override {
    AU.setPreservesCFG();
    AU.addRequired<SlotIndexesWrapperPass>();
    AU.addRequired<LiveIntervalsWrapperPass>();
    AU.addRequired<MachineLoopInfoWrapperPass>();
    MachineFunctionPass::getAnalysisUsage(AU);
  }
  MachineFunctionProperties getSetProperties() const override {
    return MachineFunctionProperties().setNoVRegs();
  }
};

} // namespace llvm

#endif
