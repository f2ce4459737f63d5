//===- StateColourer.cpp - registers for transition states ----------------===//

#include "RegAlloc/StateColourer.h"
#include "CircRegisterInfo.h"
#include "llvm/CodeGen/MachineBlockFrequencyInfo.h"
#include "llvm/CodeGen/MachineFunction.h"
#include "llvm/Support/MathExtras.h"

#include <queue>
#include <tuple>

using namespace llvm;

unsigned StateColourer::slotOf(MCRegister R) const {
  return find(Pool, R) - Pool.begin();
}

bool StateColourer::isCalleeSavedSlot(unsigned Slot) const {
  return Slot < Pool.size() && CircRegisterInfo::isCalleeSavedIndex(
                                   CircRegisterInfo::generalIndex(Pool[Slot]));
}

StateColourer::Neighbourhood StateColourer::neighboursIn(unsigned S) const {
  Neighbourhood Neighbours;
  for (ArrayRef<Register> B : States.boundaries(S))
    for (Register V : B)
      if (!Spilled.count(V))
        for (Register W : B)
          if (W != V && !Spilled.count(W))
            Neighbours[V].push_back(W);
  return Neighbours;
}

// Values with the heaviest preference choose first.
SmallVector<Register, 16>
StateColourer::colouringOrder(unsigned S, const Preferences *Prefs) const {
  auto Weight = [&](Register V) -> uint64_t {
    if (!Prefs)
      return 0;
    auto It = Prefs->find(V);
    return It == Prefs->end() ? 0 : It->second.front().second;
  };
  // Heaviest preference first, ties in the live set's order: a stable sort,
  // keyed by position (std::stable_sort's buffer is deprecated in clang 22's
  // view of libstdc++ 12).
  SmallVector<std::pair<Register, unsigned>, 16> Ranked;
  for (Register V : States.live(S))
    if (!Spilled.count(V))
      Ranked.push_back({V, unsigned(Ranked.size())});
  llvm::sort(Ranked, [&](const auto &A, const auto &B) {
    uint64_t WA = Weight(A.first), WB = Weight(B.first);
    return WA != WB ? WA > WB : A.second < B.second;
  });
  SmallVector<Register, 16> Order;
  for (const auto &Entry : Ranked)
    Order.push_back(Entry.first);
  return Order;
}

// The slot for V, or Pool.size() when none is free. Once the limit is fixed
// (the second round), no slot at or above it: the state would widen the code
// past what the first round found.
unsigned StateColourer::chooseSlot(Register V, const ColourRequest &Request,
                                   function_ref<bool(unsigned)> Free) const {
  unsigned None = Pool.size(), K = Request.Limit;
  if (Request.Prefs)
    if (auto It = Request.Prefs->find(V); It != Request.Prefs->end())
      for (auto &[R, W] : It->second)
        if (unsigned H = slotOf(R); H < K && Free(H))
          return H;
  bool Across = Request.AcrossCall && Request.AcrossCall->count(V);
  if (Across)
    for (unsigned C = 0; C < K; ++C)
      if (isCalleeSavedSlot(C) && Free(C))
        return C;
  unsigned Limit = K ? std::min<unsigned>(K, Pool.size()) : Pool.size();
  // Once the limit is fixed, a value not live across a call takes a
  // caller-saved slot if one is free: a callee-saved one would cost the
  // function a save and a restore in its prologue and epilogue.
  if (K && !Across)
    for (unsigned C = 0; C < Limit; ++C)
      if (!isCalleeSavedSlot(C) && Free(C))
        return C;
  for (unsigned C = 0; C < Limit; ++C)
    if (Free(C))
      return C;
  return None;
}

std::optional<RegMap> StateColourer::colour(unsigned S,
                                            const ColourRequest &Request,
                                            Register &Misfit) const {
  Neighbourhood Neighbours = neighboursIn(S);
  DenseMap<Register, unsigned> SlotOf;
  RegMap Colour;
  for (Register V : colouringOrder(S, Request.Prefs)) {
    auto Free = [&](unsigned Slot) {
      for (Register W : Neighbours.lookup(V)) {
        auto It = SlotOf.find(W);
        if (It != SlotOf.end() && It->second == Slot)
          return false;
      }
      return true;
    };
    unsigned Slot = chooseSlot(V, Request, Free);
    if (Slot == Pool.size()) {
      Misfit = V; // Needs a register the io width does not have.
      return std::nullopt;
    }
    SlotOf[V] = Slot;
    Colour[V] = Pool[Slot];
  }
  return Colour;
}

FixedRegisterCopies::FixedRegisterCopies(const MachineFunction &MF)
    : In(MF.getNumBlockIDs()), Out(MF.getNumBlockIDs()) {
  for (const MachineBasicBlock &MBB : MF)
    for (const MachineInstr &MI : MBB) {
      if (!MI.isCopy())
        continue;
      Register Dst = MI.getOperand(0).getReg(), Src = MI.getOperand(1).getReg();
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

AffinityRecolouring::AffinityRecolouring(const MachineFunction &MF,
                                         const MachineTransitionStates &States,
                                         const DenseSet<Register> &Spilled,
                                         const MachineBlockFrequencyInfo &MBFI,
                                         const FixedRegisterCopies &Copies,
                                         bool UseAffinity)
    : MF(MF), States(States), Copies(Copies), UseAffinity(UseAffinity),
      Through(MF.getNumBlockIDs()), BlocksOf(States.numStates()),
      HintBlocksOf(States.numStates()), Heat(States.numStates(), 0),
      Freq(MF.getNumBlockIDs(), 0) {
  for (const MachineBasicBlock &MBB : MF)
    Freq[MBB.getNumber()] = MBFI.getBlockFreq(&MBB).getFrequency();
  collectPassThrough(MF, Spilled);
}

// A state is as hot as the hottest block it enters or leaves.
void AffinityRecolouring::collectPassThrough(
    const MachineFunction &MF, const DenseSet<Register> &Spilled) {
  for (const MachineBasicBlock &MBB : MF) {
    unsigned B = MBB.getNumber();
    unsigned In = States.entryState(B);
    Heat[In] = std::max(Heat[In], Freq[B]);
    if (!Copies.In[B].empty())
      HintBlocksOf[In].push_back(B);
    if (MBB.succ_empty())
      continue;
    unsigned Out = States.exitState(B);
    if (!Copies.Out[B].empty())
      HintBlocksOf[Out].push_back(B);
    Heat[Out] = std::max(Heat[Out], Freq[B]);
    if (In == Out)
      continue; // One map on both sides already.
    DenseSet<Register> Defined;
    for (const MachineInstr &MI : MBB)
      for (const MachineOperand &MO : MI.operands())
        if (MO.isReg() && MO.isDef() && MO.getReg().isVirtual())
          Defined.insert(MO.getReg());
    // Values live on both sides (both lists are sorted by register number).
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
}

unsigned AffinityRecolouring::otherSide(unsigned S, unsigned B) const {
  return States.entryState(B) == S ? States.exitState(B) : States.entryState(B);
}

// For each value of S, the registers it has where S's blocks lead or come
// from in the states already coloured, and the fixed registers it is copied
// to or from, weighted by how often those blocks run.
Preferences
AffinityRecolouring::preferencesFor(unsigned S,
                                    const std::vector<RegMap> &Colour,
                                    const std::vector<bool> &Done) const {
  DenseMap<Register, DenseMap<MCRegister, uint64_t>> Score;
  auto Add = [&](Register V, MCRegister R, unsigned B) {
    Score[V][R] = SaturatingAdd(Score[V][R], std::max<uint64_t>(Freq[B], 1));
  };
  if (UseAffinity)
    for (unsigned B : HintBlocksOf[S]) {
      if (States.entryState(B) == S)
        for (auto &[V, R] : Copies.In[B])
          Add(V, R, B);
      if (!MF.getBlockNumbered(B)->succ_empty() && States.exitState(B) == S)
        for (auto &[V, R] : Copies.Out[B])
          Add(V, R, B);
    }
  for (unsigned B : BlocksOf[S]) {
    unsigned Other = otherSide(S, B);
    if (!Done[Other] || !UseAffinity)
      continue;
    for (Register V : Through[B])
      if (MCRegister R = Colour[Other].lookup(V))
        Add(V, R, B);
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
  return Prefs;
}

// States go hottest first, and among equally hot ones the most tied to
// states already done, so a loop's states follow one another. A state
// coloured early saw only some of its neighbours; a second sweep in the same
// order lets it follow all of them.
void AffinityRecolouring::run(
    function_ref<void(unsigned, const Preferences &)> Recolour,
    const std::vector<RegMap> &Colour) {
  unsigned NumStates = States.numStates();
  using Key = std::tuple<uint64_t, uint64_t, unsigned>; // Heat, tie, -state.
  std::priority_queue<Key> Queue;
  for (unsigned S = 0; S < NumStates; ++S)
    Queue.push({Heat[S], 0, NumStates - S});
  std::vector<bool> Done(NumStates, false);
  std::vector<uint64_t> Tie(NumStates, 0);
  std::vector<unsigned> Order;
  while (!Queue.empty()) {
    auto [H, T, NegS] = Queue.top();
    Queue.pop();
    unsigned S = NumStates - NegS;
    if (Done[S] || T != Tie[S])
      continue; // Stale.
    Recolour(S, preferencesFor(S, Colour, Done));
    Done[S] = true;
    Order.push_back(S);
    for (unsigned B : BlocksOf[S]) {
      unsigned Other = otherSide(S, B);
      if (Done[Other])
        continue;
      Tie[Other] = SaturatingAdd(
          Tie[Other], SaturatingMultiply(std::max<uint64_t>(Freq[B], 1),
                                         (uint64_t)Through[B].size()));
      Queue.push({Heat[Other], Tie[Other], NumStates - Other});
    }
  }
  if (UseAffinity)
    for (unsigned S : Order)
      Recolour(S, preferencesFor(S, Colour, Done));
}
