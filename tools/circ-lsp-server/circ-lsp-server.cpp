//===- circ-lsp-server.cpp - MLIR's language server with circ registered
//---===//
//
// Editors get diagnostics, hover, go-to-definition and outlines for circ
// .mlir files: MLIR's LSP server over stdin/stdout (JSON-RPC), with the
// dialects a circ program uses registered.
//
//===----------------------------------------------------------------------===//

#include "circ/Transforms/Passes.h"

#include "mlir/IR/DialectRegistry.h"
#include "mlir/Tools/mlir-lsp-server/MlirLspServerMain.h"

int main(int argc, char **argv) {
  mlir::DialectRegistry Registry;
  circ::registerCircDialects(Registry);
  return mlir::failed(mlir::MlirLspServerMain(argc, argv, Registry));
}
