//===- CircDialect.h - the circ dialect -------------------------*- C++ -*-===//
//
// Declarations of the circ dialect, its types and its ops (generated from
// CircDialect.td and CircOps.td).
//
//===----------------------------------------------------------------------===//

#ifndef CIRC_DIALECT_CIRCDIALECT_H
#define CIRC_DIALECT_CIRCDIALECT_H

#include "mlir/Bytecode/BytecodeOpInterface.h"
#include "mlir/IR/BuiltinOps.h"
#include "mlir/IR/Dialect.h"
#include "mlir/IR/OpDefinition.h"
#include "mlir/IR/SymbolTable.h"
#include "mlir/Interfaces/SideEffectInterfaces.h"

#include "circ/Dialect/Circ/CircDialect.h.inc"

#define GET_TYPEDEF_CLASSES
#include "circ/Dialect/Circ/CircTypes.h.inc"

#define GET_OP_CLASSES
#include "circ/Dialect/Circ/CircOps.h.inc"

#endif // CIRC_DIALECT_CIRCDIALECT_H
