//===- BlockForm.h - helpers for circ functions in block form ---*- C++ -*-===//
//
// Block form (see docs/dialect.md): every block starts with a circ.block label
// that names its arguments' source identities "function:name@depth.version".
// These helpers read that form; every circ-opt pass after -circ-blockify uses
// them, so the form has one reader.
//
//===----------------------------------------------------------------------===//

#ifndef CIRC_ANALYSIS_BLOCKFORM_H
#define CIRC_ANALYSIS_BLOCKFORM_H

#include "circ/Dialect/Circ/CircDialect.h"
#include "mlir/Dialect/Func/IR/FuncOps.h"

#include <string>

namespace circ {

/// A source identity "function:name@depth.version", taken apart.
struct Identity {
  llvm::StringRef Func, Name;
  int64_t Depth = 0, Version = 0;
};
Identity parseIdentity(llvm::StringRef Ident);
std::string makeIdentity(llvm::StringRef Func, llvm::StringRef Name,
                         int64_t Depth, int64_t Version);

/// The label of B, or null if B has none.
BlockOp getLabel(mlir::Block *B);

/// Whether F is a definition in block form (its entry block is labelled).
bool isBlockForm(mlir::func::FuncOp F);

/// The identity of a block argument, from its block's label.
llvm::StringRef argIdentity(mlir::BlockArgument A);

/// "name#index" of a block, for messages and printouts.
std::string blockName(mlir::Block *B);

/// The call that ends B (B = ...; func.call; cf.br ^ret), or null.
mlir::func::CallOp getEndingCall(mlir::Block *B);

/// Drops the arguments of F's non-entry blocks that no real use reaches
/// (a use other than being passed on to another such argument), with their
/// branch operands and label names. Returns how many it dropped.
unsigned pruneDeadBlockArgs(mlir::func::FuncOp F);

/// Erases argument Index of B, the matching operand of every branch into B,
/// and its name in B's label.
void eraseBlockArg(mlir::Block *B, unsigned Index);

/// Erases Args (of any blocks), their incoming operands and label names.
/// Their uses must be operands that feed one another (or none).
void eraseBlockArgs(llvm::ArrayRef<mlir::BlockArgument> Args);

/// The index of the argument of B named Ident, or -1.
int findArg(mlir::Block *B, llvm::StringRef Ident);

} // namespace circ

#endif // CIRC_ANALYSIS_BLOCKFORM_H
