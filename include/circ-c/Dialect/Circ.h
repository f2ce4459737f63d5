/*===- circ-c/Dialect/Circ.h - C API for the circ dialect ---------*- C -*-===*\
|*                                                                            *|
|* The circ dialect in the style of MLIR's C API (mlir-c): its registration  *|
|* handle, the !circ.var type, builders and accessors for the variable ops,  *|
|* and the io widths -circ-io-width records on a module. Link Circ::CAPI.    *|
|*                                                                            *|
\*===----------------------------------------------------------------------===*/

#ifndef CIRC_C_DIALECT_CIRC_H
#define CIRC_C_DIALECT_CIRC_H

#include "mlir-c/IR.h"

#ifdef __cplusplus
extern "C" {
#endif

/* mlirGetDialectHandle__circ__(): the circ dialect alone. */
MLIR_DECLARE_CAPI_DIALECT_REGISTRATION(Circ, circ);

/* Inserts circ and every dialect a circ program may use (func, arith, scf,
 * cf, llvm) into registry, with the translations to LLVM IR. */
MLIR_CAPI_EXPORTED void mlirCircRegisterProgramDialects(
    MlirDialectRegistry registry);

/* Parses a .mlir file as circ-opt does: top-level circ.rom, circ.ram and
 * functions go into an implicit module (mlirModuleCreateParseFromFile would
 * verify them before that module exists, and reject circ.rom). A null module
 * on error, with file:line diagnostics through the context's handlers. */
MLIR_CAPI_EXPORTED MlirModule mlirCircParseSourceFile(MlirContext context,
                                                      MlirStringRef path);

/* Whether op is one of the circ dialect's operations. */
MLIR_CAPI_EXPORTED bool mlirOperationIsACircOp(MlirOperation op);

/* !circ.var<T>: the handle a circ.var declaration returns. */
MLIR_CAPI_EXPORTED bool mlirTypeIsACircVarType(MlirType type);
MLIR_CAPI_EXPORTED MlirType mlirCircVarTypeGet(MlirType elementType);
MLIR_CAPI_EXPORTED MlirType mlirCircVarTypeGetElementType(MlirType type);

/* circ.var NAME = INIT, circ.get VAR and circ.set VAR = VALUE, created
 * detached (insert them with mlirBlockAppendOwnedOperation and friends). */
MLIR_CAPI_EXPORTED MlirOperation mlirCircVarOpCreate(MlirLocation loc,
                                                     MlirStringRef name,
                                                     MlirValue init);
MLIR_CAPI_EXPORTED MlirOperation mlirCircGetOpCreate(MlirLocation loc,
                                                     MlirValue var);
MLIR_CAPI_EXPORTED MlirOperation mlirCircSetOpCreate(MlirLocation loc,
                                                     MlirValue var,
                                                     MlirValue value);
/* The name a circ.var declares; a null string for any other op. */
MLIR_CAPI_EXPORTED MlirStringRef mlirCircVarOpGetName(MlirOperation op);

/* The module's io width as -circ-io-width coloured it (circ.io_width) and by
 * circ_blocks' rule (circ.io_width_circ_blocks); -1 when not recorded. */
MLIR_CAPI_EXPORTED int64_t mlirCircModuleGetIOWidth(MlirModule module);
MLIR_CAPI_EXPORTED int64_t mlirCircModuleGetIOWidthCircBlocks(
    MlirModule module);

#ifdef __cplusplus
}
#endif

#endif /* CIRC_C_DIALECT_CIRC_H */
