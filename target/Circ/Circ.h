//===- Circ.h - circ target entry points ------------------------*- C++ -*-===//
//
// Passes and options shared by the circ target's files.
//
//===----------------------------------------------------------------------===//

#ifndef CIRC_CIRC_H
#define CIRC_CIRC_H

#include "MCTargetDesc/CircMCTargetDesc.h"
#include "llvm/ADT/StringRef.h"
#include "llvm/Support/CommandLine.h"

namespace llvm {
class CallBase;
class CircTargetMachine;
class FunctionPass;
class PassRegistry;

FunctionPass *createCircISelDag(CircTargetMachine &TM);
FunctionPass *createCircRAStatsPass();
FunctionPass *createCircLowerAtomicsPass();
FunctionPass *createCircLowerEmptyAsmPass();
FunctionPass *createCircMaterializeUndefPass();
FunctionPass *createCircLocalRegAlloc();
FunctionPass *createCircTSRegAlloc();
FunctionPass *createCircVerifyStackPass();
FunctionPass *createCircMergeBlocksPass();

void initializeCircRAStatsPass(PassRegistry &);
void initializeCircLocalRegAllocPass(PassRegistry &);
void initializeCircTSRegAllocPass(PassRegistry &);

namespace circ {
/// Whether \p CB calls an inline asm statement with an empty template.
bool isEmptyInlineAsm(const CallBase &CB);
/// The io width requested with -circ-io-width, or 0 when unbounded.
unsigned requestedIOWidth();
/// Number of general registers that may carry a value across a transition
/// (the requested io width, or all 64 when unbounded).
unsigned transitionRegisterLimit();
/// The name of the allocator -regalloc selected ("fast", "greedy",
/// "circ-local", ...); without -regalloc, circ-ts from -O1 up and fast at -O0.
StringRef selectedAllocatorName(bool Optimized);
/// Whether \p Name is one of circ's own allocators (which understand
/// transitions) rather than one of LLVM's.
inline bool isCircAllocator(StringRef Name) {
  return Name.starts_with("circ-");
}
/// -circ-prefer-callee-saved: seed 003's policy in circ-local and circ-ts.
extern cl::opt<bool> PreferCalleeSaved;
/// Whether -circ-ra-report was given.
bool raReportEnabled();
/// The data layout every circ module uses (docs/machine.md).
const char *dataLayoutString();
} // namespace circ
} // namespace llvm

#endif
