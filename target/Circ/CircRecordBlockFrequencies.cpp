//===- CircRecordBlockFrequencies.cpp - block counts for the width choice -===//
//
// Records, for the driver that chose to listen (CircTargetMachine::
// setFrequencyRecord), each printed block's static frequency per entry of its
// function, the IR block it came from (so that a profile keyed by IR blocks
// maps onto it) and the functions it calls (so that entries of callees can be
// estimated from their callers). Changes nothing.
//
//===----------------------------------------------------------------------===//

#include "Circ.h"
#include "CircBlockFrequencies.h"
#include "CircTargetMachine.h"
#include "llvm/CodeGen/MachineBlockFrequencyInfo.h"
#include "llvm/CodeGen/MachineFunctionPass.h"
#include "llvm/IR/Function.h"
#include "llvm/InitializePasses.h"
#include "llvm/MC/MCSymbol.h"

using namespace llvm;

namespace {
class CircRecordBlockFrequencies : public MachineFunctionPass {
public:
  static char ID;
  CircRecordBlockFrequencies() : MachineFunctionPass(ID) {}
  StringRef getPassName() const override {
    return "circ record block frequencies";
  }
  void getAnalysisUsage(AnalysisUsage &AU) const override {
    AU.addRequired<MachineBlockFrequencyInfoWrapperPass>();
    AU.setPreservesAll();
    MachineFunctionPass::getAnalysisUsage(AU);
  }
  bool runOnMachineFunction(MachineFunction &MF) override;
};
} // namespace

char CircRecordBlockFrequencies::ID = 0;
INITIALIZE_PASS_BEGIN(CircRecordBlockFrequencies,
                      "circ-record-block-frequencies",
                      "circ: record block frequencies", false, true)
INITIALIZE_PASS_DEPENDENCY(MachineBlockFrequencyInfoWrapperPass)
INITIALIZE_PASS_END(CircRecordBlockFrequencies, "circ-record-block-frequencies",
                    "circ: record block frequencies", false, true)

static void recordCallees(const MachineBasicBlock &MBB,
                          circ::BlockFrequency &B) {
  for (const MachineInstr &MI : MBB) {
    if (!MI.isCall())
      continue;
    for (const MachineOperand &MO : MI.operands()) {
      if (MO.isGlobal())
        B.Callees.push_back(MO.getGlobal()->getName().str());
      else if (MO.isSymbol())
        B.Callees.push_back(MO.getSymbolName());
      else
        continue;
      break;
    }
  }
}

bool CircRecordBlockFrequencies::runOnMachineFunction(MachineFunction &MF) {
  circ::ModuleFrequencies *Record =
      static_cast<const CircTargetMachine &>(MF.getTarget()).frequencyRecord();
  if (!Record)
    return false;
  const MachineBlockFrequencyInfo &MBFI =
      getAnalysis<MachineBlockFrequencyInfoWrapperPass>().getMBFI();
  circ::FunctionFrequencies &F = Record->emplace_back();
  F.Name = MF.getName().str();
  F.NumIRBlocks = circ::irBlockCount(MF.getFunction());
  for (const MachineBasicBlock &MBB : MF) {
    circ::BlockFrequency &B = F.Blocks.emplace_back();
    B.Label = &MBB == &MF.front() ? F.Name : MBB.getSymbol()->getName().str();
    B.PerEntry = MBFI.getBlockFreqRelativeToEntryBlock(&MBB);
    if (const BasicBlock *BB = MBB.getBasicBlock())
      if (std::optional<unsigned> N = circ::irBlockNumber(*BB))
        B.IRBlock = (int)*N;
    recordCallees(MBB, B);
  }
  return false;
}

FunctionPass *llvm::createCircRecordBlockFrequenciesPass() {
  return new CircRecordBlockFrequencies();
}
