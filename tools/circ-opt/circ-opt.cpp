//===- circ-opt.cpp - run circ pass pipelines -----------------------------===//
//
// mlir-opt for circ programs: the circ dialect, its passes and pipeline, and
// the upstream dialects and passes a circ pipeline uses.
//
//===----------------------------------------------------------------------===//

#include "circ/Transforms/Passes.h"

#include "mlir/Conversion/ReconcileUnrealizedCasts/ReconcileUnrealizedCasts.h"
#include "mlir/IR/DialectRegistry.h"
#include "mlir/Tools/mlir-opt/MlirOptMain.h"
#include "mlir/Transforms/Passes.h"

int main(int argc, char **argv) {
  circ::registerCircPasses();
  circ::registerCircPipelines();
  mlir::registerCanonicalizerPass();
  mlir::registerCSEPass();
  mlir::registerSymbolDCEPass();
  mlir::registerPass([] { return mlir::createReconcileUnrealizedCastsPass(); });
  mlir::DialectRegistry Registry;
  circ::registerCircDialects(Registry);
  return mlir::asMainReturnCode(
      mlir::MlirOptMain(argc, argv,
                        "circ-opt: run circ pass pipelines on circ programs "
                        "(see docs/dialect.md and docs/passes.md)\n",
                        Registry));
}
