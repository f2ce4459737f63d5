//===- CircVerifyStack.cpp - prove write-once frames nest on every path ---===//
//
// Runs on the final code (after frame lowering) and tracks, at every point,
// the write-once frames the function has open and how many cells each holds:
//  - `frame` opens a frame of one cell (the saved %bp), `push` adds a cell to
//    the innermost frame, `ldf K` reads cell K of it, `popf` closes it;
//  - a call leaves the layout as it was (the callee closes what it opens);
//  - a return must find no frame open;
//  - where paths meet they must agree on the layout, so a loop that opens a
//    frame per iteration must close it before the back edge.
// Any violation is a compiler bug: compilation stops with the function, the
// block and the two layouts.
//
//===----------------------------------------------------------------------===//

#include "Circ.h"
#include "llvm/ADT/PostOrderIterator.h"
#include "llvm/CodeGen/MachineFunctionPass.h"
#include "llvm/CodeGen/MachineInstr.h"
#include "llvm/Support/CommandLine.h"
#include "llvm/Support/ErrorHandling.h"
#include "llvm/Support/raw_ostream.h"

#include "llvm/InitializePasses.h"
#include <optional>
#include <vector>

using namespace llvm;

static cl::opt<bool> VerifyStack(
    "circ-verify-stack",
    cl::desc("Check that write-once frames nest on every path (default on)"),
    cl::init(true));

static cl::opt<bool> DropFirstPopf(
    "circ-verify-stack-drop-popf", cl::Hidden,
    cl::desc("Testing: delete each function's first popf before checking"),
    cl::init(false));

namespace {
using Layout = std::vector<int>; // Cells in each open frame, outermost first.

class CircVerifyStack : public MachineFunctionPass {
public:
  static char ID;
  CircVerifyStack() : MachineFunctionPass(ID) {}
  StringRef getPassName() const override {
    return "circ write-once stack verifier";
  }
  void getAnalysisUsage(AnalysisUsage &AU) const override {
    AU.setPreservesAll();
    MachineFunctionPass::getAnalysisUsage(AU);
  }
  bool runOnMachineFunction(MachineFunction &MF) override;
};
} // namespace

char CircVerifyStack::ID = 0;
INITIALIZE_PASS(CircVerifyStack, "circ-verify-stack",
                "circ: check that write-once frames nest on every path", false,
                true)
FunctionPass *llvm::createCircVerifyStackPass() {
  return new CircVerifyStack();
}

static std::string blockName(const MachineBasicBlock &MBB) {
  std::string S = "%bb." + std::to_string(MBB.getNumber());
  if (!MBB.getName().empty())
    S += " (" + MBB.getName().str() + ")";
  return S;
}

static std::string show(const Layout &L) {
  std::string S = "[";
  for (size_t I = 0; I < L.size(); ++I)
    S += (I ? " " : "") + std::to_string(L[I]);
  return S + "]";
}

[[noreturn]] static void fail(const MachineBasicBlock &MBB, const Twine &What) {
  report_fatal_error("circ-verify-stack: in function " +
                     MBB.getParent()->getName() + ", block " + blockName(MBB) +
                     ": " + What);
}

bool CircVerifyStack::runOnMachineFunction(MachineFunction &MF) {
  if (!VerifyStack)
    return false;
  bool Changed = false;
  if (DropFirstPopf)
    for (MachineBasicBlock &MBB : MF)
      for (MachineInstr &MI : MBB)
        if (MI.getOpcode() == Circ::POPF && !Changed) {
          MI.eraseFromParent();
          Changed = true;
          break;
        }

  std::vector<std::optional<Layout>> In(MF.getNumBlockIDs());
  In[MF.front().getNumber()] = Layout();
  ReversePostOrderTraversal<MachineFunction *> RPOT(&MF);
  // Reverse post-order sees a block's forward predecessors first; back edges
  // are checked when their source is done.
  for (MachineBasicBlock *MBB : RPOT) {
    if (!In[MBB->getNumber()])
      continue; // Unreachable.
    Layout L = *In[MBB->getNumber()];
    for (const MachineInstr &MI : *MBB) {
      switch (MI.getOpcode()) {
      case Circ::FRAME:
        L.push_back(1);
        break;
      case Circ::PUSH:
        if (L.empty())
          fail(*MBB, "push with no frame open");
        ++L.back();
        break;
      case Circ::LDF: {
        int64_t K = MI.getOperand(1).getImm();
        if (L.empty())
          fail(*MBB, "ldf with no frame open");
        if (K < 0 || K >= L.back())
          fail(*MBB, "ldf reads cell " + Twine(K) + " of a frame with " +
                         Twine(L.back()) + " cells");
        break;
      }
      case Circ::POPF:
        if (L.empty())
          fail(*MBB, "popf with no frame open");
        L.pop_back();
        break;
      default:
        if (MI.isReturn() && !L.empty())
          fail(*MBB, "returns with frames " + show(L) + " still open");
        break;
      }
    }
    for (MachineBasicBlock *Succ : MBB->successors()) {
      auto &SuccIn = In[Succ->getNumber()];
      if (!SuccIn)
        SuccIn = L;
      else if (*SuccIn != L)
        fail(*Succ, "paths meet with different frames: " + show(*SuccIn) +
                        " and " + show(L) + " (from " + blockName(*MBB) + ")");
    }
  }
  return Changed;
}
