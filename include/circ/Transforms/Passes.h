//===- Passes.h - circ-opt passes -------------------------------*- C++ -*-===//

#ifndef CIRC_TRANSFORMS_PASSES_H
#define CIRC_TRANSFORMS_PASSES_H

#include "mlir/Pass/Pass.h"
#include "mlir/Pass/PassRegistry.h"

namespace mlir {
class ModuleOp;
namespace arith {
class ArithDialect;
}
namespace cf {
class ControlFlowDialect;
}
namespace LLVM {
class LLVMDialect;
}
} // namespace mlir

namespace circ {
class CircDialect;

/// The module attributes -circ-io-width records: the coloured io width (which
/// the lowering turns into circ-llc's module flag) and circ_blocks' bound.
inline constexpr llvm::StringLiteral IOWidthAttrName = "circ.io_width";
inline constexpr llvm::StringLiteral IOWidthCircBlocksAttrName =
    "circ.io_width_circ_blocks";

#define GEN_PASS_DECL
#include "circ/Transforms/Passes.h.inc"

#define GEN_PASS_REGISTRATION
#include "circ/Transforms/Passes.h.inc"

/// Registers `-circ-to-llvm-pipeline`: blockify, verify the stack, lower.
void registerCircPipelines();

/// Adds the passes of `-circ-to-llvm-pipeline` to PM.
void buildCircToLLVMPipeline(mlir::OpPassManager &PM);

/// Registers every dialect a circ program may use (circ, func, arith, scf,
/// cf, llvm) and the LLVM IR translation interfaces.
void registerCircDialects(mlir::DialectRegistry &Registry);

} // namespace circ

#endif // CIRC_TRANSFORMS_PASSES_H
