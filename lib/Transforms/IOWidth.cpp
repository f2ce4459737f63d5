//===- IOWidth.cpp - -circ-io-width ---------------------------------------===//
//
// circ_blocks' width: every distinct name live at a state gets a slot, over
// all the state's calling contexts. Ours: values live only in different
// contexts never meet, so the state needs its largest context's count.
//
//===----------------------------------------------------------------------===//

#include "Analysis/TransitionStates.h"
#include "Passes.h"

#include "mlir/IR/Builders.h"
#include "llvm/Support/raw_ostream.h"

#include <algorithm>

namespace circ {
#define GEN_PASS_DEF_CIRCIOWIDTH
#include "Passes.h.inc"
} // namespace circ

using namespace mlir;
using namespace circ;

namespace {
struct CircIOWidthPass : public circ::impl::CircIOWidthBase<CircIOWidthPass> {
  void runOnOperation() override {
    ModuleOp M = getOperation();
    TransitionStates TS;
    if (failed(TS.compute(M)))
      return signalPassFailure();
    llvm::DenseMap<Operation *, std::pair<unsigned, unsigned>> PerFunc;
    unsigned Ours = 0, Theirs = 0;
    for (const TransitionState &S : TS.States) {
      auto &[O, T] = PerFunc[S.Owner];
      O = std::max(O, TS.colouredSize(S));
      T = std::max(T, TS.circBlocksSize(S));
      Ours = std::max(Ours, O);
      Theirs = std::max(Theirs, T);
    }
    llvm::raw_ostream &OS = llvm::outs();
    for (func::FuncOp F : TS.Funcs) {
      auto [O, T] = PerFunc.lookup(F);
      OS << "io-width @" << F.getSymName() << ": circ_blocks " << T
         << ", coloured " << O
         << (TS.isRecursive(F) ? " (recursive: circ_blocks rejects it)" : "")
         << "\n";
    }
    OS << "io-width module: circ_blocks " << Theirs << ", coloured " << Ours
       << "\n";
    Builder B(M.getContext());
    M->setAttr("circ.io_width_circ_blocks", B.getI64IntegerAttr(Theirs));
    M->setAttr("circ.io_width", B.getI64IntegerAttr(Ours));
  }
};
} // namespace
