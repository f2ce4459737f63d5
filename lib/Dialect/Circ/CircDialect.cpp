//===- CircDialect.cpp - circ dialect, types and op verifiers -------------===//

#include "circ/Dialect/Circ/CircDialect.h"

#include "mlir/IR/Builders.h"
#include "mlir/IR/DialectImplementation.h"
#include "mlir/IR/Matchers.h"
#include "mlir/IR/OpImplementation.h"
#include "llvm/ADT/TypeSwitch.h"

using namespace mlir;
using namespace circ;

#include "circ/Dialect/Circ/CircDialect.cpp.inc"

#define GET_TYPEDEF_CLASSES
#include "circ/Dialect/Circ/CircTypes.cpp.inc"

void CircDialect::initialize() {
  addTypes<
#define GET_TYPEDEF_LIST
#include "circ/Dialect/Circ/CircTypes.cpp.inc"
      >();
  addOperations<
#define GET_OP_LIST
#include "circ/Dialect/Circ/CircOps.cpp.inc"
      >();
}

#define GET_OP_CLASSES
#include "circ/Dialect/Circ/CircOps.cpp.inc"

//===- Arrays -------------------------------------------------------------===//

// Arrays larger than this are almost certainly a typo, and would not fit the
// machine's RAM next to the program anyway.
static constexpr int64_t MaxArrayElements = 1 << 22;

LogicalResult RomOp::verify() {
  if (getValues().empty())
    return emitOpError("needs at least one element");
  if (static_cast<int64_t>(getValues().size()) > MaxArrayElements)
    return emitOpError("has more than ") << MaxArrayElements << " elements";
  return success();
}

LogicalResult RamOp::verify() {
  if (getSize() <= 0 || getSize() > MaxArrayElements)
    return emitOpError("size must be in 1..")
           << MaxArrayElements << ", got " << getSize();
  return success();
}

// Finds the array a load or store names; reports a missing or wrong symbol.
// Sets Size to the array's length and ReadOnly to whether it is a circ.rom.
static LogicalResult lookupArray(Operation *Op, FlatSymbolRefAttr Name,
                                 SymbolTableCollection &Tables, int64_t &Size,
                                 bool &ReadOnly) {
  Operation *Sym = Tables.lookupNearestSymbolFrom(Op, Name);
  if (auto Rom = dyn_cast_or_null<RomOp>(Sym)) {
    Size = static_cast<int64_t>(Rom.getValues().size());
    ReadOnly = true;
    return success();
  }
  if (auto Ram = dyn_cast_or_null<RamOp>(Sym)) {
    Size = Ram.getSize();
    ReadOnly = false;
    return success();
  }
  return Op->emitOpError("'")
         << Name.getValue() << "' is not a circ.rom or circ.ram array";
}

static LogicalResult checkConstantIndex(Operation *Op, Value Index,
                                        StringRef Array, int64_t Size) {
  APInt C;
  if (!matchPattern(Index, m_ConstantInt(&C)))
    return success();
  int64_t I = C.getSExtValue();
  if (I < 0 || I >= Size)
    return Op->emitOpError("index ") << I << " is out of bounds for '" << Array
                                     << "' of " << Size << " elements";
  return success();
}

LogicalResult LoadOp::verifySymbolUses(SymbolTableCollection &Tables) {
  int64_t Size;
  bool ReadOnly;
  if (failed(lookupArray(*this, getArrayAttr(), Tables, Size, ReadOnly)))
    return failure();
  return checkConstantIndex(*this, getIndex(), getArray(), Size);
}

LogicalResult StoreOp::verifySymbolUses(SymbolTableCollection &Tables) {
  int64_t Size;
  bool ReadOnly;
  if (failed(lookupArray(*this, getArrayAttr(), Tables, Size, ReadOnly)))
    return failure();
  if (ReadOnly)
    return emitOpError("cannot write '")
           << getArray() << "': it is a read-only circ.rom array";
  return checkConstantIndex(*this, getIndex(), getArray(), Size);
}

//===- Variables ----------------------------------------------------------===//

// A use of a variable is valid only where its name still refers to it: no
// declaration of the same name may stand between the use and the variable's
// own scope (one in an enclosing scope of the use, earlier than the use).
static LogicalResult checkNotShadowed(Operation *Use, Value Var) {
  auto Decl = Var.getDefiningOp<VarOp>();
  if (!Decl)
    return Use->emitOpError("needs a variable declared by circ.var");
  StringRef Name = Decl.getName();
  Region *DeclRegion = Decl->getParentRegion();
  // A use outside the declaration's region (possible only in invalid IR,
  // which dominance verification reports) stops at the top: the walk must
  // not ask for the siblings of an op that is in no block.
  for (Operation *Cur = Use;
       Cur && Cur->getBlock() && Cur->getParentRegion() != DeclRegion;
       Cur = Cur->getParentOp()) {
    for (Operation *Prev = Cur->getPrevNode(); Prev;
         Prev = Prev->getPrevNode()) {
      auto Other = dyn_cast<VarOp>(Prev);
      if (Other && Other.getName() == Name) {
        InFlightDiagnostic D = Use->emitOpError("variable '")
                               << Name
                               << "' is shadowed here; the declaration in "
                                  "scope is";
        D.attachNote(Other.getLoc()) << "this one";
        return D;
      }
    }
  }
  return success();
}

LogicalResult GetOp::verify() { return checkNotShadowed(*this, getVar()); }
LogicalResult SetOp::verify() { return checkNotShadowed(*this, getVar()); }

//===- Witnesses and frames -----------------------------------------------===//

LogicalResult PopOp::verify() {
  if (getSlots().size() != getResults().size())
    return emitOpError("lists ") << getSlots().size() << " slots but has "
                                 << getResults().size() << " results";
  for (int64_t Slot : getSlots())
    if (Slot < 1)
      return emitOpError("slot ")
             << Slot << " is not a pushed value (offset 0 holds the old %bp)";
  return success();
}

//===- Block form ---------------------------------------------------------===//

LogicalResult BlockOp::verify() {
  Block *B = (*this)->getBlock();
  if (&B->front() != getOperation())
    return emitOpError("must be the first op of its block");
  if (getScope().empty())
    return emitOpError("needs a scope path of at least one scope id");
  if (getVars().size() != B->getNumArguments())
    return emitOpError("names ")
           << getVars().size() << " variables but its block has "
           << B->getNumArguments() << " arguments";
  return success();
}
