//===- CircDotStates.cpp - pictures of the transition states --------------===//
//
// -circ-dot-states=DIR: after register allocation, one Graphviz digraph per
// function. Blocks are boxes; between them sit the transition states that
// the edges join (ellipses), each labelled with its width (one more than
// its highest register) and the registers that carry values through it,
// and filled by width against the io width, pale to dark red. Blocks with
// spill code are marked: RAM-home stores and reloads (red border), pushes
// and frame reads on the write-once stack (orange). Runs for every
// allocator, so one function's pictures under circ-ts and greedy compare.
//
//===----------------------------------------------------------------------===//

#include "Circ.h"
#include "CircInstrInfo.h"
#include "CircRegisterInfo.h"
#include "CircSubtarget.h"
#include "CircTargetMachine.h"
#include "RegAlloc/CircPhysTransitions.h"
#include "circ/Support/BoundaryClasses.h"
#include "llvm/ADT/bit.h"
#include "llvm/CodeGen/MachineBlockFrequencyInfo.h"
#include "llvm/CodeGen/MachineFunctionPass.h"
#include "llvm/InitializePasses.h"
#include "llvm/Support/Format.h"
#include "llvm/Support/raw_ostream.h"

using namespace llvm;

#define DEBUG_TYPE "circ-dot-states"

namespace {
class CircDotStates : public MachineFunctionPass {
public:
  static char ID;
  CircDotStates() : MachineFunctionPass(ID) {}
  StringRef getPassName() const override {
    return "circ transition-state pictures";
  }
  void getAnalysisUsage(AnalysisUsage &AU) const override {
    AU.addRequired<MachineBlockFrequencyInfoWrapperPass>();
    AU.setPreservesAll();
    MachineFunctionPass::getAnalysisUsage(AU);
  }
  bool runOnMachineFunction(MachineFunction &MF) override;
};

/// What the allocator put into a block.
struct SpillCode {
  unsigned RAMStores = 0, RAMLoads = 0, Pushes = 0, FrameReads = 0;
  unsigned Calls = 0, Instructions = 0;
};

/// A transition state of the allocated code: the registers live into the
/// blocks whose entries it joins.
struct PhysState {
  uint64_t Live = 0;
  bool IsFunctionEntry = false;
  unsigned width() const { return Live ? 64 - llvm::countl_zero(Live) : 0; }
};
} // namespace

char CircDotStates::ID = 0;
INITIALIZE_PASS_BEGIN(CircDotStates, DEBUG_TYPE,
                      "circ transition-state pictures", false, true)
INITIALIZE_PASS_DEPENDENCY(MachineBlockFrequencyInfoWrapperPass)
INITIALIZE_PASS_END(CircDotStates, DEBUG_TYPE, "circ transition-state pictures",
                    false, true)

FunctionPass *llvm::createCircDotStatesPass() { return new CircDotStates(); }

static SpillCode spillCodeOf(const MachineBasicBlock &MBB) {
  const MachineFunction &MF = *MBB.getParent();
  const auto &TII =
      *static_cast<const CircInstrInfo *>(MF.getSubtarget().getInstrInfo());
  SpillCode C;
  for (const MachineInstr &MI : MBB) {
    if (MI.isDebugInstr())
      continue;
    ++C.Instructions;
    if (MI.isCall())
      ++C.Calls;
    else if (MI.getOpcode() == Circ::PUSH)
      ++C.Pushes;
    else if (MI.getOpcode() == Circ::LDF)
      ++C.FrameReads;
    else if (TII.isSpillSlotStore(MI))
      ++C.RAMStores;
    else if (TII.isSpillSlotLoad(MI))
      ++C.RAMLoads;
  }
  return C;
}

static std::string registerList(uint64_t Live) {
  std::string S;
  unsigned OnLine = 0;
  for (unsigned I = 0; I < 64; ++I) {
    if (!(Live >> I & 1))
      continue;
    if (OnLine == 8) {
      S += "\\n";
      OnLine = 0;
    }
    S += (OnLine ? " r" : "r") + std::to_string(I);
    ++OnLine;
  }
  return S.empty() ? "nothing live" : S;
}

// A name in a Graphviz string: '"' and '\' escaped. Labels are built of
// escaped names and "\n" line breaks, then quoted as they are.
static std::string escaped(StringRef Name) {
  std::string E;
  for (char C : Name) {
    if (C == '"' || C == '\\')
      E += '\\';
    E += C;
  }
  return E;
}

static std::string quoted(const std::string &Label) {
  return "\"" + Label + "\"";
}

// ylorrd9 colour 1 (pale) to 9 (dark red) for a width out of Scale.
static unsigned shadeOf(unsigned Width, unsigned Scale) {
  unsigned Shade = 1 + (8 * Width + Scale / 2) / std::max(Scale, 1u);
  return std::min(Shade, 9u);
}

static void drawState(raw_ostream &OS, unsigned Id, const PhysState &S,
                      unsigned Scale) {
  unsigned Shade = shadeOf(S.width(), Scale);
  std::string Head =
      S.IsFunctionEntry ? "entry (parameters)" : "state " + std::to_string(Id);
  OS << "  s" << Id << " [shape=ellipse, style=filled, colorscheme=ylorrd9, "
     << "fillcolor=" << Shade << (Shade >= 7 ? ", fontcolor=white" : "")
     << ", label="
     << quoted(Head + "\\nwidth " + std::to_string(S.width()) + "\\n" +
               registerList(S.Live))
     << "];\n";
}

static std::string counted(unsigned N, StringRef One, StringRef Many = "") {
  std::string Plural = Many.empty() ? One.str() + "s" : Many.str();
  return std::to_string(N) + " " + (N == 1 ? One.str() : Plural);
}

static void drawBlock(raw_ostream &OS, const MachineBasicBlock &MBB,
                      double Frequency) {
  SpillCode C = spillCodeOf(MBB);
  std::string Label = "bb." + std::to_string(MBB.getNumber());
  if (!MBB.getName().empty())
    Label += "." + escaped(MBB.getName());
  raw_string_ostream L(Label);
  L << "\\nruns x" << format("%.3g", Frequency) << " per call, "
    << counted(C.Instructions, "instruction");
  if (C.Calls)
    L << "\\n" << counted(C.Calls, "call");
  if (C.RAMStores || C.RAMLoads)
    L << "\\nRAM spill: " << counted(C.RAMStores, "store") << ", "
      << counted(C.RAMLoads, "reload");
  if (C.Pushes || C.FrameReads)
    L << "\\nstack: " << counted(C.Pushes, "push", "pushes") << ", "
      << counted(C.FrameReads, "frame read");
  if (MBB.succ_empty())
    L << "\\nreturns";
  const char *Border = C.RAMStores || C.RAMLoads ? ", color=red, penwidth=2"
                       : C.Pushes || C.FrameReads
                           ? ", color=darkorange, penwidth=2"
                           : "";
  OS << "  b" << MBB.getNumber() << " [shape=box" << Border
     << (MBB.succ_empty() ? ", peripheries=2" : "")
     << ", label=" << quoted(Label) << "];\n";
}

bool CircDotStates::runOnMachineFunction(MachineFunction &MF) {
  const auto &TM = static_cast<const CircTargetMachine &>(MF.getTarget());
  circ::StatePictures *Pictures = TM.statePictures();
  if (!Pictures)
    return false;
  const MachineBlockFrequencyInfo &MBFI =
      getAnalysis<MachineBlockFrequencyInfoWrapperPass>().getMBFI();
  std::vector<uint64_t> LiveIn = physLiveIns(MF);
  circ::BoundaryClasses Classes;
  for (const MachineBasicBlock &MBB : MF)
    for (const MachineBasicBlock *Succ : MBB.successors())
      Classes.joinEdge(MBB.getNumber(), Succ->getNumber());
  std::vector<PhysState> States(2 * MF.getNumBlockIDs());
  unsigned Widest = 0;
  for (const MachineBasicBlock &MBB : MF) {
    PhysState &S = States[Classes.stateOf(Classes.entryOf(MBB.getNumber()))];
    S.Live |= LiveIn[MBB.getNumber()];
    S.IsFunctionEntry |= &MBB == &MF.front() && MBB.pred_empty();
    Widest = std::max(Widest, S.width());
  }
  const auto &ST = MF.getSubtarget<CircSubtarget>();
  unsigned Limit = ST.transitionRegisterLimit();
  bool Bounded = ST.hasTransitionBudget();
  std::string Dot;
  raw_string_ostream OS(Dot);
  std::string Name = escaped(MF.getName());
  OS << "digraph " << quoted(Name) << " {\n"
     << "  labelloc=t; fontname=Helvetica; node [fontname=Helvetica];\n"
     << "  label="
     << quoted(Name + ": " +
               (Bounded ? "io width " + std::to_string(Limit)
                        : std::string("no io width")) +
               ", widest state " + std::to_string(Widest))
     << ";\n";
  unsigned Scale = Bounded ? Limit : std::max(Widest, 1u);
  for (unsigned Id = 0; Id < Classes.numStates(); ++Id)
    drawState(OS, Id, States[Id], Scale);
  for (const MachineBasicBlock &MBB : MF) {
    unsigned B = MBB.getNumber();
    drawBlock(OS, MBB, MBFI.getBlockFreqRelativeToEntryBlock(&MBB));
    OS << "  s" << Classes.stateOf(Classes.entryOf(B)) << " -> b" << B << ";\n";
    if (!MBB.succ_empty())
      OS << "  b" << B << " -> s" << Classes.stateOf(Classes.exitOf(B))
         << ";\n";
  }
  OS << "}\n";
  Pictures->push_back({MF.getName().str(), std::move(Dot)});
  return false;
}
