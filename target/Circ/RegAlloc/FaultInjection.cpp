//===- FaultInjection.cpp - allocator faults on purpose -------------------===//

#include "RegAlloc/FaultInjection.h"
#include "CircMachineFunctionInfo.h"
#include "llvm/CodeGen/MachineFunction.h"
#include "llvm/Support/CommandLine.h"
#include "llvm/Support/raw_ostream.h"

using namespace llvm;
using namespace circ;

static cl::opt<InjectedFault> FaultKind(
    "circ-inject-fault", cl::Hidden, cl::init(InjectedFault::None),
    cl::desc("Commit one kind of allocator fault, once per function, to test "
             "that the checks catch it (scripts/mutants.sh)"),
    cl::values(
        clEnumValN(InjectedFault::DropMove, "drop-move",
                   "leave one move out of a block's exit move"),
        clEnumValN(InjectedFault::SwapMoves, "swap-moves",
                   "swap the destinations of two moves of an exit move"),
        clEnumValN(InjectedFault::SkipRestore, "skip-restore",
                   "do not reload one callee-saved register in an epilogue"),
        clEnumValN(InjectedFault::RewriteCell, "rewrite-cell",
                   "write the last cell of a frame around a call twice"),
        clEnumValN(InjectedFault::ExtraPop, "extra-pop",
                   "close a frame around a call twice"),
        clEnumValN(InjectedFault::ShareRegister, "share-register",
                   "give two values of a transition state one register")));

static cl::opt<std::string>
    FaultFunction("circ-inject-fault-in", cl::Hidden, cl::init(""),
                  cl::desc("Inject -circ-inject-fault only into this "
                           "function (default: every function)"));

// The option's own spelling of fault K, for the note.
static StringRef nameOf(InjectedFault K) {
  const auto &Parser = FaultKind.getParser();
  for (unsigned I = 0; I < Parser.getNumOptions(); ++I)
    if (static_cast<const cl::OptionValue<InjectedFault> &>(
            Parser.getOptionValue(I))
            .getValue() == K)
      return Parser.getOption(I);
  return "none";
}

bool circ::injectFaultHere(MachineFunction &MF, InjectedFault K,
                           const Twine &Where) {
  if (FaultKind != K || K == InjectedFault::None)
    return false;
  if (!FaultFunction.empty() && MF.getName() != FaultFunction)
    return false;
  auto *FI = MF.getInfo<CircMachineFunctionInfo>();
  if (FI->FaultInjected)
    return false;
  FI->FaultInjected = true;
  errs() << "circ-llc: note: injected fault '" << nameOf(K) << "' in "
         << MF.getName() << ", " << Where << "\n";
  return true;
}
