//===- VerifyStack.cpp - -circ-verify-stack -------------------------------===//
//
// Tracks the layout of open write-once stack frames (the number of values
// each holds) along every path, in structured and block form alike.
//
//===----------------------------------------------------------------------===//

#include "circ/Dialect/Circ/CircDialect.h"
#include "circ/Transforms/Passes.h"

#include "mlir/Dialect/Func/IR/FuncOps.h"
#include "mlir/Interfaces/ControlFlowInterfaces.h"
#include "llvm/ADT/DenseMap.h"
#include "llvm/ADT/DenseSet.h"

#include <algorithm>
#include <functional>

#include <string>

namespace circ {
#define GEN_PASS_DEF_CIRCVERIFYSTACK
#include "circ/Transforms/Passes.h.inc"
} // namespace circ

using namespace mlir;
using namespace circ;

namespace {
using Layout = SmallVector<int64_t, 4>;

std::string show(const Layout &L) {
  std::string S = "[";
  for (auto [I, N] : llvm::enumerate(L))
    S += (I ? ", " : "") + std::to_string(N);
  return S + "]";
}

struct StackChecker {
  LogicalResult block(Block &B, Layout &L);
  LogicalResult region(Region &R, const Layout &In);
};
} // namespace

LogicalResult StackChecker::block(Block &B, Layout &L) {
  for (Operation &Op : B) {
    if (auto Push = dyn_cast<PushOp>(Op)) {
      L.push_back(Push.getValues().size());
      continue;
    }
    if (auto Pop = dyn_cast<PopOp>(Op)) {
      if (L.empty())
        return Pop.emitOpError("closes a frame, but no frame is open on this "
                               "path");
      for (int64_t Slot : Pop.getSlots())
        if (Slot > L.back())
          return Pop.emitOpError("reads slot ")
                 << Slot << " of a frame that holds " << L.back()
                 << " value(s)";
      L.pop_back();
      continue;
    }
    if (isa<func::ReturnOp>(Op) && !L.empty())
      return Op.emitOpError("returns with ")
             << L.size() << " write-once stack frame(s) still open " << show(L);
    for (Region &R : Op.getRegions())
      if (failed(region(R, L)))
        return failure();
  }
  return success();
}

// Every path through R must leave the frames as it found them (In). Blocks
// are visited in reverse post-order, so a block's forward predecessors are
// done before it and a disagreement is reported at the join, not as a
// symptom further on.
LogicalResult StackChecker::region(Region &R, const Layout &In) {
  if (R.empty())
    return success();
  SmallVector<Block *> Order;
  llvm::DenseSet<Block *> Seen;
  std::function<void(Block *)> Dfs = [&](Block *B) {
    if (!Seen.insert(B).second)
      return;
    if (!B->empty())
      for (Block *Succ : B->back().getSuccessors())
        Dfs(Succ);
    Order.push_back(B);
  };
  Dfs(&R.front());
  std::reverse(Order.begin(), Order.end());

  llvm::DenseMap<Block *, Layout> Entry, Exit;
  auto Mismatch = [](Block *B, const Layout &A, const Layout &Other,
                     Operation *From) {
    InFlightDiagnostic D = B->front().emitError("block is reached with frames ")
                           << show(A) << " on one path and " << show(Other)
                           << " on another";
    D.attachNote(From->getLoc()) << "the second path comes from here";
    return D;
  };
  for (Block *B : Order) {
    Layout L = In;
    if (B != &R.front()) {
      Block *First = nullptr;
      for (Block *Pred : B->getPredecessors()) {
        auto It = Exit.find(Pred);
        if (It == Exit.end())
          continue; // a back edge, checked below
        if (!First) {
          First = Pred;
          L = It->second;
        } else if (It->second != L) {
          return Mismatch(B, L, It->second, &Pred->back());
        }
      }
    }
    Entry[B] = L;
    if (failed(block(*B, L)))
      return failure();
    Exit[B] = L;
    Operation *Term = B->empty() ? nullptr : &B->back();
    if (!Term || Term->getNumSuccessors() == 0) {
      // Leaving the region (scf.yield, scf.condition, the end of a scope):
      // function bodies are checked at their returns instead.
      if (!isa<func::FuncOp>(R.getParentOp()) && L != In) {
        Operation *Where = R.getParentOp();
        return Where->emitError("this region of '")
               << Where->getName() << "' ends with frames " << show(L)
               << " but was entered with " << show(In);
      }
    }
  }
  for (Block *B : Order)
    if (!B->empty())
      for (Block *Succ : B->back().getSuccessors())
        if (Entry.count(Succ) && Entry[Succ] != Exit[B])
          return Mismatch(Succ, Entry[Succ], Exit[B], &B->back());
  return success();
}

namespace {
struct CircVerifyStackPass
    : public circ::impl::CircVerifyStackBase<CircVerifyStackPass> {
  void runOnOperation() override {
    for (auto F : getOperation().getOps<func::FuncOp>()) {
      StackChecker C;
      if (failed(C.region(F.getBody(), {})))
        return signalPassFailure();
    }
    markAllAnalysesPreserved();
  }
};
} // namespace
