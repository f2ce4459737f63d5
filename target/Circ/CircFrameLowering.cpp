//===- CircFrameLowering.cpp - circ frames --------------------------------===//
//
// A circ function has up to two frames, one in each memory.
//
// Write-once stack frame (only if the function calls or saves registers):
//
//     bp+0   caller's %bp          written by `frame`
//     bp+1   caller's %rp          `push %rp`, only if the function calls
//     bp+k   saved callee-saved    `push %rN`, one cell each
//
//   The epilogue reads the saved registers back with `ldf` and closes the
//   frame with `popf` (%bp = stack[%bp]). %sp never moves back: every call
//   opens a fresh frame, so no cell is ever written twice.
//
// RAM frame (only if LLVM needs stack objects: address-taken locals, spill
// slots of LLVM's allocators, outgoing stack arguments):
//
//     entry %ap + 8k       incoming stack argument k (caller's outgoing area)
//     entry %ap - N .. -1  locals and spill slots
//     %ap + 8k             outgoing stack argument k
//
//   The prologue subtracts the frame size from %ap, the epilogue adds it back.
//   With variable-sized allocas %ap moves at run time, so %r3 (callee-saved,
//   below every io width) holds the entry %ap and addresses the fixed part.
//
//===----------------------------------------------------------------------===//

#include "CircFrameLowering.h"
#include "Circ.h"
#include "CircInstrInfo.h"
#include "CircMachineFunctionInfo.h"
#include "CircSubtarget.h"
#include "RegAlloc/FaultInjection.h"
#include "llvm/CodeGen/MachineFrameInfo.h"
#include "llvm/CodeGen/MachineFunction.h"
#include "llvm/CodeGen/MachineInstrBuilder.h"
#include "llvm/CodeGen/MachineRegisterInfo.h"

using namespace llvm;

static const CircInstrInfo &instrInfo(const MachineFunction &MF) {
  return *MF.getSubtarget<CircSubtarget>().getInstrInfo();
}

bool CircFrameLowering::hasFPImpl(const MachineFunction &MF) const {
  const MachineFrameInfo &MFI = MF.getFrameInfo();
  return MFI.hasVarSizedObjects() || MFI.isFrameAddressTaken();
}

bool CircFrameLowering::hasReservedCallFrame(const MachineFunction &MF) const {
  return !MF.getFrameInfo().hasVarSizedObjects();
}

bool CircFrameLowering::needsWriteOnceFrame(const MachineFunction &MF) {
  const MachineFrameInfo &MFI = MF.getFrameInfo();
  return MFI.hasCalls() || !MFI.getCalleeSavedInfo().empty();
}

void CircFrameLowering::determineCalleeSaves(MachineFunction &MF,
                                             BitVector &SavedRegs,
                                             RegScavenger *RS) const {
  TargetFrameLowering::determineCalleeSaves(MF, SavedRegs, RS);
  // The RAM frame pointer is written by the prologue, after this point.
  if (hasFP(MF))
    SavedRegs.set(Circ::R3);
}

bool CircFrameLowering::assignCalleeSavedSpillSlots(
    MachineFunction &, const TargetRegisterInfo *,
    std::vector<CalleeSavedInfo> &) const {
  // Callee-saved registers live on the write-once stack, not in RAM slots.
  return true;
}

bool CircFrameLowering::spillCalleeSavedRegisters(
    MachineBasicBlock &MBB, MachineBasicBlock::iterator MI,
    ArrayRef<CalleeSavedInfo> CSI, const TargetRegisterInfo *) const {
  MachineFunction &MF = *MBB.getParent();
  auto *FI = MF.getInfo<CircMachineFunctionInfo>();
  const CircInstrInfo &TII = instrInfo(MF);
  DebugLoc DL;
  // Cells 0 and (if the function calls) 1 are taken by %bp and %rp.
  int Offset = MF.getFrameInfo().hasCalls() ? 2 : 1;
  for (const CalleeSavedInfo &Info : CSI) {
    MCRegister Reg = Info.getReg();
    BuildMI(MBB, MI, DL, TII.get(Circ::PUSH))
        .addReg(Reg, MF.getRegInfo().isReserved(Reg) ? 0 : RegState::Kill)
        .setMIFlag(MachineInstr::FrameSetup);
    FI->SavedRegOffset[Reg.id()] = Offset++;
  }
  return true;
}

bool CircFrameLowering::restoreCalleeSavedRegisters(
    MachineBasicBlock &MBB, MachineBasicBlock::iterator MI,
    MutableArrayRef<CalleeSavedInfo> CSI, const TargetRegisterInfo *) const {
  MachineFunction &MF = *MBB.getParent();
  auto *FI = MF.getInfo<CircMachineFunctionInfo>();
  const CircInstrInfo &TII = instrInfo(MF);
  DebugLoc DL = MI != MBB.end() ? MI->getDebugLoc() : DebugLoc();
  for (const CalleeSavedInfo &Info : CSI) {
    MCRegister Reg = Info.getReg();
    if (circ::injectFaultHere(MF, circ::InjectedFault::SkipRestore,
                              "epilogue in %bb." + Twine(MBB.getNumber())))
      continue;
    BuildMI(MBB, MI, DL, TII.get(Circ::LDF), Reg)
        .addImm(FI->SavedRegOffset.lookup(Reg.id()))
        .setMIFlag(MachineInstr::FrameDestroy);
  }
  return true;
}

void CircFrameLowering::emitPrologue(MachineFunction &MF,
                                     MachineBasicBlock &MBB) const {
  const MachineFrameInfo &MFI = MF.getFrameInfo();
  const CircInstrInfo &TII = instrInfo(MF);
  DebugLoc DL;
  MachineBasicBlock::iterator Begin = MBB.begin();

  if (needsWriteOnceFrame(MF)) {
    BuildMI(MBB, Begin, DL, TII.get(Circ::FRAME))
        .setMIFlag(MachineInstr::FrameSetup);
    if (MFI.hasCalls())
      BuildMI(MBB, Begin, DL, TII.get(Circ::PUSH))
          .addReg(Circ::RP)
          .setMIFlag(MachineInstr::FrameSetup);
  }

  // The RAM frame is set up after the callee-saved pushes, because %r3 may be
  // one of them.
  MachineBasicBlock::iterator After = MBB.begin();
  while (After != MBB.end() && After->getFlag(MachineInstr::FrameSetup))
    ++After;
  uint64_t StackSize = MFI.getStackSize();
  if (hasFP(MF))
    TII.copyPhysReg(MBB, After, DL, Circ::R3, Circ::AP, false);
  if (StackSize)
    TII.addImmediate(MBB, After, DL, Circ::AP, Circ::AP,
                     -static_cast<int64_t>(StackSize),
                     MachineInstr::FrameSetup);
}

void CircFrameLowering::emitEpilogue(MachineFunction &MF,
                                     MachineBasicBlock &MBB) const {
  const MachineFrameInfo &MFI = MF.getFrameInfo();
  const CircInstrInfo &TII = instrInfo(MF);
  MachineBasicBlock::iterator Term = MBB.getFirstTerminator();
  DebugLoc DL = Term != MBB.end() ? Term->getDebugLoc() : DebugLoc();

  // Release the RAM frame before the callee-saved reloads (they may reload
  // %r3, which addresses it).
  MachineBasicBlock::iterator FirstRestore = Term;
  while (FirstRestore != MBB.begin() &&
         std::prev(FirstRestore)->getFlag(MachineInstr::FrameDestroy))
    --FirstRestore;
  uint64_t StackSize = MFI.getStackSize();
  if (hasFP(MF))
    TII.copyPhysReg(MBB, FirstRestore, DL, Circ::AP, Circ::R3, false);
  else if (StackSize)
    TII.addImmediate(MBB, FirstRestore, DL, Circ::AP, Circ::AP,
                     static_cast<int64_t>(StackSize),
                     MachineInstr::FrameDestroy);

  if (needsWriteOnceFrame(MF)) {
    if (MFI.hasCalls())
      BuildMI(MBB, Term, DL, TII.get(Circ::LDF), Circ::RP)
          .addImm(1)
          .setMIFlag(MachineInstr::FrameDestroy);
    BuildMI(MBB, Term, DL, TII.get(Circ::POPF))
        .setMIFlag(MachineInstr::FrameDestroy);
  }
}

MachineBasicBlock::iterator CircFrameLowering::eliminateCallFramePseudoInstr(
    MachineFunction &MF, MachineBasicBlock &MBB,
    MachineBasicBlock::iterator MI) const {
  if (!hasReservedCallFrame(MF)) {
    int64_t Amount = alignTo(MI->getOperand(0).getImm(), getStackAlign());
    if (Amount) {
      if (MI->getOpcode() == Circ::ADJCALLSTACKDOWN)
        Amount = -Amount;
      instrInfo(MF).addImmediate(MBB, MI, MI->getDebugLoc(), Circ::AP, Circ::AP,
                                 Amount, MachineInstr::NoFlags);
    }
  }
  return MBB.erase(MI);
}

StackOffset
CircFrameLowering::getFrameIndexReference(const MachineFunction &MF, int FI,
                                          Register &FrameReg) const {
  const MachineFrameInfo &MFI = MF.getFrameInfo();
  if (hasFP(MF)) {
    FrameReg = Circ::R3;
    return StackOffset::getFixed(MFI.getObjectOffset(FI));
  }
  FrameReg = Circ::AP;
  return StackOffset::getFixed(MFI.getObjectOffset(FI) + MFI.getStackSize());
}
