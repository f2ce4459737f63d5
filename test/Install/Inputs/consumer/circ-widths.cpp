//===- circ-widths.cpp - an out-of-tree user of the circ dialect ----------===//
//
// Parses a circ .mlir file, runs -circ-blockify and -circ-io-width, and
// prints the io widths the pass recorded on the module.
//
//===----------------------------------------------------------------------===//

#include "circ/Dialect/Circ/CircDialect.h"
#include "circ/Transforms/Passes.h"

#include "mlir/IR/BuiltinAttributes.h"
#include "mlir/IR/MLIRContext.h"
#include "mlir/Parser/Parser.h"
#include "mlir/Pass/PassManager.h"
#include "llvm/Support/raw_ostream.h"

static int64_t widthAttr(mlir::ModuleOp M, llvm::StringRef Name) {
  auto A = M->getAttrOfType<mlir::IntegerAttr>(Name);
  return A ? A.getInt() : -1;
}

int main(int argc, char **argv) {
  if (argc != 2) {
    llvm::errs() << "usage: circ-widths FILE.mlir\n";
    return 1;
  }
  mlir::DialectRegistry Registry;
  circ::registerCircDialects(Registry);
  mlir::MLIRContext Context(Registry);
  auto Module = mlir::parseSourceFile<mlir::ModuleOp>(argv[1], &Context);
  if (!Module)
    return 1;
  mlir::PassManager PM(&Context);
  PM.addPass(circ::createCircBlockify());
  PM.addPass(circ::createCircIOWidth());
  if (mlir::failed(PM.run(*Module)))
    return 1;
  llvm::outs() << "io-width " << widthAttr(*Module, "circ.io_width")
               << " circ_blocks "
               << widthAttr(*Module, "circ.io_width_circ_blocks") << "\n";
  return 0;
}
