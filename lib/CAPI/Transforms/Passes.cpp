//===- Passes.cpp - C API for circ-opt's passes ---------------------------===//

#include "circ/Transforms/Passes.h"
#include "circ-c/Transforms.h"

#include "mlir/CAPI/Pass.h"
#include "mlir/Pass/PassManager.h"

using namespace circ;
using namespace mlir;

#ifdef __cplusplus
extern "C" {
#endif

// mlirRegisterCircPasses() and mlirCreateCirc<Pass>() for each pass.
#include "circ/Transforms/Passes.capi.cpp.inc"

#ifdef __cplusplus
}
#endif

void mlirCircRegisterPipelines(void) { registerCircPipelines(); }

void mlirCircAddToLLVMPipeline(MlirOpPassManager PassManager) {
  buildCircToLLVMPipeline(*unwrap(PassManager));
}
