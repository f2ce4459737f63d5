//===- Liveness.cpp - -circ-liveness --------------------------------------===//
//
// Recomputes liveness on block form and records each block's transition
// states on its label, so later passes and tests can read them.
//
//===----------------------------------------------------------------------===//

#include "circ/Analysis/TransitionStates.h"
#include "circ/Transforms/Passes.h"

#include "mlir/IR/Builders.h"

namespace circ {
#define GEN_PASS_DEF_CIRCLIVENESS
#include "circ/Transforms/Passes.h.inc"
} // namespace circ

using namespace mlir;
using namespace circ;

namespace {
struct CircLivenessPass
    : public circ::impl::CircLivenessBase<CircLivenessPass> {
  void runOnOperation() override {
    ModuleOp M = getOperation();
    for (auto F : M.getOps<func::FuncOp>())
      if (isBlockForm(F))
        pruneDeadBlockArgs(F);
    TransitionStates TS;
    if (failed(TS.compute(M)))
      return signalPassFailure();
    Builder B(M.getContext());
    for (func::FuncOp F : TS.Funcs)
      for (Block &Bl : F.getBody()) {
        BlockOp L = getLabel(&Bl);
        L->setAttr("in_state", B.getI64IntegerAttr(TS.InState[&Bl]));
        L->setAttr("out_state", B.getI64IntegerAttr(TS.OutState[&Bl]));
      }
  }
};
} // namespace
