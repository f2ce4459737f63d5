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
//     A value that passes through a block unchanged wants one register in
//     the block's entry and exit states (else a move runs each time the
//     block does): states are coloured hottest first, each value taking the
//     register its already coloured neighbours chose, weighted by block
//     frequency.
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
#include "llvm/CodeGen/LiveIntervals.h"
#include "llvm/CodeGen/MachineBlockFrequencyInfo.h"
#include "llvm/CodeGen/MachineLoopInfo.h"
#include "llvm/CodeGen/MachineRegisterInfo.h"
#include "llvm/CodeGen/RegAllocRegistry.h"
#include "llvm/InitializePasses.h"
#include "llvm/Support/ErrorHandling.h"
#include "llvm/Support/MathExtras.h"

#include <queue>
#include <tuple>

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
  void getAnalysisUsage(AnalysisUsage &AU) const override {
    AU.addRequired<MachineBlockFrequencyInfoWrapperPass>();
    CircAllocatorPass::getAnalysisUsage(AU);
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
INITIALIZE_PASS_DEPENDENCY(MachineBlockFrequencyInfoWrapperPass)
INITIALIZE_PASS_END(CircTSRegAlloc, DEBUG_TYPE,
                    "circ-ts transition-state register allocator", false, false)

FunctionPass *llvm::createCircTSRegAlloc() { return new CircTSRegAlloc(); }

static cl::opt<bool> ColourForAffinity(
    "circ-ts-affinity", cl::Hidden, cl::init(true),
    cl::desc("circ-ts: colour each state with the registers its values have "
             "in neighbouring states, to save moves (default on; off for "
             "comparison)"));

static RegisterRegAlloc
    CircTSRegistration("circ-ts",
                       "circ-ts: transition-state coloring (seed 002)",
                       createCircTSRegAlloc);

using RegMap = CircBlockAllocator::RegMap;
/// For each value, registers it would like, heaviest first, with weights.
using Preferences =
    DenseMap<Register, SmallVector<std::pair<MCRegister, uint64_t>, 2>>;

/// Copies between a value and a fixed register (a parameter, an argument, a
/// result), by block: the value would like that register in the state where
/// the block is entered (copied out: Out) or left (copied in: In).
struct FixedRegisterCopies {
  using Hint = std::pair<Register, MCRegister>;
  std::vector<SmallVector<Hint, 4>> In, Out;
  /// One more than the highest general register they name: the width the
  /// calling convention gives the function's transitions anyway.
  unsigned Width = 0;

  explicit FixedRegisterCopies(const MachineFunction &MF)
      : In(MF.getNumBlockIDs()), Out(MF.getNumBlockIDs()) {
    for (const MachineBasicBlock &MBB : MF)
      for (const MachineInstr &MI : MBB) {
        if (!MI.isCopy())
          continue;
        Register Dst = MI.getOperand(0).getReg(),
                 Src = MI.getOperand(1).getReg();
        Register Fixed = Dst.isPhysical() ? Dst : Src;
        int Index = Fixed.isPhysical()
                        ? CircRegisterInfo::generalIndex(Fixed.asMCReg())
                        : -1;
        if (Index < 0)
          continue;
        Width = std::max<unsigned>(Width, Index + 1);
        if (Dst.isVirtual())
          Out[MBB.getNumber()].push_back({Dst, Src.asMCReg()});
        else if (Src.isVirtual())
          In[MBB.getNumber()].push_back({Src, Dst.asMCReg()});
      }
  }
};

// Recolours every state once, with preferences: a value that passes through
// a block unchanged needs no move at the block's end when it has the same
// register in the block's entry and exit states, and that move would run as
// often as the block; a value copied to or from a fixed register in a block
// needs no move when the state beside that copy gives it that register. States
// go hottest first (the highest frequency of a block they enter or leave), and
// among equally hot ones the most tied to states already done, so a loop's
// states follow one another.
static void recolourForAffinity(
    const MachineFunction &MF, const CircTransitionStates &States,
    const DenseSet<Register> &Spilled, const MachineBlockFrequencyInfo &MBFI,
    const FixedRegisterCopies &Copies,
    function_ref<void(unsigned, const Preferences &)> Recolour,
    const std::vector<RegMap> &Colour) {
  unsigned NumStates = States.numStates();
  std::vector<SmallVector<Register, 8>> Through(MF.getNumBlockIDs());
  std::vector<SmallVector<unsigned, 4>> BlocksOf(NumStates);
  std::vector<uint64_t> Heat(NumStates, 0), Tie(NumStates, 0);
  std::vector<uint64_t> Freq(MF.getNumBlockIDs(), 0);
  std::vector<SmallVector<unsigned, 4>> HintBlocksOf(NumStates);
  for (const MachineBasicBlock &MBB : MF) {
    unsigned B = MBB.getNumber();
    Freq[B] = MBFI.getBlockFreq(&MBB).getFrequency();
    unsigned In = States.entryState(B);
    Heat[In] = std::max(Heat[In], Freq[B]);
    if (!Copies.In[B].empty())
      HintBlocksOf[In].push_back(B);
    if (MBB.succ_empty())
      continue;
    if (!Copies.Out[B].empty())
      HintBlocksOf[States.exitState(B)].push_back(B);
    unsigned Out = States.exitState(B);
    Heat[Out] = std::max(Heat[Out], Freq[B]);
    if (In == Out)
      continue; // One map on both sides already.
    DenseSet<Register> Defined;
    for (const MachineInstr &MI : MBB)
      for (const MachineOperand &MO : MI.operands())
        if (MO.isReg() && MO.isDef() && MO.getReg().isVirtual())
          Defined.insert(MO.getReg());
    // Both lists are sorted by register number.
    ArrayRef<Register> LiveIn = States.liveIn(B), LiveOut = States.liveOut(B);
    for (unsigned I = 0, J = 0; I < LiveIn.size() && J < LiveOut.size();) {
      if (LiveIn[I] < LiveOut[J]) {
        ++I;
      } else if (LiveOut[J] < LiveIn[I]) {
        ++J;
      } else {
        Register V = LiveIn[I];
        if (!Defined.count(V) && !Spilled.count(V))
          Through[B].push_back(V);
        ++I, ++J;
      }
    }
    if (!Through[B].empty()) {
      BlocksOf[In].push_back(B);
      BlocksOf[Out].push_back(B);
    }
  }

  auto OtherSide = [&](unsigned S, unsigned B) {
    return States.entryState(B) == S ? States.exitState(B)
                                     : States.entryState(B);
  };
  using Key = std::tuple<uint64_t, uint64_t, unsigned>; // Heat, tie, -state.
  std::priority_queue<Key> Queue;
  for (unsigned S = 0; S < NumStates; ++S)
    Queue.push({Heat[S], 0, NumStates - S});
  std::vector<bool> Done(NumStates, false);
  // Prefers for each value of S the registers it has where S's blocks lead
  // or come from, in the states already coloured.
  auto RecolourState = [&](unsigned S) {
    DenseMap<Register, DenseMap<MCRegister, uint64_t>> Score;
    for (unsigned B : HintBlocksOf[S]) {
      if (!ColourForAffinity)
        break;
      uint64_t W = std::max<uint64_t>(Freq[B], 1);
      if (States.entryState(B) == S)
        for (auto &[V, R] : Copies.In[B])
          Score[V][R] = SaturatingAdd(Score[V][R], W);
      if (!MF.getBlockNumbered(B)->succ_empty() && States.exitState(B) == S)
        for (auto &[V, R] : Copies.Out[B])
          Score[V][R] = SaturatingAdd(Score[V][R], W);
    }
    for (unsigned B : BlocksOf[S]) {
      unsigned Other = OtherSide(S, B);
      if (!Done[Other] || !ColourForAffinity)
        continue;
      for (Register V : Through[B])
        if (MCRegister R = Colour[Other].lookup(V))
          Score[V][R] =
              SaturatingAdd(Score[V][R], std::max<uint64_t>(Freq[B], 1));
    }
    Preferences Prefs;
    for (auto &[V, ByReg] : Score) {
      auto &List = Prefs[V];
      for (auto &[R, W] : ByReg)
        List.push_back({R, W});
      llvm::sort(List, [](auto &A, auto &B) {
        return A.second != B.second ? A.second > B.second
                                    : A.first.id() < B.first.id();
      });
    }
    Recolour(S, Prefs);
    Done[S] = true;
  };
  std::vector<unsigned> Order;
  while (!Queue.empty()) {
    auto [H, T, NegS] = Queue.top();
    Queue.pop();
    unsigned S = NumStates - NegS;
    if (Done[S] || T != Tie[S])
      continue; // Stale.
    RecolourState(S);
    Order.push_back(S);
    for (unsigned B : BlocksOf[S]) {
      unsigned Other = OtherSide(S, B);
      if (Done[Other])
        continue;
      Tie[Other] = SaturatingAdd(
          Tie[Other], SaturatingMultiply(std::max<uint64_t>(Freq[B], 1),
                                         (uint64_t)Through[B].size()));
      Queue.push({Heat[Other], Tie[Other], NumStates - Other});
    }
  }
  // A state coloured early saw only some of its neighbours; a second sweep
  // in the same order lets it follow all of them.
  if (ColourForAffinity)
    for (unsigned S : Order)
      RecolourState(S);
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
  // still does not fit goes to RAM homes (rankSpills).
  const MachineBlockFrequencyInfo &MBFI =
      getAnalysis<MachineBlockFrequencyInfoWrapperPass>().getMBFI();
  if (circ::transitionRegisterLimit() < 64)
    spillAroundLoops(MF, LIS, getAnalysis<MachineLoopInfoWrapperPass>().getLI(),
                     MBFI, Pool.size());

  CircTransitionStates States(MF, LIS);
  MemoryCosts Cost(MF.getRegInfo(), MBFI);
  DenseSet<Register> Spilled =
      rankSpills(States.allBoundaries(), Pool.size(), Cost);
  // Colour each state: two values need different registers only if one of
  // the state's boundaries holds both. Greedy colouring, lowest free slot
  // first. A first round without preferences fixes K, the number of slots
  // any state needs. The second round colours each state again with
  // preferences (the registers the value has in neighbouring states, then,
  // with seed 003's policy, callee-saved slots for values live across a
  // call) but only with slots below K, so the width stays K.
  std::vector<CircBlockAllocator::RegMap> Colour(States.numStates());
  auto ColourState = [&](unsigned S, const Preferences *Prefs, unsigned K,
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
    // Values with the heaviest preference choose first.
    SmallVector<Register, 16> Order;
    for (Register V : States.live(S))
      if (!Spilled.count(V))
        Order.push_back(V);
    auto Weight = [&](Register V) -> uint64_t {
      if (!Prefs)
        return 0;
      auto It = Prefs->find(V);
      return It == Prefs->end() ? 0 : It->second.front().second;
    };
    llvm::stable_sort(
        Order, [&](Register A, Register B) { return Weight(A) > Weight(B); });
    for (Register V : Order) {
      unsigned Slot = Pool.size();
      if (Prefs)
        if (auto It = Prefs->find(V); It != Prefs->end())
          for (auto &[R, W] : It->second) {
            unsigned H = find(Pool, R) - Pool.begin();
            if (H < K && Free(V, H)) {
              Slot = H;
              break;
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
      // Once K is fixed, a value not live across a call takes a
      // caller-saved slot if one is free: a callee-saved one would cost the
      // function a save and a restore in its prologue and epilogue.
      if (K && !AcrossCall.count(V))
        for (unsigned C = 0; Slot == Pool.size() && C < Limit; ++C)
          if (!Callee(C) && Free(V, C))
            Slot = C;
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

  // Without a budget the width to keep is K, or the registers the calling
  // convention makes the function use at its transitions anyway (a third
  // parameter arrives in %r4: width 5), whichever is more. With a budget,
  // every register below it is paid for anyway (the program's io width is
  // the budget). The second round and the engine may use all of those:
  // more room for preferences, and for values kept across calls in
  // callee-saved registers instead of frames around each call.
  FixedRegisterCopies Copies(MF);
  unsigned ConventionSlots = count_if(Pool, [&](MCRegister R) {
    return (unsigned)CircRegisterInfo::generalIndex(R) < Copies.Width;
  });
  unsigned Cap = circ::transitionRegisterLimit() < 64
                     ? std::max<unsigned>(K, Pool.size())
                     : std::max(K, ConventionSlots);
  // The engine keeps values across calls only in callee-saved registers
  // below Cap and pushes the rest around the call, so calls do not widen
  // the code beyond it.
  CircBlockAllocator Engine(MF, LIS, circ::PreferCalleeSaved, 0,
                            std::max(Cap, 1u));
  for (Register V : Spilled)
    Engine.homeOf(V);
  DenseSet<Register> AcrossCall;
  if (circ::PreferCalleeSaved)
    AcrossCall = Engine.liveAcrossCall();
  recolourForAffinity(
      MF, States, Spilled, MBFI, Copies,
      [&](unsigned S, const Preferences &Prefs) {
        // With preferences a state may fail where its earlier colouring
        // fits; then the earlier one stands.
        CircBlockAllocator::RegMap Earlier = Colour[S];
        Colour[S].clear();
        if (ColourState(S, &Prefs, Cap, AcrossCall))
          Colour[S] = std::move(Earlier);
      },
      Colour);

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
