//===- CircCallingConv.cpp - circ argument assignment ---------------------===//
//
// The callee-saved set is TableGen's (CircCallingConv.td); argument assignment
// is here because it depends on the io width: an argument register at or above
// the width would be poisoned by the call transition.
//
//===----------------------------------------------------------------------===//

#include "CircCallingConv.h"
#include "Circ.h"
#include "CircMachineFunctionInfo.h"
#include "CircRegisterInfo.h"
#include "CircSubtarget.h"
#include "llvm/CodeGen/MachineFunction.h"

using namespace llvm;

static const MCPhysReg ArgRegIndices[] = {0, 1, 4, 5, 8, 9, 12, 13};

// Every value travels as a full 64-bit register or slot.
static void promote(MVT &LocVT, CCValAssign::LocInfo &LocInfo,
                    ISD::ArgFlagsTy ArgFlags) {
  if (LocVT == MVT::i64)
    return;
  LocVT = MVT::i64;
  if (ArgFlags.isSExt())
    LocInfo = CCValAssign::SExt;
  else if (ArgFlags.isZExt())
    LocInfo = CCValAssign::ZExt;
  else
    LocInfo = CCValAssign::AExt;
}

bool llvm::CC_Circ(unsigned ValNo, MVT ValVT, MVT LocVT,
                   CCValAssign::LocInfo LocInfo, ISD::ArgFlagsTy ArgFlags,
                   Type *, CCState &State) {
  promote(LocVT, LocInfo, ArgFlags);
  if (!ArgFlags.isVarArg()) {
    // Fixed arguments come first, each wants the next register.
    auto *FI = State.getMachineFunction().getInfo<CircMachineFunctionInfo>();
    FI->ArgumentRegisterDemand = std::max<unsigned>(
        FI->ArgumentRegisterDemand,
        std::min<size_t>(ValNo + 1, std::size(ArgRegIndices)));
    unsigned Limit = State.getMachineFunction()
                         .getSubtarget<CircSubtarget>()
                         .transitionRegisterLimit();
    for (MCPhysReg Index : ArgRegIndices) {
      if (Index >= Limit)
        break;
      MCRegister Reg = CircRegisterInfo::generalReg(Index);
      if (State.isAllocated(Reg))
        continue;
      State.AllocateReg(Reg);
      State.addLoc(CCValAssign::getReg(ValNo, ValVT, Reg, LocVT, LocInfo));
      return false;
    }
  }
  int64_t Offset = State.AllocateStack(8, Align(8));
  State.addLoc(CCValAssign::getMem(ValNo, ValVT, Offset, LocVT, LocInfo));
  return false;
}

unsigned llvm::argumentRegisterCount(unsigned Limit) {
  return count_if(ArgRegIndices,
                  [&](MCPhysReg Index) { return Index < Limit; });
}

bool llvm::RetCC_Circ(unsigned ValNo, MVT ValVT, MVT LocVT,
                      CCValAssign::LocInfo LocInfo, ISD::ArgFlagsTy ArgFlags,
                      Type *, CCState &State) {
  promote(LocVT, LocInfo, ArgFlags);
  static const MCPhysReg RetRegs[] = {Circ::R0, Circ::R1};
  if (MCRegister Reg = State.AllocateReg(RetRegs)) {
    State.addLoc(CCValAssign::getReg(ValNo, ValVT, Reg, LocVT, LocInfo));
    return false;
  }
  return true; // Does not fit: the caller demotes the result to sret.
}
