//===- Circ.cpp - C API for the circ dialect ------------------------------===//

#include "circ-c/Dialect/Circ.h"
#include "circ/Dialect/Circ/CircDialect.h"
#include "circ/Transforms/Passes.h"

#include "mlir/CAPI/IR.h"
#include "mlir/CAPI/Registration.h"
#include "mlir/CAPI/Support.h"
#include "mlir/IR/Builders.h"
#include "mlir/Parser/Parser.h"

using namespace mlir;

MLIR_DEFINE_CAPI_DIALECT_REGISTRATION(Circ, circ, circ::CircDialect)

void mlirCircRegisterProgramDialects(MlirDialectRegistry Registry) {
  circ::registerCircDialects(*unwrap(Registry));
}

MlirModule mlirCircParseSourceFile(MlirContext Context, MlirStringRef Path) {
  OwningOpRef<ModuleOp> Module =
      parseSourceFile<ModuleOp>(unwrap(Path), unwrap(Context));
  return MlirModule{Module ? Module.release().getOperation() : nullptr};
}

bool mlirOperationIsACircOp(MlirOperation Op) {
  return isa_and_nonnull<circ::CircDialect>(unwrap(Op)->getDialect());
}

bool mlirTypeIsACircVarType(MlirType Type) {
  return isa<circ::VarType>(unwrap(Type));
}

MlirType mlirCircVarTypeGet(MlirType ElementType) {
  return wrap(circ::VarType::get(unwrap(ElementType)));
}

MlirType mlirCircVarTypeGetElementType(MlirType Type) {
  return wrap(cast<circ::VarType>(unwrap(Type)).getElementType());
}

MlirOperation mlirCircVarOpCreate(MlirLocation Loc, MlirStringRef Name,
                                  MlirValue Init) {
  OpBuilder B(unwrap(Loc)->getContext());
  Value Initial = unwrap(Init);
  return wrap(circ::VarOp::create(B, unwrap(Loc),
                                  circ::VarType::get(Initial.getType()),
                                  B.getStringAttr(unwrap(Name)), Initial)
                  .getOperation());
}

MlirOperation mlirCircGetOpCreate(MlirLocation Loc, MlirValue Var) {
  OpBuilder B(unwrap(Loc)->getContext());
  Type Element = cast<circ::VarType>(unwrap(Var).getType()).getElementType();
  return wrap(
      circ::GetOp::create(B, unwrap(Loc), Element, unwrap(Var)).getOperation());
}

MlirOperation mlirCircSetOpCreate(MlirLocation Loc, MlirValue Var,
                                  MlirValue Value) {
  OpBuilder B(unwrap(Loc)->getContext());
  return wrap(circ::SetOp::create(B, unwrap(Loc), unwrap(Var), unwrap(Value))
                  .getOperation());
}

MlirStringRef mlirCircVarOpGetName(MlirOperation Op) {
  if (auto Var = dyn_cast<circ::VarOp>(unwrap(Op)))
    return wrap(Var.getName());
  return mlirStringRefCreate(nullptr, 0);
}

static int64_t moduleWidth(MlirModule Module, StringRef Name) {
  auto Width = unwrap(Module)->getAttrOfType<IntegerAttr>(Name);
  return Width ? Width.getInt() : -1;
}

int64_t mlirCircModuleGetIOWidth(MlirModule Module) {
  return moduleWidth(Module, circ::IOWidthAttrName);
}

int64_t mlirCircModuleGetIOWidthCircBlocks(MlirModule Module) {
  return moduleWidth(Module, circ::IOWidthCircBlocksAttrName);
}
