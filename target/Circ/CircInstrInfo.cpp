//===- CircInstrInfo.cpp - circ instruction information -------------------===//
//
// Conditional branches are `bnz rc, L` / `bz rc, L`; the condition vector that
// analyzeBranch hands out is {opcode, rc}.
//
//===----------------------------------------------------------------------===//

#include "CircInstrInfo.h"
#include "Circ.h"
#include "CircSubtarget.h"
#include "llvm/CodeGen/MachineFrameInfo.h"
#include "llvm/CodeGen/MachineInstrBuilder.h"
#include "llvm/CodeGen/MachineMemOperand.h"
#include "llvm/Support/ErrorHandling.h"

using namespace llvm;

#define GET_INSTRINFO_CTOR_DTOR
#include "CircGenInstrInfo.inc"

CircInstrInfo::CircInstrInfo(const CircSubtarget &STI,
                             const CircRegisterInfo &RI)
    : CircGenInstrInfo(STI, RI, Circ::ADJCALLSTACKDOWN, Circ::ADJCALLSTACKUP),
      RI(RI) {}

void CircInstrInfo::copyPhysReg(MachineBasicBlock &MBB,
                                MachineBasicBlock::iterator MI,
                                const DebugLoc &DL, Register DestReg,
                                Register SrcReg, bool KillSrc, bool,
                                bool) const {
  BuildMI(MBB, MI, DL, get(Circ::MOV), DestReg)
      .addReg(SrcReg, getKillRegState(KillSrc));
}

static MachineMemOperand *frameMemOperand(MachineBasicBlock &MBB, int FI,
                                          MachineMemOperand::Flags Flags) {
  MachineFunction &MF = *MBB.getParent();
  MachineFrameInfo &MFI = MF.getFrameInfo();
  return MF.getMachineMemOperand(MachinePointerInfo::getFixedStack(MF, FI),
                                 Flags, MFI.getObjectSize(FI),
                                 MFI.getObjectAlign(FI));
}

void CircInstrInfo::storeRegToStackSlot(MachineBasicBlock &MBB,
                                        MachineBasicBlock::iterator MI,
                                        Register SrcReg, bool IsKill, int FI,
                                        const TargetRegisterClass *, Register,
                                        MachineInstr::MIFlag Flags) const {
  DebugLoc DL = MI != MBB.end() ? MI->getDebugLoc() : DebugLoc();
  BuildMI(MBB, MI, DL, get(Circ::ST64))
      .addReg(SrcReg, getKillRegState(IsKill))
      .addFrameIndex(FI)
      .addImm(0)
      .addMemOperand(frameMemOperand(MBB, FI, MachineMemOperand::MOStore))
      .setMIFlag(Flags);
}

void CircInstrInfo::loadRegFromStackSlot(MachineBasicBlock &MBB,
                                         MachineBasicBlock::iterator MI,
                                         Register DestReg, int FI,
                                         const TargetRegisterClass *, Register,
                                         unsigned,
                                         MachineInstr::MIFlag Flags) const {
  DebugLoc DL = MI != MBB.end() ? MI->getDebugLoc() : DebugLoc();
  BuildMI(MBB, MI, DL, get(Circ::LD64), DestReg)
      .addFrameIndex(FI)
      .addImm(0)
      .addMemOperand(frameMemOperand(MBB, FI, MachineMemOperand::MOLoad))
      .setMIFlag(Flags);
}

bool CircInstrInfo::isSpillSlotStore(const MachineInstr &MI) const {
  int Slot;
  return isStoreToStackSlot(MI, Slot) &&
         MI.getMF()->getFrameInfo().isSpillSlotObjectIndex(Slot);
}

bool CircInstrInfo::isSpillSlotLoad(const MachineInstr &MI) const {
  int Slot;
  return isLoadFromStackSlot(MI, Slot) &&
         MI.getMF()->getFrameInfo().isSpillSlotObjectIndex(Slot);
}

Register CircInstrInfo::isLoadFromStackSlot(const MachineInstr &MI,
                                            int &FI) const {
  if (MI.getOpcode() == Circ::LD64 && MI.getOperand(1).isFI() &&
      MI.getOperand(2).isImm() && MI.getOperand(2).getImm() == 0) {
    FI = MI.getOperand(1).getIndex();
    return MI.getOperand(0).getReg();
  }
  return Register();
}

Register CircInstrInfo::isStoreToStackSlot(const MachineInstr &MI,
                                           int &FI) const {
  if (MI.getOpcode() == Circ::ST64 && MI.getOperand(1).isFI() &&
      MI.getOperand(2).isImm() && MI.getOperand(2).getImm() == 0) {
    FI = MI.getOperand(1).getIndex();
    return MI.getOperand(0).getReg();
  }
  return Register();
}

static bool isCondBranch(unsigned Opc) {
  return Opc == Circ::BNZ || Opc == Circ::BZ;
}

bool CircInstrInfo::analyzeBranch(MachineBasicBlock &MBB,
                                  MachineBasicBlock *&TBB,
                                  MachineBasicBlock *&FBB,
                                  SmallVectorImpl<MachineOperand> &Cond,
                                  bool AllowModify) const {
  TBB = FBB = nullptr;
  Cond.clear();
  MachineBasicBlock::iterator I = MBB.getLastNonDebugInstr();
  if (I == MBB.end() || !isUnpredicatedTerminator(*I))
    return false; // Falls through.

  // Collect the terminators (at most two that we understand).
  SmallVector<MachineInstr *, 4> Terms;
  for (auto It = MBB.getFirstTerminator(); It != MBB.end(); ++It)
    if (!It->isDebugInstr())
      Terms.push_back(&*It);

  if (Terms.size() == 1) {
    MachineInstr &T = *Terms[0];
    if (T.getOpcode() == Circ::JMP) {
      TBB = T.getOperand(0).getMBB();
      return false;
    }
    if (isCondBranch(T.getOpcode())) {
      TBB = T.getOperand(1).getMBB();
      Cond.push_back(MachineOperand::CreateImm(T.getOpcode()));
      Cond.push_back(T.getOperand(0));
      return false;
    }
    return true; // ret, trap: not a branch we can analyze.
  }

  if (Terms.size() == 2 && isCondBranch(Terms[0]->getOpcode()) &&
      Terms[1]->getOpcode() == Circ::JMP) {
    TBB = Terms[0]->getOperand(1).getMBB();
    FBB = Terms[1]->getOperand(0).getMBB();
    Cond.push_back(MachineOperand::CreateImm(Terms[0]->getOpcode()));
    Cond.push_back(Terms[0]->getOperand(0));
    return false;
  }
  return true;
}

unsigned CircInstrInfo::removeBranch(MachineBasicBlock &MBB,
                                     int *BytesRemoved) const {
  unsigned Count = 0;
  MachineBasicBlock::iterator I = MBB.end();
  while (I != MBB.begin()) {
    --I;
    if (I->isDebugInstr())
      continue;
    if (I->getOpcode() != Circ::JMP && !isCondBranch(I->getOpcode()))
      break;
    I->eraseFromParent();
    I = MBB.end();
    ++Count;
  }
  if (BytesRemoved)
    *BytesRemoved = Count * 8;
  return Count;
}

unsigned CircInstrInfo::insertBranch(
    MachineBasicBlock &MBB, MachineBasicBlock *TBB, MachineBasicBlock *FBB,
    ArrayRef<MachineOperand> Cond, const DebugLoc &DL, int *BytesAdded) const {
  assert(TBB && "insertBranch needs a target");
  unsigned Count = 0;
  if (Cond.empty()) {
    BuildMI(&MBB, DL, get(Circ::JMP)).addMBB(TBB);
    Count = 1;
  } else {
    BuildMI(&MBB, DL, get(Cond[0].getImm())).add(Cond[1]).addMBB(TBB);
    Count = 1;
    if (FBB) {
      BuildMI(&MBB, DL, get(Circ::JMP)).addMBB(FBB);
      Count = 2;
    }
  }
  if (BytesAdded)
    *BytesAdded = Count * 8;
  return Count;
}

bool CircInstrInfo::reverseBranchCondition(
    SmallVectorImpl<MachineOperand> &Cond) const {
  assert(Cond.size() == 2 && "unexpected branch condition");
  Cond[0].setImm(Cond[0].getImm() == Circ::BNZ ? Circ::BZ : Circ::BNZ);
  return false;
}

void CircInstrInfo::addImmediate(MachineBasicBlock &MBB,
                                 MachineBasicBlock::iterator MI,
                                 const DebugLoc &DL, Register DstReg,
                                 Register SrcReg, int64_t Amount,
                                 MachineInstr::MIFlag Flag) const {
  if (Amount == 0 && DstReg == SrcReg)
    return;
  BuildMI(MBB, MI, DL, get(Circ::ADDri), DstReg)
      .addReg(SrcReg)
      .addImm(Amount)
      .setMIFlag(Flag);
}
