//===- IOWidth.cpp - -circ-io-width ---------------------------------------===//
//
// circ_blocks' width: every distinct name live at a state gets a slot, over
// all the state's calling contexts. Ours: values live only in different
// contexts never meet, so the state needs its largest context's count.
//
//===----------------------------------------------------------------------===//

#include "circ/Analysis/TransitionStates.h"
#include "circ/Transforms/Passes.h"

#include "mlir/IR/Builders.h"
#include "llvm/Support/raw_ostream.h"

namespace circ {
#define GEN_PASS_DEF_CIRCIOWIDTH
#include "circ/Transforms/Passes.h.inc"
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
    llvm::raw_ostream &OS = llvm::outs();
    for (func::FuncOp F : TS.Funcs) {
      TransitionStates::Widths W = TS.widths(F);
      OS << "io-width @" << F.getSymName() << ": circ_blocks " << W.CircBlocks
         << ", coloured " << W.Coloured
         << (TS.isRecursive(F) ? " (recursive: circ_blocks rejects it)" : "")
         << "\n";
    }
    TransitionStates::Widths All = TS.widths();
    OS << "io-width module: circ_blocks " << All.CircBlocks << ", coloured "
       << All.Coloured << "\n";
    Builder B(M.getContext());
    M->setAttr(IOWidthCircBlocksAttrName, B.getI64IntegerAttr(All.CircBlocks));
    M->setAttr(IOWidthAttrName, B.getI64IntegerAttr(All.Coloured));
  }
};
} // namespace
