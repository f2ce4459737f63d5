//===- circ_opt_fuzz.cpp - libFuzzer harness for circ .mlir input ---------===//
//
// circ-opt's parser and the circ ops' verifiers on any input, then, for a
// module that verifies, the lowering pipeline (-circ-to-llvm-pipeline). Any
// input must give diagnostics or a result: never a crash. A fresh context
// per input, so that nothing carries over from one input to the next.
// scripts/fuzz.sh builds and runs it.
//
//===----------------------------------------------------------------------===//

#include "circ/Transforms/Passes.h"

#include "mlir/IR/BuiltinOps.h"
#include "mlir/IR/Diagnostics.h"
#include "mlir/IR/MLIRContext.h"
#include "mlir/Parser/Parser.h"
#include "mlir/Pass/PassManager.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/SourceMgr.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *Data, size_t Size) {
  mlir::DialectRegistry Registry;
  circ::registerCircDialects(Registry);
  mlir::MLIRContext Ctx(Registry, mlir::MLIRContext::Threading::DISABLED);
  Ctx.loadAllAvailableDialects();
  mlir::ScopedDiagnosticHandler Quiet(
      &Ctx, [](mlir::Diagnostic &) { return mlir::success(); });
  llvm::SourceMgr SM;
  SM.AddNewSourceBuffer(
      llvm::MemoryBuffer::getMemBufferCopy(
          llvm::StringRef(reinterpret_cast<const char *>(Data), Size),
          "fuzz.mlir"),
      llvm::SMLoc());
  mlir::OwningOpRef<mlir::ModuleOp> Module =
      mlir::parseSourceFile<mlir::ModuleOp>(SM, &Ctx);
  if (!Module)
    return 0;
  mlir::PassManager PM(&Ctx);
  circ::buildCircToLLVMPipeline(PM);
  (void)PM.run(*Module);
  return 0;
}
