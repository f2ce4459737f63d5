//===- BlockForm.cpp - helpers for circ functions in block form -----------===//

#include "circ/Analysis/BlockForm.h"

#include "mlir/Dialect/ControlFlow/IR/ControlFlowOps.h"
#include "mlir/Interfaces/ControlFlowInterfaces.h"
#include "llvm/ADT/DenseSet.h"
#include "llvm/ADT/STLExtras.h"

using namespace mlir;

namespace circ {

Identity parseIdentity(StringRef Ident) {
  Identity Id;
  auto [Func, Rest] = Ident.split(':');
  Id.Func = Func;
  size_t At = Rest.rfind('@');
  Id.Name = Rest.substr(0, At);
  if (At != StringRef::npos) {
    auto [D, V] = Rest.substr(At + 1).split('.');
    D.getAsInteger(10, Id.Depth);
    V.getAsInteger(10, Id.Version);
  }
  return Id;
}

std::string makeIdentity(StringRef Func, StringRef Name, int64_t Depth,
                         int64_t Version) {
  return (Func + ":" + Name + "@" + Twine(Depth) + "." + Twine(Version)).str();
}

BlockOp getLabel(Block *B) {
  if (B->empty())
    return nullptr;
  return dyn_cast<BlockOp>(&B->front());
}

bool isBlockForm(func::FuncOp F) {
  return !F.isExternal() && getLabel(&F.getBody().front());
}

StringRef argIdentity(BlockArgument A) {
  BlockOp L = getLabel(A.getOwner());
  if (!L || A.getArgNumber() >= L.getVars().size())
    return "?";
  return cast<StringAttr>(L.getVars()[A.getArgNumber()]).getValue();
}

std::string blockName(Block *B) {
  unsigned Index = 0;
  for (Block &Other : *B->getParent()) {
    if (&Other == B)
      break;
    ++Index;
  }
  BlockOp L = getLabel(B);
  return ((L ? L.getName() : StringRef("bb")) + "#" + Twine(Index)).str();
}

func::CallOp getEndingCall(Block *B) {
  Operation *Term = B->getTerminator();
  if (!isa<cf::BranchOp>(Term) || !Term->getPrevNode())
    return nullptr;
  return dyn_cast<func::CallOp>(Term->getPrevNode());
}

int findArg(Block *B, StringRef Ident) {
  BlockOp L = getLabel(B);
  if (!L)
    return -1;
  for (auto [I, Name] : llvm::enumerate(L.getVars()))
    if (cast<StringAttr>(Name).getValue() == Ident)
      return static_cast<int>(I);
  return -1;
}

// The (successor index, operand range) pairs of a branch that pass values
// into the arguments of Dest.
static void forEachEdgeInto(Block *Dest,
                            function_ref<void(SuccessorOperands)> Fn) {
  for (Block *Pred : Dest->getPredecessors()) {
    auto Br = dyn_cast<BranchOpInterface>(Pred->getTerminator());
    if (!Br)
      continue;
    for (unsigned S = 0, E = Br->getNumSuccessors(); S < E; ++S)
      if (Br->getSuccessor(S) == Dest)
        Fn(Br.getSuccessorOperands(S));
  }
}

// Erases the operand that every branch into B passes to argument Index.
static void eraseIncoming(Block *B, unsigned Index) {
  // A cond_br with both arms to B is one predecessor with two edges.
  llvm::SmallPtrSet<Operation *, 4> Done;
  for (Block *Pred : B->getPredecessors()) {
    auto Br = dyn_cast<BranchOpInterface>(Pred->getTerminator());
    if (!Br || !Done.insert(Br).second)
      continue;
    for (unsigned S = 0, E = Br->getNumSuccessors(); S < E; ++S)
      if (Br->getSuccessor(S) == B)
        Br.getSuccessorOperands(S).erase(Index);
  }
}

// Erases argument Index of B (which must have no uses) and its label name.
static void eraseArgAndName(Block *B, unsigned Index) {
  B->eraseArgument(Index);
  if (BlockOp L = getLabel(B)) {
    SmallVector<Attribute> Vars(L.getVars().begin(), L.getVars().end());
    Vars.erase(Vars.begin() + Index);
    L.setVarsAttr(ArrayAttr::get(L.getContext(), Vars));
  }
}

void eraseBlockArg(Block *B, unsigned Index) {
  eraseIncoming(B, Index);
  eraseArgAndName(B, Index);
}

void eraseBlockArgs(ArrayRef<BlockArgument> Args) {
  // Highest index first within a block, so the indices stay valid; every
  // operand that feeds one of them goes first, so that none has uses left
  // from another when it is erased.
  SmallVector<std::pair<Block *, unsigned>> Order;
  for (BlockArgument A : Args)
    Order.push_back({A.getOwner(), A.getArgNumber()});
  llvm::sort(Order, [](auto &X, auto &Y) {
    return X.first != Y.first ? X.first < Y.first : X.second > Y.second;
  });
  for (auto &[B, I] : Order)
    eraseIncoming(B, I);
  for (auto &[B, I] : Order)
    eraseArgAndName(B, I);
}

unsigned pruneDeadBlockArgs(func::FuncOp F) {
  // An argument is needed if some use is not a branch operand, or if the
  // argument it is passed to is needed.
  llvm::DenseSet<Value> Needed;
  llvm::DenseMap<Value, SmallVector<Value, 2>> FedBy; // arg -> args feeding it
  SmallVector<Value> Work;
  Block *Entry = &F.getBody().front();
  for (Block &B : F.getBody()) {
    for (BlockArgument A : B.getArguments()) {
      if (&B == Entry) {
        Needed.insert(A); // the function's parameters stay
        continue;
      }
      forEachEdgeInto(&B, [&](SuccessorOperands Ops) {
        Value In = Ops[A.getArgNumber()];
        if (isa<BlockArgument>(In))
          FedBy[A].push_back(In);
      });
    }
    for (Operation &Op : B) {
      auto Br = dyn_cast<BranchOpInterface>(&Op);
      for (OpOperand &Use : Op.getOpOperands()) {
        bool Forwarded = false;
        if (Br)
          for (unsigned S = 0, E = Br->getNumSuccessors(); S < E; ++S)
            if (Br.getSuccessorOperands(S).getProducedOperandCount() == 0) {
              OperandRange R =
                  Br.getSuccessorOperands(S).getForwardedOperands();
              if (R.empty())
                continue; // an empty range has no begin index
              unsigned Begin = R.getBeginOperandIndex();
              if (Use.getOperandNumber() >= Begin &&
                  Use.getOperandNumber() < Begin + R.size())
                Forwarded = true;
            }
        if (!Forwarded && Needed.insert(Use.get()).second)
          Work.push_back(Use.get());
      }
    }
  }
  for (Value V : Needed)
    if (!llvm::is_contained(Work, V))
      Work.push_back(V);
  while (!Work.empty()) {
    Value V = Work.pop_back_val();
    auto It = FedBy.find(V);
    if (It == FedBy.end())
      continue;
    for (Value Src : It->second)
      if (Needed.insert(Src).second)
        Work.push_back(Src);
  }
  SmallVector<BlockArgument> Dead;
  for (Block &B : F.getBody())
    if (&B != Entry)
      for (BlockArgument A : B.getArguments())
        if (!Needed.count(A))
          Dead.push_back(A);
  // Dead arguments only feed dead arguments.
  eraseBlockArgs(Dead);
  return Dead.size();
}

} // namespace circ
