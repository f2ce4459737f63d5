//===- Registration.cpp - dialects, passes and the lowering pipeline ------===//

#include "circ/Dialect/Circ/CircDialect.h"
#include "circ/Transforms/Passes.h"

#include "mlir/Conversion/ReconcileUnrealizedCasts/ReconcileUnrealizedCasts.h"
#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/ControlFlow/IR/ControlFlow.h"
#include "mlir/Dialect/Func/IR/FuncOps.h"
#include "mlir/Dialect/LLVMIR/LLVMDialect.h"
#include "mlir/Dialect/SCF/IR/SCF.h"
#include "mlir/Pass/PassManager.h"
#include "mlir/Target/LLVMIR/Dialect/Builtin/BuiltinToLLVMIRTranslation.h"
#include "mlir/Target/LLVMIR/Dialect/LLVMIR/LLVMToLLVMIRTranslation.h"

using namespace mlir;

namespace circ {

void buildCircToLLVMPipeline(OpPassManager &PM) {
  PM.addPass(createCircBlockify());
  PM.addPass(createCircVerifyStack());
  PM.addPass(createConvertCircToLLVM());
  PM.addPass(createReconcileUnrealizedCastsPass());
}

void registerCircPipelines() {
  PassPipelineRegistration<>(
      "circ-to-llvm-pipeline",
      "Structured or block-form circ to the LLVM dialect: -circ-blockify, "
      "-circ-verify-stack, -convert-circ-to-llvm, "
      "-reconcile-unrealized-casts",
      buildCircToLLVMPipeline);
}

void registerCircDialects(DialectRegistry &Registry) {
  Registry.insert<CircDialect, func::FuncDialect, arith::ArithDialect,
                  scf::SCFDialect, cf::ControlFlowDialect, LLVM::LLVMDialect>();
  registerBuiltinDialectTranslation(Registry);
  registerLLVMDialectTranslation(Registry);
}

} // namespace circ
