//===- PrintTransitionStates.cpp - -circ-print-transition-states ----------===//

#include "circ/Analysis/TransitionStates.h"
#include "circ/Transforms/Passes.h"

#include "llvm/Support/raw_ostream.h"

namespace circ {
#define GEN_PASS_DEF_CIRCPRINTTRANSITIONSTATES
#include "circ/Transforms/Passes.h.inc"
} // namespace circ

using namespace mlir;
using namespace circ;

static const char *kindName(StateKind K) {
  switch (K) {
  case StateKind::Entry:
    return "entry";
  case StateKind::Return:
    return "return";
  case StateKind::Internal:
    return "internal";
  }
  return "?";
}

static void printBlocks(llvm::raw_ostream &OS, StringRef What,
                        const std::vector<Block *> &Blocks) {
  OS << " " << What << " [";
  for (auto [I, Bl] : llvm::enumerate(Blocks)) {
    auto F = cast<func::FuncOp>(Bl->getParentOp());
    OS << (I ? " " : "") << "@" << F.getSymName() << "." << blockName(Bl);
  }
  OS << "]";
}

namespace {
struct CircPrintTransitionStatesPass
    : public circ::impl::CircPrintTransitionStatesBase<
          CircPrintTransitionStatesPass> {
  void runOnOperation() override {
    TransitionStates TS;
    if (failed(TS.compute(getOperation())))
      return signalPassFailure();
    llvm::raw_ostream &OS = llvm::outs();
    for (const TransitionState &S : TS.States) {
      OS << "state " << S.Id << " @" << S.Owner.getSymName() << " "
         << kindName(S.Kind) << ":";
      printBlocks(OS, "entries", S.Entries);
      printBlocks(OS, "exits", S.Exits);
      OS << "\n  live:";
      for (const std::string &V : S.Local)
        OS << " " << V;
      const std::vector<Context> &Cs = TS.contextsOf(S);
      for (auto [I, C] : llvm::enumerate(Cs)) {
        if (C.empty())
          continue;
        OS << "\n  carried in context " << I << ":";
        for (const Carried &V : C)
          OS << " " << V.Ident;
      }
      OS << "\n  size " << TS.colouredSize(S) << " (circ_blocks "
         << TS.circBlocksSize(S) << ", " << Cs.size()
         << (Cs.size() == 1 ? " context" : " contexts") << ")\n";
    }
    TransitionStates::Widths All = TS.widths();
    OS << "io width: " << All.Coloured
       << " (circ_blocks rule: " << All.CircBlocks << ")\n";
    if (TS.ContextsTruncated)
      OS << "note: calling contexts were truncated\n";
    markAllAnalysesPreserved();
  }
};
} // namespace
