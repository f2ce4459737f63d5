/*===- circ-c/Transforms.h - C API for circ-opt's passes ----------*- C -*-===*\
|*                                                                            *|
|* mlirRegisterCircPasses() and one mlirCreateCirc<Pass>() and               *|
|* mlirRegisterCirc<Pass>() per pass (generated from Passes.td by            *|
|* mlir-tblgen's pass C API generator), and the lowering pipeline.           *|
|*                                                                            *|
\*===----------------------------------------------------------------------===*/

#ifndef CIRC_C_TRANSFORMS_H
#define CIRC_C_TRANSFORMS_H

#include "mlir-c/Pass.h"

#include "circ/Transforms/Passes.capi.h.inc"

#ifdef __cplusplus
extern "C" {
#endif

/* Registers -circ-to-llvm-pipeline, for mlirParsePassPipeline. */
MLIR_CAPI_EXPORTED void mlirCircRegisterPipelines(void);

/* Appends the passes of -circ-to-llvm-pipeline to passManager. */
MLIR_CAPI_EXPORTED void mlirCircAddToLLVMPipeline(
    MlirOpPassManager passManager);

#ifdef __cplusplus
}
#endif

#endif /* CIRC_C_TRANSFORMS_H */
