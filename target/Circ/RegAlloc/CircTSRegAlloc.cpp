//===- CircTSRegAlloc.cpp - circ-ts: transition-state coloring ------------===//
//
// Transition-state colouring on machine code, in three phases, each handing
// its result to the next as const (docs/regalloc.md has the picture):
//   spill plan  (LoopSpiller, then RAM homes by ranking by states relieved),
//   colouring   (StateColourer, then AffinityRecolouring),
//   rewriting   (CircBlockAllocator, one block at a time).
//
//  1. Transition states (MachineTransitionStates): each state gets its own map
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
//  3. With an io width W, while some state holds more values than W
//     registers, frames around loops are tried first (LoopSpiller); then the
//     value found in the most over-width states (ranking by states relieved)
//     leaves the states: it lives in a RAM home at every block
//     boundary instead, stored after each definition and reloaded where used.
//  4. Inside blocks CircBlockAllocator assigns registers (registers at and
//     above W are block-local scratch) and saves values around calls, with
//     the callee-saved preference.
//
//===----------------------------------------------------------------------===//

#include "Circ.h"
#include "CircMachineFunctionInfo.h"
#include "CircRegisterInfo.h"
#include "CircSubtarget.h"
#include "CircTargetMachine.h"
#include "RegAlloc/CircAllocatorPass.h"
#include "RegAlloc/CircBlockAllocator.h"
#include "RegAlloc/FaultInjection.h"
#include "RegAlloc/LoopSpiller.h"
#include "RegAlloc/MachineTransitionStates.h"
#include "RegAlloc/SpillPlan.h"
#include "RegAlloc/StateColourer.h"
#include "llvm/CodeGen/LiveIntervals.h"
#include "llvm/CodeGen/MachineBlockFrequencyInfo.h"
#include "llvm/CodeGen/MachineLoopInfo.h"
#include "llvm/CodeGen/MachineRegisterInfo.h"
#include "llvm/CodeGen/RegAllocRegistry.h"
#include "llvm/InitializePasses.h"
#include "llvm/Support/ErrorHandling.h"
#include "llvm/Support/MathExtras.h"

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

private:
  unsigned colourPlainly(const StateColourer &Colourer,
                         DenseSet<Register> &Spilled);
  unsigned unbudgetedWidth(MachineFunction &MF, LiveIntervals &LIS,
                           const MachineBlockFrequencyInfo &MBFI);
  void colourWithPreferences(const MachineFunction &MF,
                             const StateColourer &Colourer,
                             const DenseSet<Register> &Spilled,
                             const ColourRequest &Request,
                             const FixedRegisterCopies &Copies);
  void rewrite(MachineFunction &MF, const SpillPlan &Plan,
               const BlockAllocatorOptions &Options);
  void injectSharedRegister(MachineFunction &MF);

  const MachineTransitionStates *States = nullptr;
  std::vector<RegMap> Colour;
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

static RegisterRegAlloc CircTSRegistration("circ-ts",
                                           "circ-ts: transition-state coloring",
                                           createCircTSRegAlloc);

// The registers a state may use: below the io width and not reserved. One
// general register stays out of every state when the width would allow all
// of them: the exit moves may fill every state register, and a branch
// condition that does not leave the block needs one of its own.
static SmallVector<MCRegister, 64> statePool(const MachineFunction &MF,
                                             unsigned Limit) {
  const BitVector &Reserved = MF.getRegInfo().getReservedRegs();
  SmallVector<MCRegister, 64> Pool;
  for (unsigned I = 0; I < Limit; ++I)
    if (!Reserved.test(CircRegisterInfo::generalReg(I).id()))
      Pool.push_back(CircRegisterInfo::generalReg(I));
  if (Limit >= CircRegisterInfo::NumGeneralRegs && !Pool.empty())
    Pool.pop_back();
  return Pool;
}

// The first round: no preferences, lowest free slot first. Greedy colouring
// may need more registers than a state's fullest boundary: a value that finds
// none left joins the spilled ones, and the colouring starts over (spilling
// changes other states' colourings too). Returns K, the number of slots the
// states need.
unsigned CircTSRegAlloc::colourPlainly(const StateColourer &Colourer,
                                       DenseSet<Register> &Spilled) {
  Colour.assign(States->numStates(), RegMap());
  unsigned K = 0;
  for (unsigned S = 0; S < States->numStates();) {
    Register Misfit;
    std::optional<RegMap> Map = Colourer.colour(S, ColourRequest(), Misfit);
    if (!Map) {
      Spilled.insert(Misfit);
      S = 0;
      K = 0;
      continue;
    }
    Colour[S] = std::move(*Map);
    for (auto &[V, R] : Colour[S])
      K = std::max(K, Colourer.slotOf(R) + 1);
    ++S;
  }
  return K;
}

// Phase 1's RAM homes: what does not fit in \p PoolSize registers at some
// boundary, by the ranking \p Rank.
static DenseSet<Register> ramHomes(const MachineFunction &MF,
                                   const MachineTransitionStates &States,
                                   unsigned PoolSize,
                                   const SpillRankOptions &Rank,
                                   const MachineBlockFrequencyInfo &MBFI) {
  MemoryCosts Cost(MF.getRegInfo(), MBFI);
  return chooseRAMHomes(States.allBoundaries(), PoolSize,
                        weightedRAMCost(Cost, Rank.Weights), Rank.Rank);
}

// Without a budget the width to keep is K, or the registers the calling
// convention makes the function use at its transitions anyway (a third
// parameter arrives in %r4: width 5), whichever is more.
static unsigned widthWithoutBudget(unsigned K,
                                   const FixedRegisterCopies &Copies,
                                   ArrayRef<MCRegister> Pool) {
  unsigned ConventionSlots = count_if(Pool, [&](MCRegister R) {
    return (unsigned)CircRegisterInfo::generalIndex(R) < Copies.Width;
  });
  return std::max(K, ConventionSlots);
}

// The width the function would keep at lower-bound, found before a budget's
// spills change it: the first round of colouring on its unspilled states.
unsigned
CircTSRegAlloc::unbudgetedWidth(MachineFunction &MF, LiveIntervals &LIS,
                                const MachineBlockFrequencyInfo &MBFI) {
  unsigned Limit = CircRegisterInfo::NumGeneralRegs;
  SmallVector<MCRegister, 64> Pool = statePool(MF, Limit);
  MachineTransitionStates TheStates(MF, LIS);
  States = &TheStates;
  DenseSet<Register> Spilled =
      ramHomes(MF, TheStates, Pool.size(),
               spillRankOptionsFor(circ::spillRanking(), Limit), MBFI);
  StateColourer Colourer(TheStates, Pool, Spilled);
  unsigned K = colourPlainly(Colourer, Spilled);
  States = nullptr;
  Colour.clear();
  return widthWithoutBudget(K, FixedRegisterCopies(MF), Pool);
}

// The second round colours each state again with preferences (the registers
// the value has in neighbouring states, then, with the callee-saved
// preference, callee-saved slots for values live across a call), but only
// with slots below the request's limit, so the width stays. Where the
// preferences make a state fail, its first colouring stands.
void CircTSRegAlloc::colourWithPreferences(const MachineFunction &MF,
                                           const StateColourer &Colourer,
                                           const DenseSet<Register> &Spilled,
                                           const ColourRequest &Request,
                                           const FixedRegisterCopies &Copies) {
  const MachineBlockFrequencyInfo &MBFI =
      getAnalysis<MachineBlockFrequencyInfoWrapperPass>().getMBFI();
  AffinityRecolouring Recolouring(MF, *States, Spilled, MBFI, Copies,
                                  ColourForAffinity);
  Recolouring.run(
      [&](unsigned S, const Preferences &Prefs) {
        ColourRequest WithPrefs = Request;
        WithPrefs.Prefs = &Prefs;
        Register Misfit;
        if (std::optional<RegMap> Map = Colourer.colour(S, WithPrefs, Misfit))
          Colour[S] = std::move(*Map);
      },
      Colour);
}

// -circ-inject-fault=share-register: in the first state with two values in
// registers, the second takes the first's register.
void CircTSRegAlloc::injectSharedRegister(MachineFunction &MF) {
  for (unsigned S = 0; S < Colour.size(); ++S) {
    if (Colour[S].size() < 2)
      continue;
    SmallVector<Register, 16> Values;
    for (auto &[V, R] : Colour[S])
      Values.push_back(V);
    llvm::sort(Values); // DenseMap order is not stable across runs
    if (circ::injectFaultHere(MF, circ::InjectedFault::ShareRegister,
                              "state " + Twine(S)))
      Colour[S][Values[1]] = Colour[S][Values[0]];
    return;
  }
}

// Each block enters with its entry state's map and leaves with its exit
// state's, for the values that do not live in RAM homes.
void CircTSRegAlloc::rewrite(MachineFunction &MF, const SpillPlan &Plan,
                             const BlockAllocatorOptions &Options) {
  CircBlockAllocator Engine(MF, Plan, Options);
  for (MachineBasicBlock &MBB : MF) {
    unsigned B = MBB.getNumber();
    RegMap Entry, Exit;
    for (Register V : States->liveIn(B))
      if (!Plan.hasHome(V))
        Entry[V] = Colour[States->entryState(B)].lookup(V);
    if (!MBB.succ_empty())
      for (Register V : States->liveOut(B))
        if (!Plan.hasHome(V))
          Exit[V] = Colour[States->exitState(B)].lookup(V);
    Engine.allocateBlock(MBB, Entry, Exit);
  }
  Engine.finish();
}

bool CircTSRegAlloc::runOnMachineFunction(MachineFunction &MF) {
  LiveIntervals &LIS = getAnalysis<LiveIntervalsWrapperPass>().getLIS();
  const MachineBlockFrequencyInfo &MBFI =
      getAnalysis<MachineBlockFrequencyInfoWrapperPass>().getMBFI();
  MF.getInfo<CircMachineFunctionInfo>()->AllocatorName = "circ-ts";
  const auto &ST = MF.getSubtarget<CircSubtarget>();
  unsigned Limit = ST.transitionRegisterLimit();
  bool Bounded = ST.hasTransitionBudget();
  SmallVector<MCRegister, 64> Pool = statePool(MF, Limit);
  const auto &TM = static_cast<const CircTargetMachine &>(MF.getTarget());
  if (unsigned *Record = TM.unbudgetedWidthRecord(); Record && Bounded)
    *Record = std::max(*Record, unbudgetedWidth(MF, LIS, MBFI));

  // Phase 1, the spill plan. With a budget, first spill around loops on the
  // write-once stack; what still does not fit goes to RAM homes.
  SpillRankOptions Rank = spillRankOptionsFor(circ::spillRanking(), Limit);
  if (Bounded)
    LoopSpiller(MF, LIS, getAnalysis<MachineLoopInfoWrapperPass>().getLI(),
                MBFI, Rank)
        .run(Pool.size());
  MachineTransitionStates TheStates(MF, LIS);
  States = &TheStates;
  DenseSet<Register> Spilled = ramHomes(MF, TheStates, Pool.size(), Rank, MBFI);

  // Phase 2, colouring. The first round fixes K and the last RAM homes.
  StateColourer Colourer(TheStates, Pool, Spilled);
  unsigned K = colourPlainly(Colourer, Spilled);
  SpillPlan Plan(MF, LIS, Spilled);

  // With a budget, every register below it is paid for anyway (the
  // program's io width is the budget). The second round and the engine may
  // use all of those: more room for preferences, and for values kept across
  // calls in callee-saved registers instead of frames around each call.
  FixedRegisterCopies Copies(MF);
  unsigned Cap = Bounded ? std::max<unsigned>(K, Pool.size())
                         : widthWithoutBudget(K, Copies, Pool);
  DenseSet<Register> NoneAcross;
  bool Prefer = circ::PreferCalleeSaved;
  ColourRequest Request;
  Request.Limit = Cap;
  Request.AcrossCall = Prefer ? &Plan.liveAcrossCall() : &NoneAcross;
  colourWithPreferences(MF, Colourer, Spilled, Request, Copies);
  injectSharedRegister(MF);

  // Phase 3, rewriting. The engine keeps values across calls only in
  // callee-saved registers below Cap and pushes the rest around the call, so
  // calls do not widen the code beyond it.
  BlockAllocatorOptions Options;
  Options.PreferCalleeSaved = Prefer;
  Options.TransitionLimit = std::max(Cap, 1u);
  rewrite(MF, Plan, Options);
  States = nullptr;
  Colour.clear();
  return true;
}
