/* circ-capi-test FILE.mlir: the circ C API from C11. Parses a circ program,
 * runs -circ-blockify and -circ-io-width on it (created by the C API, then
 * again by name after mlirRegisterCircPasses), prints the io widths, and
 * builds a function with circ.var, circ.set and circ.get (test/CAPI/capi.test). */
#include "circ-c/Dialect/Circ.h"
#include "circ-c/Transforms.h"

#include "mlir-c/BuiltinAttributes.h"
#include "mlir-c/BuiltinTypes.h"
#include "mlir-c/IR.h"
#include "mlir-c/Pass.h"

#include <stdio.h>
#include <string.h>

static void printToFile(MlirStringRef text, void *file) {
  fwrite(text.data, 1, text.length, (FILE *)file);
}

static MlirStringRef str(const char *s) { return mlirStringRefCreateFromCString(s); }

static int runPasses(MlirContext ctx, MlirModule module, int byName) {
  MlirPassManager pm = mlirPassManagerCreate(ctx);
  MlirOpPassManager opm = mlirPassManagerGetAsOpPassManager(pm);
  if (byName) {
    if (mlirLogicalResultIsFailure(mlirParsePassPipeline(
            opm, str("builtin.module(circ-blockify,circ-io-width)"), printToFile,
            stderr))) {
      mlirPassManagerDestroy(pm);
      return 1;
    }
  } else {
    mlirPassManagerAddOwnedPass(pm, mlirCreateCircCircBlockify());
    mlirPassManagerAddOwnedPass(pm, mlirCreateCircCircIOWidth());
  }
  MlirLogicalResult ran =
      mlirPassManagerRunOnOp(pm, mlirModuleGetOperation(module));
  mlirPassManagerDestroy(pm);
  return mlirLogicalResultIsFailure(ran);
}

static int widthsOf(MlirContext ctx, const char *path, int byName) {
  MlirModule module = mlirCircParseSourceFile(ctx, str(path));
  if (mlirModuleIsNull(module)) {
    fprintf(stderr, "circ-capi-test: cannot parse %s\n", path);
    return 1;
  }
  printf("before: io-width %lld\n", (long long)mlirCircModuleGetIOWidth(module));
  if (runPasses(ctx, module, byName)) {
    mlirModuleDestroy(module);
    return 1;
  }
  printf("%s: io-width %lld circ_blocks %lld\n", byName ? "by name" : "created",
         (long long)mlirCircModuleGetIOWidth(module),
         (long long)mlirCircModuleGetIOWidthCircBlocks(module));
  mlirModuleDestroy(module);
  return 0;
}

/* func.func @f() -> i64 { %v = circ.var "x" = %c; circ.set %v = %c;
 * %r = circ.get %v; return %r } */
static int buildVariables(MlirContext ctx) {
  MlirLocation loc = mlirLocationUnknownGet(ctx);
  MlirModule module = mlirModuleCreateEmpty(loc);
  MlirType i64 = mlirIntegerTypeGet(ctx, 64);
  MlirType fnType = mlirFunctionTypeGet(ctx, 0, NULL, 1, &i64);
  MlirNamedAttribute fnAttrs[2] = {
      mlirNamedAttributeGet(mlirIdentifierGet(ctx, str("sym_name")),
                            mlirStringAttrGet(ctx, str("f"))),
      mlirNamedAttributeGet(mlirIdentifierGet(ctx, str("function_type")),
                            mlirTypeAttrGet(fnType))};
  MlirRegion body = mlirRegionCreate();
  MlirBlock block = mlirBlockCreate(0, NULL, NULL);
  mlirRegionAppendOwnedBlock(body, block);
  MlirOperationState fnState = mlirOperationStateGet(str("func.func"), loc);
  mlirOperationStateAddAttributes(&fnState, 2, fnAttrs);
  mlirOperationStateAddOwnedRegions(&fnState, 1, &body);
  MlirOperation fn = mlirOperationCreate(&fnState);
  mlirBlockAppendOwnedOperation(mlirModuleGetBody(module), fn);

  MlirAttribute seven = mlirIntegerAttrGet(i64, 7);
  MlirNamedAttribute value =
      mlirNamedAttributeGet(mlirIdentifierGet(ctx, str("value")), seven);
  MlirOperationState cState = mlirOperationStateGet(str("arith.constant"), loc);
  mlirOperationStateAddResults(&cState, 1, &i64);
  mlirOperationStateAddAttributes(&cState, 1, &value);
  MlirOperation c = mlirOperationCreate(&cState);
  mlirBlockAppendOwnedOperation(block, c);
  MlirValue cv = mlirOperationGetResult(c, 0);

  MlirOperation var = mlirCircVarOpCreate(loc, str("x"), cv);
  mlirBlockAppendOwnedOperation(block, var);
  MlirValue handle = mlirOperationGetResult(var, 0);
  mlirBlockAppendOwnedOperation(block, mlirCircSetOpCreate(loc, handle, cv));
  MlirOperation get = mlirCircGetOpCreate(loc, handle);
  mlirBlockAppendOwnedOperation(block, get);
  MlirValue result = mlirOperationGetResult(get, 0);
  MlirOperationState retState = mlirOperationStateGet(str("func.return"), loc);
  mlirOperationStateAddOperands(&retState, 1, &result);
  mlirBlockAppendOwnedOperation(block, mlirOperationCreate(&retState));

  MlirStringRef name = mlirCircVarOpGetName(var);
  MlirType handleType = mlirValueGetType(handle);
  printf("var '%.*s': circ op %d, var type %d, element i64 %d\n",
         (int)name.length, name.data, mlirOperationIsACircOp(var),
         mlirTypeIsACircVarType(handleType),
         mlirTypeEqual(mlirCircVarTypeGetElementType(handleType), i64));
  printf("arith.constant is a circ op: %d\n", mlirOperationIsACircOp(c));
  int ok = mlirOperationVerify(mlirModuleGetOperation(module));
  printf("verifies: %d\n", ok);
  mlirOperationPrint(mlirModuleGetOperation(module), printToFile, stdout);
  printf("\n");
  mlirModuleDestroy(module);
  return !ok;
}

int main(int argc, char **argv) {
  if (argc != 2) {
    fprintf(stderr, "usage: circ-capi-test FILE.mlir\n");
    return 1;
  }
  MlirDialectRegistry registry = mlirDialectRegistryCreate();
  mlirCircRegisterProgramDialects(registry);
  MlirContext ctx = mlirContextCreateWithRegistry(registry, false);
  mlirDialectRegistryDestroy(registry);
  MlirDialectHandle circ = mlirGetDialectHandle__circ__();
  printf("dialect: %.*s\n", (int)mlirDialectHandleGetNamespace(circ).length,
         mlirDialectHandleGetNamespace(circ).data);
  mlirRegisterCircPasses();
  int status = widthsOf(ctx, argv[1], 0) || widthsOf(ctx, argv[1], 1) ||
               buildVariables(ctx);
  mlirContextDestroy(ctx);
  return status;
}
