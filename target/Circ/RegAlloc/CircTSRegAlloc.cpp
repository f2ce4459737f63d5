//===- CircTSRegAlloc.cpp - circ-ts: transition-state coloring ------------===//
//
// Seed 002's allocator on machine code:
//
//  1. Transition states (CircTransitionStates): each state gets its own map
//     from its live values to the registers below the io width. A block's
//     entry map and exit map are independent; inside the block values move
//     freely, and one parallel move before the terminators puts the leaving
//     values where the exit state wants them.
//  2. Without a budget every state's values get distinct registers from
//     %r0 up, so the width is the largest state's size: the lower bound.
//  3. With -circ-io-width=W, while some state holds more values than W
//     registers, the value found in the most over-width states (seed 002's
//     ranking) leaves the states: it lives in a RAM home at every block
//     boundary instead, stored after each definition and reloaded where used.
//  4. Inside blocks CircBlockAllocator assigns registers (registers at and
//     above W are block-local scratch) and saves values around calls, with
//     seed 003's callee-saved preference.
//
//===----------------------------------------------------------------------===//

#include "Circ.h"
#include "CircMachineFunctionInfo.h"
#include "CircRegisterInfo.h"
#include "RegAlloc/CircAllocatorPass.h"
#include "RegAlloc/CircBlockAllocator.h"
#include "RegAlloc/CircLoopSpiller.h"
#include "RegAlloc/CircTransitionStates.h"
#include "llvm/ADT/PostOrderIterator.h"
#include "llvm/CodeGen/LiveIntervals.h"
#include "llvm/CodeGen/MachineLoopInfo.h"
#include "llvm/CodeGen/MachineRegisterInfo.h"
#include "llvm/CodeGen/RegAllocRegistry.h"
#include "llvm/InitializePasses.h"
#include "llvm/Support/ErrorHandling.h"

using namespace llvm;

#define DEBUG_TYPE "circ-ts"

namespace {
class CircTSRegAlloc : public CircAllocatorPass {
public:
  static char ID;
  CircTSRegAlloc() : CircAllocatorPass(ID) {}

  StringRef getPassName() const override {
    return "circ-ts transition-state register allocator";
  }
  bool runOnMachineFunction(MachineFunction &MF) override;
};
} // namespace

char CircTSRegAlloc::ID = 0;
INITIALIZE_PASS_BEGIN(CircTSRegAlloc, DEBUG_TYPE,
                      "circ-ts transition-state register allocator", false,
                      false)
INITIALIZE_PASS_DEPENDENCY(SlotIndexesWrapperPass)
INITIALIZE_PASS_DEPENDENCY(LiveIntervalsWrapperPass)
INITIALIZE_PASS_DEPENDENCY(MachineLoopInfoWrapperPass)
INITIALIZE_PASS_END(CircTSRegAlloc, DEBUG_TYPE,
                    "circ-ts transition-state register allocator", false, false)

FunctionPass *llvm::createCircTSRegAlloc() { return new CircTSRegAlloc(); }

static RegisterRegAlloc
    CircTSRegistration("circ-ts",
                       "circ-ts: transition-state coloring (seed 002)",
                       createCircTSRegAlloc);

// The registers a state needs at least: its fullest boundary.
static unsigned stateSize(const CircTransitionStates &States, unsigned S,
                          const DenseSet<Register> &Spilled) {
  unsigned Size = 0;
  for (ArrayRef<Register> B : States.boundaries(S))
    Size = std::max<unsigned>(
        Size, count_if(B, [&](Register V) { return !Spilled.count(V); }));
  return Size;
}

// Seed 002's ranking: while a state holds more values than it has registers,
// the value that appears in the most such states leaves them all.
static DenseSet<Register> spillToFit(const CircTransitionStates &States,
                                     unsigned Capacity) {
  DenseSet<Register> Spilled;
  for (;;) {
    DenseMap<Register, unsigned> OverWidthCount;
    for (unsigned S = 0; S < States.numStates(); ++S) {
      if (stateSize(States, S, Spilled) <= Capacity)
        continue;
      for (Register V : States.live(S))
        if (!Spilled.count(V))
          ++OverWidthCount[V];
    }
    if (OverWidthCount.empty())
      return Spilled;
    Register Best;
    unsigned BestCount = 0;
    for (auto &[V, Count] : OverWidthCount)
      if (Count > BestCount || (Count == BestCount && V < Best)) {
        Best = V;
        BestCount = Count;
      }
    Spilled.insert(Best);
  }
}

bool CircTSRegAlloc::runOnMachineFunction(MachineFunction &MF) {
  LiveIntervals &LIS = getAnalysis<LiveIntervalsWrapperPass>().getLIS();
  auto *FuncInfo = MF.getInfo<CircMachineFunctionInfo>();
  FuncInfo->AllocatorName = "circ-ts";
  FuncInfo->Pushes = FuncInfo->Pops = 0;

  // The registers a state may use: below the io width and not reserved.
  const BitVector &Reserved = MF.getRegInfo().getReservedRegs();
  SmallVector<MCRegister, 64> Pool;
  for (unsigned I = 0; I < circ::transitionRegisterLimit(); ++I)
    if (!Reserved.test(CircRegisterInfo::generalReg(I).id()))
      Pool.push_back(CircRegisterInfo::generalReg(I));
  // Keep one general register out of every state when the width would
  // allow all of them: the exit moves may fill every state register, and a
  // branch condition that does not leave the block needs one of its own.
  if (circ::transitionRegisterLimit() >= 64 && !Pool.empty())
    Pool.pop_back();

  // With a budget, first spill around loops on the write-once stack; what
  // still does not fit goes to RAM homes (spillToFit).
  if (circ::transitionRegisterLimit() < 64)
    spillAroundLoops(MF, LIS, getAnalysis<MachineLoopInfoWrapperPass>().getLI(),
                     Pool.size());

  CircTransitionStates States(MF, LIS);
  DenseSet<Register> Spilled = spillToFit(States, Pool.size());
  // Colour each state: two values need different registers only if one of
  // the state's boundaries holds both. Greedy colouring in the order of the
  // registers, lowest free slot first, with a hint (the register the value
  // had where the block was entered) and, with the preference, callee-saved
  // slots first for values live across a call. A first round without hints
  // fixes K, the number of slots any state needs; hints then only pick slots
  // below K, so the width stays K.
  std::vector<CircBlockAllocator::RegMap> Colour(States.numStates());
  auto ColourState = [&](unsigned S, const CircBlockAllocator::RegMap *Hint,
                         unsigned K,
                         const DenseSet<Register> &AcrossCall) -> Register {
    DenseMap<Register, unsigned> SlotOf;
    DenseMap<Register, SmallVector<Register, 8>> Neighbours;
    for (ArrayRef<Register> B : States.boundaries(S))
      for (Register V : B)
        if (!Spilled.count(V))
          for (Register W : B)
            if (W != V && !Spilled.count(W))
              Neighbours[V].push_back(W);
    auto Free = [&](Register V, unsigned Slot) {
      for (Register W : Neighbours.lookup(V)) {
        auto It = SlotOf.find(W);
        if (It != SlotOf.end() && It->second == Slot)
          return false;
      }
      return true;
    };
    auto Callee = [&](unsigned Slot) {
      return Slot < Pool.size() &&
             CircRegisterInfo::isCalleeSavedIndex(
                 CircRegisterInfo::generalIndex(Pool[Slot]));
    };
    for (Register V : States.live(S)) {
      if (Spilled.count(V))
        continue;
      unsigned Slot = Pool.size();
      if (Hint) {
        auto It = Hint->find(V);
        if (It != Hint->end()) {
          unsigned H = find(Pool, It->second) - Pool.begin();
          if (H < K && Free(V, H))
            Slot = H;
        }
      }
      if (Slot == Pool.size() && AcrossCall.count(V))
        for (unsigned C = 0; C < K && Slot == Pool.size(); ++C)
          if (Callee(C) && Free(V, C))
            Slot = C;
      // Once K is fixed, no slot at or above it: the state would widen the
      // code past what the first round found (then the plain colouring
      // stands).
      unsigned Limit = K ? std::min<unsigned>(K, Pool.size()) : Pool.size();
      for (unsigned C = 0; Slot == Pool.size() && C < Limit; ++C)
        if (Free(V, C))
          Slot = C;
      if (Slot == Pool.size())
        return V; // Needs a register the io width does not have.
      SlotOf[V] = Slot;
      Colour[S][V] = Pool[Slot];
    }
    return Register();
  };

  // Greedy colouring may need more registers than a state's fullest
  // boundary: a value that finds none left joins the spilled ones.
  DenseSet<Register> NoPreference;
  unsigned K = 0;
  for (unsigned S = 0; S < States.numStates();) {
    Colour[S].clear();
    if (Register Misfit = ColourState(S, nullptr, 0, NoPreference)) {
      Spilled.insert(Misfit);
      S = 0; // Spilling changes other states' colourings too.
      K = 0;
      continue;
    }
    for (auto &[V, R] : Colour[S])
      K = std::max<unsigned>(K, find(Pool, R) - Pool.begin() + 1);
    ++S;
  }

  // The engine keeps values across calls only in callee-saved registers
  // below K and pushes the rest around the call, so calls do not widen the
  // code beyond the states' width.
  CircBlockAllocator Engine(MF, LIS, circ::PreferCalleeSaved, 0,
                            std::max(K, 1u));
  for (Register V : Spilled)
    Engine.homeOf(V);
  DenseSet<Register> AcrossCall;
  if (circ::PreferCalleeSaved)
    AcrossCall = Engine.liveAcrossCall();

  std::vector<bool> Done(States.numStates(), false);
  ReversePostOrderTraversal<MachineFunction *> RPOT(&MF);
  for (MachineBasicBlock *MBB : RPOT) {
    unsigned In = States.entryState(MBB->getNumber());
    // With hints and preferences a state may fail where the plain colouring
    // fits; then the plain colouring stands.
    auto Recolour = [&](unsigned S, const CircBlockAllocator::RegMap *Hint) {
      if (Done[S])
        return;
      Done[S] = true;
      CircBlockAllocator::RegMap Plain = Colour[S];
      Colour[S].clear();
      if (ColourState(S, Hint, K, AcrossCall))
        Colour[S] = std::move(Plain);
    };
    Recolour(In, nullptr);
    if (!MBB->succ_empty())
      Recolour(States.exitState(MBB->getNumber()), &Colour[In]);
  }

  for (MachineBasicBlock &MBB : MF) {
    unsigned B = MBB.getNumber();
    CircBlockAllocator::RegMap Entry, Exit;
    for (Register V : States.liveIn(B))
      if (!Engine.Home.count(V))
        Entry[V] = Colour[States.entryState(B)].lookup(V);
    if (!MBB.succ_empty())
      for (Register V : States.liveOut(B))
        if (!Engine.Home.count(V))
          Exit[V] = Colour[States.exitState(B)].lookup(V);
    Engine.allocateBlock(MBB, Entry, Exit);
  }
  Engine.finish();
  return true;
}
