//===- TransitionStates.cpp - transition states of circ programs ----------===//

#include "circ/Analysis/TransitionStates.h"
#include "circ/Support/BoundaryClasses.h"

#include "mlir/Dialect/ControlFlow/IR/ControlFlowOps.h"
#include "mlir/IR/BuiltinOps.h"
#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/StringSet.h"

#include <algorithm>
#include <map>
#include <set>

using namespace mlir;

namespace circ {

// Contexts per function beyond which we stop enumerating call chains.
static constexpr size_t MaxContexts = 512;

namespace {
// Block boundaries across functions: each block gets an index in the order
// first asked about, and its entry and exit their boundary ids.
struct ModuleBoundaries {
  BoundaryClasses Classes;
  llvm::DenseMap<Block *, unsigned> Index;
  unsigned blockIndex(Block *B) {
    return Index.try_emplace(B, Index.size()).first->second;
  }
  void join(Block *From, Block *To) {
    Classes.joinEdge(blockIndex(From), blockIndex(To));
  }
  unsigned stateOf(Block *B, bool Exit) {
    unsigned I = blockIndex(B);
    return Classes.stateOf(Exit ? BoundaryClasses::exitOf(I)
                                : BoundaryClasses::entryOf(I));
  }
};
} // namespace

static std::vector<std::string> argIdentities(Block *B) {
  std::vector<std::string> Out;
  for (BlockArgument A : B->getArguments())
    Out.push_back(argIdentity(A).str());
  return Out;
}

LogicalResult TransitionStates::compute(ModuleOp M) {
  llvm::StringMap<func::FuncOp> ByName;
  for (auto F : M.getOps<func::FuncOp>()) {
    if (F.isExternal())
      continue;
    if (!isBlockForm(F))
      return F.emitError("function @")
             << F.getSymName()
             << " is not in block form; run -circ-blockify first";
    Funcs.push_back(F);
    ByName[F.getSymName()] = F;
  }
  markRecursion(collectCalls(ByName));
  numberStates();
  for (TransitionState &S : States)
    classify(S);
  enumerateContexts();
  return success();
}

// Calls, and which functions call which.
TransitionStates::CallGraph
TransitionStates::collectCalls(const llvm::StringMap<func::FuncOp> &ByName) {
  CallGraph Callees;
  for (func::FuncOp F : Funcs)
    for (Block &B : F.getBody()) {
      func::CallOp Call = getEndingCall(&B);
      if (!Call)
        continue;
      CallSite CS;
      CS.Call = Call;
      CS.CallBlock = &B;
      CS.Ret = B.getTerminator()->getSuccessor(0);
      CS.Caller = F;
      CS.Callee = ByName.lookup(Call.getCallee());
      auto Br = cast<cf::BranchOp>(B.getTerminator());
      for (auto [I, V] : llvm::enumerate(Br.getDestOperands()))
        if (V.getDefiningOp() != Call.getOperation())
          CS.LiveAcross.push_back(argIdentity(CS.Ret->getArgument(I)).str());
      if (CS.Callee)
        Callees[F].insert(CS.Callee);
      Calls.push_back(CS);
    }
  return Callees;
}

// A function is recursive if it reaches itself; a call is recursive if its
// callee reaches its caller.
void TransitionStates::markRecursion(const CallGraph &Callees) {
  auto Reaches = [&](Operation *From, Operation *To) {
    std::set<Operation *> Seen;
    std::vector<Operation *> Work{From};
    while (!Work.empty()) {
      Operation *Cur = Work.back();
      Work.pop_back();
      auto It = Callees.find(Cur);
      if (It == Callees.end())
        continue;
      for (Operation *Next : It->second) {
        if (Next == To)
          return true;
        if (Seen.insert(Next).second)
          Work.push_back(Next);
      }
    }
    return false;
  };
  for (func::FuncOp F : Funcs)
    RecursiveFuncs[F] = Reaches(F, F);
  for (CallSite &CS : Calls)
    CS.Recursive = CS.Callee && Reaches(CS.Callee, CS.Caller);
}

// Joins block exits to entries: a branch to its successors, a call to the
// callee's entry, the callee's returns to the call's continuation. One state
// per class, numbered in program order of its first boundary.
void TransitionStates::numberStates() {
  ModuleBoundaries Joins;
  std::map<Operation *, std::vector<Block *>> ReturnBlocks;
  std::set<Block *> CallBlocks;
  for (const CallSite &CS : Calls)
    if (CS.Callee)
      CallBlocks.insert(CS.CallBlock);
  for (func::FuncOp F : Funcs)
    for (Block &B : F.getBody()) {
      Operation *Term = B.getTerminator();
      if (isa<func::ReturnOp>(Term))
        ReturnBlocks[F].push_back(&B);
      else if (!CallBlocks.count(&B)) // Else joined below, to the callee.
        for (Block *Succ : Term->getSuccessors())
          Joins.join(&B, Succ);
    }
  for (CallSite &CS : Calls) {
    if (!CS.Callee)
      continue;
    Joins.join(CS.CallBlock, &CS.Callee.getBody().front());
    for (Block *R : ReturnBlocks[CS.Callee])
      Joins.join(R, CS.Ret);
  }
  for (func::FuncOp F : Funcs)
    for (Block &B : F.getBody())
      for (bool Exit : {false, true}) {
        unsigned Id = Joins.stateOf(&B, Exit);
        if (Id == States.size()) {
          TransitionState S;
          S.Id = Id;
          S.Owner = F;
          States.push_back(S);
        }
        TransitionState &S = States[Id];
        (Exit ? S.Exits : S.Entries).push_back(&B);
        (Exit ? OutState : InState)[&B] = S.Id;
      }
}

// Kind, owner and local values.
void TransitionStates::classify(TransitionState &S) {
  std::set<std::string> Local;
  for (Block *E : S.Entries)
    if (E->isEntryBlock()) {
      S.Kind = StateKind::Entry;
      S.Owner = cast<func::FuncOp>(E->getParentOp());
    }
  for (Block *X : S.Exits)
    if (isa<func::ReturnOp>(X->getTerminator())) {
      S.Kind = StateKind::Return;
      S.Owner = cast<func::FuncOp>(X->getParentOp());
    }
  switch (S.Kind) {
  case StateKind::Entry:
    for (const std::string &I : argIdentities(&S.Owner.getBody().front()))
      Local.insert(I);
    break;
  case StateKind::Return:
    for (unsigned R = 0; R < S.Owner.getNumResults(); ++R)
      Local.insert(
          makeIdentity(S.Owner.getSymName(), ("$ret" + Twine(R)).str(), 0, 0));
    break;
  case StateKind::Internal:
    for (Block *E : S.Entries)
      for (const std::string &I : argIdentities(E))
        Local.insert(I);
    break;
  }
  S.Local.assign(Local.begin(), Local.end());
}

// Calling contexts, from every root down the non-recursive calls.
void TransitionStates::enumerateContexts() {
  std::map<Operation *, std::vector<int>> CallsIn;
  std::set<Operation *> Called;
  for (auto [I, CS] : llvm::enumerate(Calls)) {
    CallsIn[CS.Caller].push_back(static_cast<int>(I));
    if (CS.Callee && CS.Callee != CS.Caller)
      Called.insert(CS.Callee);
  }
  std::function<void(func::FuncOp, const Context &)> Visit =
      [&](func::FuncOp F, const Context &C) {
        std::vector<Context> &List = Contexts[F];
        if (List.size() >= MaxContexts) {
          ContextsTruncated = true;
          return;
        }
        List.push_back(C);
        for (int I : CallsIn[F]) {
          const CallSite &CS = Calls[I];
          if (!CS.Callee || CS.Recursive)
            continue;
          Context Inner = C;
          for (const std::string &V : CS.LiveAcross)
            Inner.push_back({V, I});
          Visit(CS.Callee, Inner);
        }
      };
  for (func::FuncOp F : Funcs)
    if (!Called.count(F))
      Visit(F, {});
  for (func::FuncOp F : Funcs)
    if (Contexts[F].empty())
      Contexts[F].push_back({});
}

const std::vector<Context> &
TransitionStates::contextsOf(const TransitionState &S) const {
  func::FuncOp F = S.Owner;
  return Contexts.find(F)->second;
}

unsigned TransitionStates::sizeIn(const TransitionState &S,
                                  const Context &C) const {
  return S.Local.size() + C.size();
}

unsigned TransitionStates::colouredSize(const TransitionState &S) const {
  unsigned Max = 0;
  for (const Context &C : contextsOf(S))
    Max = std::max(Max, sizeIn(S, C));
  return Max;
}

unsigned TransitionStates::circBlocksSize(const TransitionState &S) const {
  llvm::StringSet<> Names;
  for (const std::string &L : S.Local)
    Names.insert(L);
  for (const Context &C : contextsOf(S))
    for (const Carried &V : C)
      Names.insert(V.Ident);
  return Names.size();
}

TransitionStates::Widths TransitionStates::widths(func::FuncOp F) const {
  Widths W;
  for (const TransitionState &S : States)
    if (!F || S.Owner == F) {
      W.Coloured = std::max(W.Coloured, colouredSize(S));
      W.CircBlocks = std::max(W.CircBlocks, circBlocksSize(S));
    }
  return W;
}

bool TransitionStates::isRecursive(func::FuncOp F) const {
  auto It = RecursiveFuncs.find(F);
  return It != RecursiveFuncs.end() && It->second;
}

} // namespace circ
