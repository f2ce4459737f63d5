//===- CopyMachineFunction.cpp - a machine function, copied ---------------===//
//
// What instruction selection records about a function: its blocks (with
// their successor probabilities and live-ins), instructions (with their
// memory operands), virtual registers (with their classes and hints), frame
// objects, constant pool, the registers it takes as arguments, its
// properties and circ's own function info. Numbers and orders are kept, so
// that the copy compiles exactly as the original would have: block numbers
// name labels, virtual register numbers order the allocator's work, frame
// indices name stack objects, and the passes walk each block's
// predecessors in their order.
//
//===----------------------------------------------------------------------===//

#include "CopyMachineFunction.h"
#include "llvm/ADT/DenseMap.h"
#include "llvm/ADT/DenseSet.h"
#include "llvm/ADT/Twine.h"
#include "llvm/CodeGen/MachineConstantPool.h"
#include "llvm/CodeGen/MachineFrameInfo.h"
#include "llvm/CodeGen/MachineFunction.h"
#include "llvm/CodeGen/MachineJumpTableInfo.h"
#include "llvm/CodeGen/MachineMemOperand.h"
#include "llvm/CodeGen/MachineRegisterInfo.h"
#include "llvm/CodeGen/PseudoSourceValue.h"
#include "llvm/CodeGen/PseudoSourceValueManager.h"
#include "llvm/CodeGen/TargetInstrInfo.h"
#include "llvm/CodeGen/TargetRegisterInfo.h"
#include "llvm/CodeGen/TargetSubtargetInfo.h"
#include "llvm/IR/Function.h"
#include "llvm/Support/ErrorHandling.h"

#include <algorithm>
#include <cstring>

using namespace llvm;

using BlockMap = DenseMap<const MachineBasicBlock *, MachineBasicBlock *>;

[[noreturn]] static void cannotCopy(const MachineFunction &MF,
                                    const Twine &What) {
  report_fatal_error("circ: internal error: cannot copy the machine code of '" +
                     MF.getName() + "': it has " + What);
}

static void copyFrameObject(const MachineFrameInfo &Src, MachineFrameInfo &Dst,
                            int FI) {
  int New;
  if (Src.isFixedObjectIndex(FI))
    New = Dst.CreateFixedObject(Src.getObjectSize(FI), Src.getObjectOffset(FI),
                                Src.isImmutableObjectIndex(FI),
                                Src.isAliasedObjectIndex(FI));
  else if (Src.isVariableSizedObjectIndex(FI))
    New = Dst.CreateVariableSizedObject(Src.getObjectAlign(FI),
                                        Src.getObjectAllocation(FI));
  else
    New =
        Dst.CreateStackObject(Src.getObjectSize(FI), Src.getObjectAlign(FI),
                              Src.isSpillSlotObjectIndex(FI),
                              Src.getObjectAllocation(FI), Src.getStackID(FI));
  assert(New == FI && "frame indices are kept");
  (void)New;
  if (!Src.isFixedObjectIndex(FI) && !Src.isVariableSizedObjectIndex(FI))
    Dst.setObjectOffset(FI, Src.getObjectOffset(FI));
  Dst.setObjectSSPLayout(FI, Src.getObjectSSPLayout(FI));
  Dst.setObjectZExt(FI, Src.isObjectZExt(FI));
  Dst.setObjectSExt(FI, Src.isObjectSExt(FI));
}

static void copyFrameInfo(const MachineFrameInfo &Src, MachineFrameInfo &Dst) {
  // Ordinary objects count up from 0; fixed ones are created at the front,
  // so -1 first keeps their indices.
  int Ordinary = (int)(Src.getNumObjects() - Src.getNumFixedObjects());
  for (int FI = 0; FI < Ordinary; ++FI)
    copyFrameObject(Src, Dst, FI);
  for (int FI = -1; FI >= -(int)Src.getNumFixedObjects(); --FI)
    copyFrameObject(Src, Dst, FI);
  for (int I = 0, E = Src.getLocalFrameObjectCount(); I < E; ++I) {
    std::pair<int, int64_t> Local = Src.getLocalFrameObjectMap(I);
    Dst.mapLocalFrameObject(Local.first, Local.second);
  }
  Dst.setUseLocalStackAllocationBlock(Src.getUseLocalStackAllocationBlock());
  Dst.ensureMaxAlignment(Src.getMaxAlign());
  Dst.setFrameAddressIsTaken(Src.isFrameAddressTaken());
  Dst.setReturnAddressIsTaken(Src.isReturnAddressTaken());
  Dst.setAdjustsStack(Src.adjustsStack());
  Dst.setHasCalls(Src.hasCalls());
  Dst.setHasOpaqueSPAdjustment(Src.hasOpaqueSPAdjustment());
  Dst.setHasCopyImplyingStackAdjustment(Src.hasCopyImplyingStackAdjustment());
  Dst.setHasVAStart(Src.hasVAStart());
  Dst.setHasMustTailInVarArgFunc(Src.hasMustTailInVarArgFunc());
  Dst.setHasTailCall(Src.hasTailCall());
  Dst.setOffsetAdjustment(Src.getOffsetAdjustment());
  if (Src.isMaxCallFrameSizeComputed())
    Dst.setMaxCallFrameSize(Src.getMaxCallFrameSize());
  if (Src.hasStackProtectorIndex())
    Dst.setStackProtectorIndex(Src.getStackProtectorIndex());
  if (!Src.getCalleeSavedInfo().empty())
    Dst.setCalleeSavedInfo(Src.getCalleeSavedInfo());
}

static void copyVirtualRegisters(const MachineRegisterInfo &Src,
                                 MachineRegisterInfo &Dst) {
  for (unsigned I = 0, E = Src.getNumVirtRegs(); I < E; ++I) {
    Register Reg = Register::index2VirtReg(I);
    Register New = Dst.createIncompleteVirtualRegister(Src.getVRegName(Reg));
    assert(New == Reg && "virtual register numbers are kept");
    Dst.setRegClassOrRegBank(New, Src.getRegClassOrRegBank(Reg));
    if (Src.getType(Reg).isValid())
      Dst.setType(New, Src.getType(Reg));
    if (const auto *Hints = Src.getRegAllocationHints(Reg))
      for (auto [I, Hint] : enumerate(Hints->second)) {
        if (I == 0)
          Dst.setRegAllocationHint(New, Hints->first, Hint);
        else
          Dst.addRegAllocationHint(New, Hint);
      }
  }
  for (auto [Phys, Virt] : make_range(Src.livein_begin(), Src.livein_end()))
    Dst.addLiveIn(Phys, Virt);
}

static void copyBlockProperties(const MachineBasicBlock &B,
                                MachineBasicBlock &N) {
  N.setAlignment(B.getAlignment());
  N.setMaxBytesForAlignment(B.getMaxBytesForAlignment());
  N.setCallFrameSize(B.getCallFrameSize());
  N.setIsInlineAsmBrIndirectTarget(B.isInlineAsmBrIndirectTarget());
  N.setSectionID(B.getSectionID());
  if (B.isIRBlockAddressTaken())
    N.setAddressTakenIRBlock(B.getAddressTakenIRBlock());
  if (B.isMachineBlockAddressTaken())
    N.setMachineBlockAddressTaken();
  if (B.hasLabelMustBeEmitted())
    N.setLabelMustBeEmitted();
}

// Blocks numbered as in the original, which need not be in layout order
// nor without gaps: created in the order of their numbers (a placeholder
// for a gap, erased after), then moved into the original's layout.
static BlockMap copyBlocks(const MachineFunction &Src, MachineFunction &Dst) {
  BlockMap Blocks;
  SmallVector<MachineBasicBlock *, 4> Gaps;
  for (unsigned Num = 0, E = Src.getNumBlockIDs(); Num < E; ++Num) {
    const MachineBasicBlock *B = Src.getBlockNumbered(Num);
    MachineBasicBlock *N =
        Dst.CreateMachineBasicBlock(B ? B->getBasicBlock() : nullptr);
    Dst.push_back(N);
    assert(N->getNumber() == (int)Num && "blocks are numbered in order");
    if (!B) {
      Gaps.push_back(N);
      continue;
    }
    if (B->isEHPad())
      cannotCopy(Src, "an exception handling pad");
    Blocks[B] = N;
    copyBlockProperties(*B, *N);
  }
  for (const MachineBasicBlock &B : Src)
    Dst.splice(Dst.end(), Blocks[&B]);
  for (MachineBasicBlock *Gap : Gaps)
    Gap->eraseFromParent();
  for (const MachineBasicBlock &B : Src) {
    MachineBasicBlock *N = Blocks[&B];
    for (auto It = B.succ_begin(), E = B.succ_end(); It != E; ++It) {
      if (B.hasSuccessorProbabilities())
        N->addSuccessor(Blocks[*It], B.getSuccProbability(It));
      else
        N->addSuccessorWithoutProb(Blocks[*It]);
    }
    for (const MachineBasicBlock::RegisterMaskPair &LiveIn : B.liveins_dbg())
      N->addLiveIn(LiveIn);
  }
  // Adding the edges block by block orders each block's predecessors by
  // layout; the passes that follow walk them in the original's order.
  for (const MachineBasicBlock &B : Src) {
    MachineBasicBlock *N = Blocks[&B];
    assert(N->pred_size() == B.pred_size() && "the same edges");
    std::transform(B.pred_begin(), B.pred_end(), N->pred_begin(),
                   [&](const MachineBasicBlock *P) { return Blocks[P]; });
  }
  return Blocks;
}

// The pseudo source values of \p Dst that stand for those of the original.
static MachinePointerInfo copyPointerInfo(const MachineFunction &Src,
                                          MachineFunction &Dst,
                                          MachinePointerInfo Info) {
  const auto *PSV = dyn_cast_if_present<const PseudoSourceValue *>(Info.V);
  if (!PSV)
    return Info;
  PseudoSourceValueManager &Values = Dst.getPSVManager();
  switch (PSV->kind()) {
  case PseudoSourceValue::Stack:
    Info.V = Values.getStack();
    break;
  case PseudoSourceValue::GOT:
    Info.V = Values.getGOT();
    break;
  case PseudoSourceValue::ConstantPool:
    Info.V = Values.getConstantPool();
    break;
  case PseudoSourceValue::FixedStack:
    Info.V = Values.getFixedStack(
        cast<FixedStackPseudoSourceValue>(PSV)->getFrameIndex());
    break;
  case PseudoSourceValue::GlobalValueCallEntry:
    Info.V = Values.getGlobalValueCallEntry(
        cast<GlobalValuePseudoSourceValue>(PSV)->getValue());
    break;
  case PseudoSourceValue::ExternalSymbolCallEntry:
    Info.V = Values.getExternalSymbolCallEntry(
        cast<ExternalSymbolPseudoSourceValue>(PSV)->getSymbol());
    break;
  default:
    cannotCopy(Src, "a memory operand on a jump table or target value");
  }
  return Info;
}

static void copyMemOperands(const MachineFunction &Src, MachineFunction &Dst,
                            const MachineInstr &From, MachineInstr &To) {
  SmallVector<MachineMemOperand *, 2> Operands;
  for (const MachineMemOperand *M : From.memoperands())
    Operands.push_back(Dst.getMachineMemOperand(
        copyPointerInfo(Src, Dst, M->getPointerInfo()), M->getFlags(),
        M->getMemoryType(), M->getBaseAlign(), M->getAAInfo(), M->getRanges(),
        M->getSyncScopeID(), M->getSuccessOrdering(), M->getFailureOrdering()));
  To.setMemRefs(Dst, Operands);
}

static void copyInstructions(const MachineFunction &Src, MachineFunction &Dst,
                             const BlockMap &Blocks) {
  const TargetInstrInfo &TII = *Dst.getSubtarget().getInstrInfo();
  const TargetRegisterInfo &TRI = *Dst.getSubtarget().getRegisterInfo();
  DenseSet<const uint32_t *> TargetMasks(TRI.getRegMasks().begin(),
                                         TRI.getRegMasks().end());
  unsigned MaskWords = MachineOperand::getRegMaskSize(TRI.getNumRegs());
  for (const MachineBasicBlock &B : Src) {
    MachineBasicBlock *N = Blocks.lookup(&B);
    for (const MachineInstr &MI : B) {
      if (MI.getPreInstrSymbol() || MI.getPostInstrSymbol() ||
          MI.getHeapAllocMarker() || MI.getPCSections() ||
          MI.getMMRAMetadata() || MI.getCFIType() || MI.getDeactivationSymbol())
        cannotCopy(Src, "an instruction with symbols or extra metadata");
      MachineInstr *New = Dst.CreateMachineInstr(
          TII.get(MI.getOpcode()), MI.getDebugLoc(), /*NoImplicit=*/true);
      N->push_back(New);
      New->setFlags(MI.getFlags());
      New->setAsmPrinterFlag(MI.getAsmPrinterFlags());
      if (unsigned Num = MI.peekDebugInstrNum())
        New->setDebugInstrNum(Num);
      for (MachineOperand Op : MI.operands()) {
        Op.clearParent();
        if (Op.isMBB())
          Op.setMBB(Blocks.lookup(Op.getMBB()));
        if (Op.isRegMask()) {
          Dst.getRegInfo().addPhysRegsUsedFromRegMask(Op.getRegMask());
          if (!TargetMasks.count(Op.getRegMask())) {
            uint32_t *Mask = Dst.allocateRegMask();
            std::memcpy(Mask, Op.getRegMask(), MaskWords * sizeof(*Mask));
            Op.setRegMask(Mask);
          }
        }
        New->addOperand(Dst, Op);
      }
      copyMemOperands(Src, Dst, MI, *New);
    }
  }
}

static void copyConstantPool(const MachineFunction &Src, MachineFunction &Dst) {
  for (auto [I, Entry] : enumerate(Src.getConstantPool()->getConstants())) {
    if (Entry.isMachineConstantPoolEntry())
      cannotCopy(Src, "a target constant pool entry");
    if (Dst.getConstantPool()->getConstantPoolIndex(Entry.Val.ConstVal,
                                                    Entry.getAlign()) != I)
      cannotCopy(Src, "a constant twice in its constant pool");
  }
}

// What circ's code never has: rather than copy it wrong, stop.
static void checkCopyable(const MachineFunction &MF) {
  const MachineJumpTableInfo *JT = MF.getJumpTableInfo();
  if (JT && !JT->isEmpty())
    cannotCopy(MF, "a jump table");
  if (!MF.getCallSitesInfo().empty() || !MF.getLandingPads().empty() ||
      !MF.getFrameInstructions().empty() || !MF.getLongjmpTargets().empty())
    cannotCopy(MF, "call-site records, landing pads or frame instructions");
}

std::unique_ptr<MachineFunction>
llvm::copyMachineFunction(const MachineFunction &Src,
                          const TargetSubtargetInfo &STI, MCContext &Ctx,
                          unsigned FunctionNumber) {
  checkCopyable(Src);
  auto Dst = std::make_unique<MachineFunction>(
      const_cast<Function &>(Src.getFunction()), Src.getTarget(), STI, Ctx,
      FunctionNumber);
  BlockMap Blocks = copyBlocks(Src, *Dst);
  copyFrameInfo(Src.getFrameInfo(), Dst->getFrameInfo());
  copyVirtualRegisters(Src.getRegInfo(), Dst->getRegInfo());
  copyConstantPool(Src, *Dst);
  copyInstructions(Src, *Dst, Blocks);
  Dst->setAlignment(Src.getAlignment());
  Dst->setExposesReturnsTwice(Src.exposesReturnsTwice());
  Dst->setHasInlineAsm(Src.hasInlineAsm());
  Dst->setDebugInstrNumberingCount(Src.DebugInstrNumberingCount);
  Dst->DebugValueSubstitutions = Src.DebugValueSubstitutions;
  Dst->VariableDbgInfos = Src.VariableDbgInfos;
  Dst->getProperties().reset().set(Src.getProperties());
  DenseMap<MachineBasicBlock *, MachineBasicBlock *> ByBlock;
  for (auto [From, To] : Blocks)
    ByBlock[const_cast<MachineBasicBlock *>(From)] = To;
  if (!Dst->cloneInfoFrom(Src, ByBlock))
    cannotCopy(Src, "function info that cannot be copied");
  if (Src.getRegInfo().reservedRegsFrozen())
    Dst->getRegInfo().freezeReservedRegs();
  return Dst;
}
