//===- MLIRToLLVMIR.cpp - a circ .mlir file to an LLVM module -------------===//
//
// What lets circ-llc take .mlir: one process parses, lowers and translates,
// so there is one command from the dialect to circ assembly.
//
//===----------------------------------------------------------------------===//

#include "circ/Conversion/MLIRToLLVMIR.h"
#include "circ/Support/IOWidth.h"
#include "circ/Transforms/Passes.h"

#include "mlir/IR/BuiltinAttributes.h"
#include "mlir/IR/BuiltinOps.h"
#include "mlir/IR/MLIRContext.h"
#include "mlir/Parser/Parser.h"
#include "mlir/Pass/PassManager.h"
#include "mlir/Support/FileUtilities.h"
#include "mlir/Target/LLVMIR/Export.h"
#include "llvm/IR/Module.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/SourceMgr.h"
#include "llvm/Support/raw_ostream.h"

using namespace mlir;

// The io width the module declares with circ.io_width (-circ-io-width in
// circ-opt writes it), raised to the narrowest the calling convention
// allows; 0 without the attribute, std::nullopt (and a located error) when
// it is not an integer in 0..64.
static std::optional<unsigned> declaredIOWidth(ModuleOp M) {
  Attribute A = M->getAttr(circ::IOWidthAttrName);
  if (!A)
    return 0u;
  auto I = dyn_cast<IntegerAttr>(A);
  if (!I || I.getValue().isNegative() || I.getValue().getActiveBits() > 32 ||
      I.getValue().getZExtValue() > circ::MaxIOWidth) {
    M.emitError("circ.io_width must be an integer from 0 to ")
        << circ::MaxIOWidth;
    return std::nullopt;
  }
  unsigned W = I.getValue().getZExtValue();
  return W == 0 ? 0 : std::max(W, circ::MinIOWidth);
}

std::unique_ptr<llvm::Module> circ::lowerMLIRFile(llvm::StringRef Path,
                                                  llvm::LLVMContext &Ctx) {
  DialectRegistry Registry;
  registerCircDialects(Registry);
  MLIRContext MCtx(Registry);
  std::string Err;
  std::unique_ptr<llvm::MemoryBuffer> Buf = openInputFile(Path, &Err);
  if (!Buf) {
    llvm::errs() << "circ-llc: error: " << Err << "\n";
    return nullptr;
  }
  llvm::SourceMgr SM;
  SM.AddNewSourceBuffer(std::move(Buf), llvm::SMLoc());
  SourceMgrDiagnosticHandler Diags(SM, &MCtx);
  OwningOpRef<ModuleOp> M = parseSourceFile<ModuleOp>(SM, &MCtx);
  if (!M)
    return nullptr;
  std::optional<unsigned> Width = declaredIOWidth(*M);
  if (!Width)
    return nullptr;
  PassManager PM(&MCtx);
  buildCircToLLVMPipeline(PM);
  if (failed(PM.run(*M)))
    return nullptr;
  std::unique_ptr<llvm::Module> Out = translateModuleToLLVMIR(*M, Ctx, Path);
  if (!Out) {
    llvm::errs() << "circ-llc: error: " << Path
                 << ": cannot translate the lowered module to LLVM IR\n";
    return nullptr;
  }
  if (*Width)
    Out->addModuleFlag(llvm::Module::Error, IOWidthFlagName, *Width);
  return Out;
}
