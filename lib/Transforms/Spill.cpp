//===- Spill.cpp - -circ-spill: stack-coherent spilling ------------------===//
//
// 1. Candidates, keyed by (variable, location):
//    - a variable shadowed in a scope it lives through (location: the scope,
//      whose declarations hide it, so nothing in the scope reads it);
//    - a variable live across a call (location: the call).
// 2. Every (transition state, calling context) pair over the width is a
//    problem; a candidate relieves a pair if it takes one of the pair's
//    values out: a scope candidate the variable in states wholly inside the
//    scope (and in callees reached from calls inside it), a call candidate the
//    value carried through the callee from that call.
// 3. Greedy ranking: take the candidate that relieves the most over-width
//    pairs, remove what it relieves, repeat until every pair fits.
// 4. Insertion: one frame per chosen location. A scope's frame is pushed at
//    the end of the block that enters it (or at the start of its first block
//    when that block is an arm of a branch) and popped where the scope is
//    left; a call's frame is pushed just before the call and popped at the
//    start of its continuation. Frames follow scopes and calls, so they nest
//    on every path. Pops whose values nobody reads are dropped.
//
//===----------------------------------------------------------------------===//

#include "circ/Analysis/TransitionStates.h"
#include "circ/Support/RankByStatesRelieved.h"
#include "circ/Transforms/Passes.h"

#include "mlir/Dialect/ControlFlow/IR/ControlFlowOps.h"
#include "mlir/IR/Builders.h"
#include "llvm/ADT/SetVector.h"
#include "llvm/Support/raw_ostream.h"

#include <map>
#include <set>

namespace circ {
#define GEN_PASS_DEF_CIRCSPILL
#include "circ/Transforms/Passes.h.inc"
} // namespace circ

using namespace mlir;
using namespace circ;

namespace {

// Where a scope's frame is pushed and popped.
struct ScopePlacement {
  Block *PushAtEndOf = nullptr;    // the single block entering the scope
  Block *PushAtStartOf = nullptr;  // or the scope's first block
  Block *PopAtStartOf = nullptr;   // the single block the scope exits to
  std::vector<Block *> PopAtEndOf; // or each block that leaves the scope
};

struct ScopeInfo {
  mutable func::FuncOp F;
  int64_t Id = 0, Depth = 0;
  llvm::SetVector<Block *> Blocks; // blocks running in the scope
  std::set<Block *> Relieved;      // blocks whose entry state loses the value
  ScopePlacement Place;
  bool Placeable = false;
};

struct Candidate {
  std::string Ident;
  int Scope = -1; // index into Scopes, or
  int Call = -1;  // index into TransitionStates::Calls
  bool Enabled = true, Chosen = false;
  std::vector<std::pair<unsigned, unsigned>> Covers; // (pair, entry)
};

// One (state, context) pair and its values.
struct Pair {
  unsigned State, Context;
  std::vector<std::string> Idents;
  std::vector<int> Origin; // -1 for the state's own values
  std::vector<bool> Present;
  unsigned size() const {
    return static_cast<unsigned>(llvm::count(Present, true));
  }
};

class Spiller {
public:
  Spiller(ModuleOp M, unsigned Width, bool Report)
      : M(M), Width(Width), Report(Report) {}
  LogicalResult run();

private:
  ModuleOp M;
  unsigned Width;
  bool Report;
  TransitionStates TS;
  std::vector<ScopeInfo> Scopes;
  std::vector<Candidate> Cands;
  std::vector<Pair> Pairs;

  void collectScopes();
  void collectCandidates();
  void buildPairs();
  LogicalResult choose();
  LogicalResult reportUnrelieved();
  std::string describe(const Candidate &C);
  void rewriteScope(ScopeInfo &S, ArrayRef<std::string> Vars);
  void rewriteCall(const CallSite &CS, ArrayRef<std::string> Vars);
};

} // namespace

static void insertAfterLabel(OpBuilder &B, Block *Bl) {
  B.setInsertionPointAfter(&Bl->front());
}

void Spiller::collectScopes() {
  for (func::FuncOp F : TS.Funcs) {
    std::map<int64_t, unsigned> ById;
    for (Block &Bl : F.getBody()) {
      ArrayRef<int64_t> Path = getLabel(&Bl).getScope();
      for (size_t D = 1; D < Path.size(); ++D) {
        auto [It, New] = ById.try_emplace(Path[D], Scopes.size());
        if (New) {
          ScopeInfo S;
          S.F = F;
          S.Id = Path[D];
          S.Depth = D;
          Scopes.push_back(S);
        }
        Scopes[It->second].Blocks.insert(&Bl);
      }
    }
  }
  for (ScopeInfo &S : Scopes) {
    // Entry edges.
    std::vector<std::pair<Block *, Block *>> In, Out;
    for (Block *Bl : S.Blocks) {
      for (Block *P : Bl->getPredecessors())
        if (!S.Blocks.count(P))
          In.push_back({P, Bl});
      for (Block *K : Bl->getTerminator()->getSuccessors())
        if (!S.Blocks.count(K))
          Out.push_back({Bl, K});
    }
    if (In.empty() || Out.empty())
      continue;
    ScopePlacement &P = S.Place;
    Block *E = In.front().second;
    bool OneEntry =
        llvm::all_of(In, [&](auto &Edge) { return Edge.second == E; });
    if (!OneEntry)
      continue;
    if (In.size() == 1 && In.front().first->getNumSuccessors() == 1)
      P.PushAtEndOf = In.front().first;
    else if (llvm::none_of(E->getPredecessors(),
                           [&](Block *Pr) { return S.Blocks.count(Pr); }))
      P.PushAtStartOf = E;
    else
      continue;
    Block *K = Out.front().second;
    bool OneExit =
        llvm::all_of(Out, [&](auto &Edge) { return Edge.second == K; });
    if (OneExit && llvm::all_of(K->getPredecessors(), [&](Block *Pr) {
          return S.Blocks.count(Pr);
        })) {
      P.PopAtStartOf = K;
    } else {
      bool Ok = true;
      for (auto &[X, Succ] : Out) {
        Ok &= X->getNumSuccessors() == 1;
        P.PopAtEndOf.push_back(X);
      }
      if (!Ok)
        continue;
    }
    S.Placeable = true;
    for (Block *Bl : S.Blocks)
      if (Bl != P.PushAtStartOf)
        S.Relieved.insert(Bl);
    if (P.PopAtStartOf)
      S.Relieved.insert(P.PopAtStartOf);
  }
}

// Whether every use of the arguments named Ident in Blocks only passes the
// value on (nothing in the scope reads the variable).
static bool onlyForwarded(const llvm::SetVector<Block *> &Blocks,
                          StringRef Ident) {
  for (Block *Bl : Blocks) {
    int I = findArg(Bl, Ident);
    if (I < 0)
      continue;
    for (Operation *User : Bl->getArgument(I).getUsers())
      if (!isa<cf::BranchOp, cf::CondBranchOp>(User))
        return false;
  }
  return true;
}

void Spiller::collectCandidates() {
  for (auto [SI, S] : llvm::enumerate(Scopes)) {
    if (!S.Placeable)
      continue;
    // Names the scope declares, and the outer variables they shadow.
    std::set<std::string> Declared, Outer;
    for (Block *Bl : S.Blocks)
      for (BlockArgument A : Bl->getArguments()) {
        Identity Id = parseIdentity(argIdentity(A));
        if (Id.Depth == S.Depth)
          Declared.insert(Id.Name.str());
      }
    for (Block *Bl : S.Blocks)
      for (BlockArgument A : Bl->getArguments()) {
        StringRef Ident = argIdentity(A);
        Identity Id = parseIdentity(Ident);
        if (Id.Depth < S.Depth && Declared.count(Id.Name.str()))
          Outer.insert(Ident.str());
      }
    for (const std::string &V : Outer)
      if (onlyForwarded(S.Blocks, V)) {
        Candidate C;
        C.Ident = V;
        C.Scope = SI;
        Cands.push_back(C);
      }
  }
  for (auto [CI, CS] : llvm::enumerate(TS.Calls)) {
    for (const std::string &V : CS.LiveAcross) {
      Candidate C;
      C.Ident = V;
      C.Call = CI;
      // circ_blocks cannot carry values through recursion: always spill.
      C.Chosen = CS.Recursive;
      Cands.push_back(C);
    }
  }
}

void Spiller::buildPairs() {
  for (const TransitionState &S : TS.States)
    for (auto [CI, Ctx] : llvm::enumerate(TS.contextsOf(S))) {
      Pair P;
      P.State = S.Id;
      P.Context = CI;
      for (const std::string &L : S.Local) {
        P.Idents.push_back(L);
        P.Origin.push_back(-1);
      }
      for (const Carried &V : Ctx) {
        P.Idents.push_back(V.Ident);
        P.Origin.push_back(V.Origin);
      }
      P.Present.assign(P.Idents.size(), true);
      Pairs.push_back(std::move(P));
    }
  for (Candidate &C : Cands)
    for (auto [PI, P] : llvm::enumerate(Pairs)) {
      const TransitionState &S = TS.States[P.State];
      for (unsigned E = 0; E < P.Idents.size(); ++E) {
        if (P.Idents[E] != C.Ident)
          continue;
        int O = P.Origin[E];
        bool Covers = false;
        if (C.Call >= 0) {
          Covers = O == C.Call;
        } else {
          const ScopeInfo &Sc = Scopes[C.Scope];
          if (O < 0)
            Covers = S.Kind == StateKind::Internal && S.Owner == Sc.F &&
                     llvm::all_of(S.Entries, [&](Block *Bl) {
                       return Sc.Relieved.count(Bl);
                     });
          else
            Covers = Sc.Blocks.count(TS.Calls[O].CallBlock);
        }
        if (Covers)
          C.Covers.push_back({static_cast<unsigned>(PI), E});
      }
    }
}

std::string Spiller::describe(const Candidate &C) {
  std::string S;
  llvm::raw_string_ostream OS(S);
  OS << "(" << C.Ident << ", ";
  if (C.Call >= 0) {
    const CallSite &CS = TS.Calls[C.Call];
    OS << "call @" << CS.Callee.getSymName() << " in "
       << blockName(CS.CallBlock);
  } else {
    const ScopeInfo &Sc = Scopes[C.Scope];
    OS << "scope " << Sc.Id << " at " << blockName(Sc.Blocks.front());
  }
  OS << ")";
  return S;
}

// Disables the candidates a chosen scope candidate makes moot: the same
// variable at a location inside the scope.
static bool insideScope(const Candidate &Inner, const ScopeInfo &Outer,
                        const std::vector<ScopeInfo> &Scopes,
                        const TransitionStates &TS) {
  if (Inner.Call >= 0)
    return Outer.Blocks.count(TS.Calls[Inner.Call].CallBlock);
  const ScopeInfo &S = Scopes[Inner.Scope];
  return &S != &Outer && S.F == Outer.F &&
         llvm::all_of(S.Blocks,
                      [&](Block *Bl) { return Outer.Blocks.count(Bl); });
}

LogicalResult Spiller::choose() {
  auto Apply = [&](Candidate &C) {
    for (auto [PI, E] : C.Covers)
      Pairs[PI].Present[E] = false;
    if (C.Scope < 0)
      return;
    for (Candidate &O : Cands)
      if (&O != &C && O.Ident == C.Ident &&
          insideScope(O, Scopes[C.Scope], Scopes, TS)) {
        O.Enabled = false;
        O.Chosen = false;
      }
  };
  for (Candidate &C : Cands)
    if (C.Chosen)
      Apply(C);
  if (Report)
    for (Candidate &C : Cands)
      llvm::outs() << "circ-spill: candidate " << describe(C) << " in "
                   << C.Covers.size() << " (state, context) pair(s)"
                   << (C.Chosen ? ", always spilled (recursive call)" : "")
                   << "\n";
  if (Width == 0)
    return success();
  // Ranking by states relieved over the (state, context) pairs; ties go to
  // the candidate found first.
  auto NextRound = [&]() -> std::optional<RankedCandidates<Candidate *>> {
    if (llvm::none_of(Pairs, [&](const Pair &P) { return P.size() > Width; }))
      return std::nullopt;
    RankedCandidates<Candidate *> Round;
    for (Candidate &C : Cands) {
      if (!C.Enabled || C.Chosen)
        continue;
      unsigned N = 0;
      for (auto [PI, E] : C.Covers)
        if (Pairs[PI].Present[E] && Pairs[PI].size() > Width)
          ++N;
      Round.push_back({&C, N});
    }
    return Round;
  };
  auto Choose = [&](Candidate *Best) {
    if (Report) {
      unsigned N = 0;
      for (auto [PI, E] : Best->Covers)
        if (Pairs[PI].Present[E] && Pairs[PI].size() > Width)
          ++N;
      llvm::outs() << "circ-spill: choose " << describe(*Best) << ", relieves "
                   << N << " over-width state(s)\n";
    }
    Best->Chosen = true;
    Apply(*Best);
  };
  if (rankByStatesRelieved<Candidate *>(
          NextRound, [](Candidate *, Candidate *) { return false; }, Choose))
    return success();
  return reportUnrelieved();
}

// Every state still over the width names itself, with its live values.
LogicalResult Spiller::reportUnrelieved() {
  for (const Pair &P : Pairs) {
    if (P.size() <= Width)
      continue;
    const TransitionState &S = TS.States[P.State];
    Block *Where = !S.Entries.empty() ? S.Entries.front() : S.Exits.front();
    InFlightDiagnostic D = S.Owner.emitError("io width ")
                           << Width << " cannot be met: transition state "
                           << S.Id << " at the entry of " << blockName(Where)
                           << " needs " << P.size() << " slots";
    std::string Live;
    for (unsigned E = 0; E < P.Idents.size(); ++E)
      if (P.Present[E])
        Live += " " + P.Idents[E];
    D << " (" << StringRef(Live).ltrim()
      << ") and no spill candidate relieves it";
    return D;
  }
  return failure();
}

// Drops the arguments named Vars in Blocks: nothing in the scope reads them
// (onlyForwarded), and the exits already take the popped values instead, so
// their only uses are operands that feed one another.
static void dropArgs(ArrayRef<Block *> Blocks, ArrayRef<std::string> Vars) {
  SmallVector<BlockArgument> Args;
  for (Block *Bl : Blocks)
    for (const std::string &V : Vars)
      if (int I = findArg(Bl, V); I >= 0)
        Args.push_back(Bl->getArgument(I));
  eraseBlockArgs(Args);
}

static SmallVector<int64_t> slotsFor(size_t N) {
  SmallVector<int64_t> Slots;
  for (size_t I = 1; I <= N; ++I)
    Slots.push_back(I);
  return Slots;
}

void Spiller::rewriteScope(ScopeInfo &S, ArrayRef<std::string> Vars) {
  OpBuilder B(M.getContext());
  ScopePlacement &P = S.Place;
  Location Loc = S.F.getLoc();
  // The values to push.
  SmallVector<Value> Push;
  if (P.PushAtEndOf) {
    auto Br = cast<cf::BranchOp>(P.PushAtEndOf->getTerminator());
    Block *E = Br.getDest();
    for (const std::string &V : Vars)
      Push.push_back(Br.getDestOperands()[findArg(E, V)]);
    B.setInsertionPoint(Br);
  } else {
    for (const std::string &V : Vars)
      Push.push_back(P.PushAtStartOf->getArgument(findArg(P.PushAtStartOf, V)));
    insertAfterLabel(B, P.PushAtStartOf);
  }
  PushOp::create(B, Loc, Push);
  SmallVector<Type> Types;
  for (Value V : Push)
    Types.push_back(V.getType());
  // The pops, wired to where the values are needed after the scope.
  if (P.PopAtStartOf) {
    Block *K = P.PopAtStartOf;
    insertAfterLabel(B, K);
    auto Pop = PopOp::create(B, Loc, Types, slotsFor(Vars.size()));
    for (auto [I, V] : llvm::enumerate(Vars)) {
      int A = findArg(K, V);
      K->getArgument(A).replaceAllUsesWith(Pop.getResult(I));
      eraseBlockArg(K, A);
    }
  } else {
    for (Block *X : P.PopAtEndOf) {
      auto Br = cast<cf::BranchOp>(X->getTerminator());
      B.setInsertionPoint(Br);
      auto Pop = PopOp::create(B, Loc, Types, slotsFor(Vars.size()));
      for (auto [I, V] : llvm::enumerate(Vars)) {
        int A = findArg(Br.getDest(), V);
        if (A >= 0)
          Br.getDestOperandsMutable()[A].set(Pop.getResult(I));
      }
    }
  }
  std::vector<Block *> Inside;
  for (Block *Bl : S.Blocks)
    if (Bl != P.PushAtStartOf)
      Inside.push_back(Bl);
  dropArgs(Inside, Vars);
}

void Spiller::rewriteCall(const CallSite &CS, ArrayRef<std::string> Vars) {
  OpBuilder B(M.getContext());
  auto Br = cast<cf::BranchOp>(CS.CallBlock->getTerminator());
  SmallVector<Value> Push;
  SmallVector<Type> Types;
  for (const std::string &V : Vars) {
    Value In = Br.getDestOperands()[findArg(CS.Ret, V)];
    Push.push_back(In);
    Types.push_back(In.getType());
  }
  B.setInsertionPoint(CS.Call);
  PushOp::create(B, CS.Call.getLoc(), Push);
  insertAfterLabel(B, CS.Ret);
  auto Pop = PopOp::create(B, CS.Call.getLoc(), Types, slotsFor(Vars.size()));
  for (auto [I, V] : llvm::enumerate(Vars)) {
    int A = findArg(CS.Ret, V);
    CS.Ret->getArgument(A).replaceAllUsesWith(Pop.getResult(I));
    eraseBlockArg(CS.Ret, A);
  }
}

// Drops the slots of pops whose values nobody reads.
static void removeDeadPops(ModuleOp M) {
  SmallVector<PopOp> Pops;
  M.walk([&](PopOp P) { Pops.push_back(P); });
  for (PopOp P : Pops) {
    if (llvm::all_of(P.getResults(), [](Value R) { return !R.use_empty(); }))
      continue;
    SmallVector<int64_t> Slots;
    SmallVector<Type> Types;
    SmallVector<Value> Live;
    for (auto [Slot, R] : llvm::zip(P.getSlots(), P.getResults()))
      if (!R.use_empty()) {
        Slots.push_back(Slot);
        Types.push_back(R.getType());
        Live.push_back(R);
      }
    OpBuilder B(P);
    auto New = PopOp::create(B, P.getLoc(), Types, Slots);
    for (auto [Old, NewR] : llvm::zip(Live, New.getResults()))
      Old.replaceAllUsesWith(NewR);
    P.erase();
  }
}

LogicalResult Spiller::run() {
  if (failed(TS.compute(M)))
    return failure();
  collectScopes();
  collectCandidates();
  buildPairs();
  if (failed(choose()))
    return failure();
  // Group the chosen variables by location, in a stable order.
  std::map<int, std::vector<std::string>> ByScope, ByCall;
  for (const Candidate &C : Cands)
    if (C.Chosen)
      (C.Scope >= 0 ? ByScope[C.Scope] : ByCall[C.Call]).push_back(C.Ident);
  unsigned Frames = 0, Values = 0;
  for (auto &[SI, Vars] : ByScope) {
    llvm::sort(Vars);
    rewriteScope(Scopes[SI], Vars);
    ++Frames;
    Values += Vars.size();
  }
  for (auto &[CI, Vars] : ByCall) {
    llvm::sort(Vars);
    rewriteCall(TS.Calls[CI], Vars);
    ++Frames;
    Values += Vars.size();
  }
  removeDeadPops(M);
  if (Report)
    llvm::outs() << "circ-spill: width " << Width << ": " << Frames
                 << " frame(s), " << Values << " value(s) pushed\n";
  return success();
}

namespace {
struct CircSpillPass : public circ::impl::CircSpillBase<CircSpillPass> {
  using CircSpillBase::CircSpillBase;
  void runOnOperation() override {
    Spiller S(getOperation(), width, report);
    if (failed(S.run()))
      signalPassFailure();
  }
};
} // namespace
