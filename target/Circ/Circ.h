//===- Circ.h - circ target entry points ------------------------*- C++ -*-===//
//
// Passes and options shared by the circ target's files.
//
//===----------------------------------------------------------------------===//

#ifndef CIRC_CIRC_H
#define CIRC_CIRC_H

#include "CircSetjmp.h"
#include "MCTargetDesc/CircMCTargetDesc.h"
#include "circ/Support/IOWidth.h"
#include "circ/Support/RankByStatesRelieved.h"
#include "llvm/ADT/StringRef.h"
#include "llvm/Support/CommandLine.h"
#include "llvm/Support/Error.h"

#include <optional>
#include <vector>

namespace llvm {
class CallBase;
class Module;
class CircTargetMachine;
class FunctionPass;
class PassRegistry;

FunctionPass *createCircISelDag(CircTargetMachine &TM);
/// Before allocation: records the program's own stack instructions; after:
/// counts what the allocator added (-circ-ra-report).
FunctionPass *createCircRAStatsPass(bool AfterAllocation = true);
FunctionPass *createCircLowerAtomicsPass();
FunctionPass *createCircLowerEmptyAsmPass();
FunctionPass *createCircLowerAllocaCallsPass();
FunctionPass *createCircMaterializeUndefPass();
/// Before allocation: a constant used in another block than its own is
/// defined again there, so it crosses no transition.
FunctionPass *createCircRematerializeConstantsPass();
/// Before the passes that depend on the io width: a copy of each machine
/// function goes to the target machine's selectedCodeKeeper().
FunctionPass *createCircKeepSelectedCodePass();
/// Before circ-ts under a budget: each loop exit is entered from its loop
/// alone, so a frame around the loop can close there.
FunctionPass *createCircDedicateLoopExitsPass();
FunctionPass *createCircLocalRegAlloc();
FunctionPass *createCircTSRegAlloc();
FunctionPass *createCircVerifyStackPass();
FunctionPass *createCircRecordBlockFrequenciesPass();
FunctionPass *createCircMergeBlocksPass();
/// Draws each function's blocks and transition states after allocation into
/// the target machine's statePictures().
FunctionPass *createCircDotStatesPass();

void initializeCircDAGToDAGISelLegacyPass(PassRegistry &);
void initializeCircLowerAtomicsPass(PassRegistry &);
void initializeCircLowerEmptyAsmPass(PassRegistry &);
void initializeCircLowerAllocaCallsPass(PassRegistry &);
void initializeCircMaterializeUndefPass(PassRegistry &);
void initializeCircRematerializeConstantsPass(PassRegistry &);
void initializeCircDedicateLoopExitsPass(PassRegistry &);
void initializeCircKeepSelectedCodePass(PassRegistry &);
void initializeCircMergeBlocksPass(PassRegistry &);
void initializeCircVerifyStackPass(PassRegistry &);
void initializeCircRecordBlockFrequenciesPass(PassRegistry &);
void initializeCircRAStatsPass(PassRegistry &);
void initializeCircLocalRegAllocPass(PassRegistry &);
void initializeCircTSRegAllocPass(PassRegistry &);
void initializeCircDotStatesPass(PassRegistry &);

} // namespace llvm

// The project's own namespace, shared with the dialect library.
namespace circ {
/// Whether \p CB calls an inline asm statement with an empty template.
bool isEmptyInlineAsm(const llvm::CallBase &CB);
/// Whether \p W is an io width: 0 (unbounded) or MinIOWidth..MaxIOWidth.
bool isValidIOWidth(unsigned W);
/// The io width \p M's flag asks for (0 without the flag), or an error that
/// says what is wrong with the flag.
llvm::Expected<unsigned> moduleIOWidthFlag(const llvm::Module &M);
/// Whether \p Name is one of circ's own allocators (which understand
/// transitions) rather than one of LLVM's.
inline bool isCircAllocator(llvm::StringRef Name) {
  return Name.starts_with("circ-");
}
/// -circ-prefer-callee-saved: the callee-saved preference in circ-local and
/// circ-ts.
extern llvm::cl::opt<bool> PreferCalleeSaved;
/// Whether -circ-ra-report was given.
bool raReportEnabled();
/// -circ-spill-rank: how circ-ts ranks spills under a budget.
SpillRanking spillRanking();
/// What -circ-io-width asked for, if it was given: a width, 0 for
/// lower-bound (unbounded), or AutoIOWidth.
std::optional<unsigned> requestedIOWidth();
/// Whether \p Name is a function the machine provides with no definition: a
/// simulator builtin (__circ_putchar, __circ_exit) or a write-once stack
/// instruction called by name (__circ_frame, __circ_push, __circ_ldf,
/// __circ_popf), alloca, which CircLowerAllocaCalls turns into stack
/// allocation in the caller, or a routine the asm printer writes itself
/// (__circ_setjmp, __circ_longjmp: CircSetjmp.h).
inline bool isMachineBuiltin(llvm::StringRef Name) {
  return isSetjmpRoutine(Name) || Name == "alloca" ||
         Name == "__circ_putchar" || Name == "__circ_exit" ||
         Name == "__circ_frame" || Name == "__circ_push" ||
         Name == "__circ_ldf" || Name == "__circ_popf";
}
/// The runtime routines that code generation calls for float and double
/// (the target's libcall table).
std::vector<llvm::StringRef> floatLibcallNames();
/// The data layout every circ module uses (docs/machine.md).
const char *dataLayoutString();
} // namespace circ

#endif
