//===- Blockify.cpp - structured circ to block form -----------------------===//
//
// Walks a structured function once, emitting blocks as circ_blocks does:
// every scope entry and exit, loop part, branch arm and call continuation
// starts a new block. While walking, an environment maps each variable (and
// each SSA value needed in a later block) to the value that holds it in the
// current block. A new block gets one argument per environment entry; a
// branch passes the current values. At the end, liveness drops the arguments
// nothing reads, so the arguments that remain are exactly the transition
// inputs, and each block is labelled with a circ.block op.
//
//===----------------------------------------------------------------------===//

#include "circ/Analysis/BlockForm.h"
#include "circ/Transforms/Passes.h"

#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/ControlFlow/IR/ControlFlowOps.h"
#include "mlir/Dialect/Func/IR/FuncOps.h"
#include "mlir/Dialect/SCF/IR/SCF.h"
#include "mlir/IR/Builders.h"
#include "mlir/IR/IRMapping.h"
#include "mlir/IR/Matchers.h"

#include <map>
#include <optional>

namespace circ {
#define GEN_PASS_DEF_CIRCBLOCKIFY
#include "circ/Transforms/Passes.h.inc"
} // namespace circ

using namespace mlir;
using namespace circ;

namespace {

// What blockify records for each block it makes, written to its label once
// the arguments are final.
struct BlockInfo {
  std::string Name;
  SmallVector<int64_t> Scope;
  std::optional<int64_t> Bound;
  SmallVector<Value> Keys; // environment key of each argument
};

struct EnvEntry {
  Value Key; // the circ.var handle or SSA value of the structured function
  std::string Ident;
  Value Cur; // its value in the block being built
};

class FunctionBlockifier {
public:
  FunctionBlockifier(func::FuncOp F) : F(F), B(F.getContext()) {}
  LogicalResult run();

private:
  func::FuncOp F;
  OpBuilder B;
  Region NewBody;
  std::vector<EnvEntry> Env;
  DenseMap<Value, unsigned> EnvIndex;
  DenseMap<Value, std::string> Idents; // key -> identity, for the labels
  DenseMap<Block *, BlockInfo> Info;
  IRMapping Local; // values that never leave their block
  DenseMap<std::pair<Block *, Value>, Value> Constants;
  std::map<std::pair<std::string, int64_t>, int64_t> Versions;
  SmallVector<int64_t> Scope{0};
  int64_t NextScope = 1;
  std::optional<int64_t> Bound = 1;
  unsigned NextTemp = 0, NextLoop = 0;
  Block *Cur = nullptr;
  // Segment of each structured op: ops in one segment of one block end up
  // in the same block of block form.
  DenseMap<Operation *, unsigned> Segment;

  int64_t depth() const { return static_cast<int64_t>(Scope.size()) - 1; }
  std::string tempIdent() {
    return makeIdentity(F.getSymName(), ("$t" + Twine(NextTemp++)).str(),
                        depth(), 0);
  }
  void addEntry(Value Key, std::string Ident, Value V) {
    EnvIndex[Key] = Env.size();
    Idents[Key] = Ident;
    Env.push_back({Key, std::move(Ident), V});
  }
  void truncateEnv(size_t N) {
    while (Env.size() > N) {
      EnvIndex.erase(Env.back().Key);
      Env.pop_back();
    }
  }
  Block *newBlock(StringRef Name);
  void branchTo(Block *Dest);
  void condBranch(Location Loc, Value Cond, Block *T, Block *E);
  void enter(Block *Dest);
  FailureOr<Value> lookup(Operation *User, Value Old);
  bool crossesBlocks(Value V);
  LogicalResult walk(Block &Old);
  LogicalResult walkOp(Operation &Op);
  LogicalResult walkFor(scf::ForOp For);
  LogicalResult walkWhile(scf::WhileOp While);
  LogicalResult walkIf(scf::IfOp If);
  LogicalResult walkCall(func::CallOp Call);
  void computeSegments(Block &Old);
  void moveToEnd(Block *Nb) {
    NewBody.getBlocks().splice(NewBody.end(), NewBody.getBlocks(),
                               Nb->getIterator());
  }
  void writeLabels();
};

} // namespace

// Ops after which the structured code continues in a new block.
static bool endsSegment(Operation &Op) {
  return isa<ScopeOp, scf::ForOp, scf::WhileOp, scf::IfOp, func::CallOp>(Op);
}

void FunctionBlockifier::computeSegments(Block &Old) {
  unsigned Seg = 0;
  for (Operation &Op : Old) {
    Segment[&Op] = Seg;
    if (endsSegment(Op))
      ++Seg;
    for (Region &R : Op.getRegions())
      for (Block &Inner : R)
        computeSegments(Inner);
  }
}

// Whether V, defined in the structured function, is used in a block of block
// form other than the one it is defined in.
bool FunctionBlockifier::crossesBlocks(Value V) {
  Block *DefBlock = V.getParentBlock();
  Operation *Def = V.getDefiningOp();
  for (Operation *User : V.getUsers()) {
    Operation *Anc = DefBlock->findAncestorOpInBlock(*User);
    if (!Anc || Anc != User)
      return true; // used inside a nested region
    if (!Def || Segment.lookup(Anc) != Segment.lookup(Def))
      return true;
  }
  return false;
}

Block *FunctionBlockifier::newBlock(StringRef Name) {
  Block *Nb = new Block();
  NewBody.push_back(Nb);
  BlockInfo &I = Info[Nb];
  I.Name = Name.str();
  I.Scope = Scope;
  I.Bound = Bound;
  for (EnvEntry &E : Env) {
    Nb->addArgument(E.Cur.getType(), E.Key.getLoc());
    I.Keys.push_back(E.Key);
  }
  return Nb;
}

static SmallVector<Value> operandsFor(const BlockInfo &I,
                                      const std::vector<EnvEntry> &Env,
                                      const DenseMap<Value, unsigned> &Index) {
  SmallVector<Value> Ops;
  for (Value K : I.Keys)
    Ops.push_back(Env[Index.lookup(K)].Cur);
  return Ops;
}

void FunctionBlockifier::branchTo(Block *Dest) {
  B.setInsertionPointToEnd(Cur);
  cf::BranchOp::create(B, F.getLoc(), Dest,
                       operandsFor(Info[Dest], Env, EnvIndex));
}

void FunctionBlockifier::condBranch(Location Loc, Value Cond, Block *T,
                                    Block *E) {
  B.setInsertionPointToEnd(Cur);
  cf::CondBranchOp::create(B, Loc, Cond, T, operandsFor(Info[T], Env, EnvIndex),
                           E, operandsFor(Info[E], Env, EnvIndex));
}

// Continue in Dest: its arguments now hold the environment.
void FunctionBlockifier::enter(Block *Dest) {
  const BlockInfo &I = Info[Dest];
  for (auto [K, A] : llvm::zip(I.Keys, Dest->getArguments()))
    Env[EnvIndex.lookup(K)].Cur = A;
  Scope = I.Scope;
  Bound = I.Bound;
  Cur = Dest;
  B.setInsertionPointToEnd(Cur);
}

FailureOr<Value> FunctionBlockifier::lookup(Operation *User, Value Old) {
  if (Operation *Def = Old.getDefiningOp())
    if (Def->hasTrait<OpTrait::ConstantLike>()) {
      // Constants are free wires: rebuild them in every block that uses them.
      Value &C = Constants[{Cur, Old}];
      if (!C) {
        OpBuilder::InsertionGuard G(B);
        B.setInsertionPointToStart(Cur);
        C = B.clone(*Def)->getResult(cast<OpResult>(Old).getResultNumber());
      }
      return C;
    }
  auto It = EnvIndex.find(Old);
  if (It != EnvIndex.end())
    return Env[It->second].Cur;
  if (Value V = Local.lookupOrNull(Old))
    return V;
  User->emitOpError("uses a value blockify cannot place in this block");
  return failure();
}

LogicalResult FunctionBlockifier::walk(Block &Old) {
  for (Operation &Op : Old)
    if (failed(walkOp(Op)))
      return failure();
  return success();
}

LogicalResult FunctionBlockifier::walkOp(Operation &Op) {
  if (isa<scf::YieldOp, scf::ConditionOp>(Op))
    return success(); // handled by the op that owns the region
  if (Op.hasTrait<OpTrait::ConstantLike>())
    return success(); // rebuilt where used
  if (auto Var = dyn_cast<VarOp>(Op)) {
    FailureOr<Value> Init = lookup(&Op, Var.getInit());
    if (failed(Init))
      return failure();
    int64_t &Version = Versions[{Var.getName().str(), depth()}];
    addEntry(Var.getResult(),
             makeIdentity(F.getSymName(), Var.getName(), depth(), Version++),
             *Init);
    return success();
  }
  if (auto Get = dyn_cast<GetOp>(Op)) {
    Value V = Env[EnvIndex.lookup(Get.getVar())].Cur;
    if (crossesBlocks(Get.getResult()))
      addEntry(Get.getResult(), tempIdent(), V);
    else
      Local.map(Get.getResult(), V);
    return success();
  }
  if (auto Set = dyn_cast<SetOp>(Op)) {
    FailureOr<Value> V = lookup(&Op, Set.getValue());
    if (failed(V))
      return failure();
    Env[EnvIndex.lookup(Set.getVar())].Cur = *V;
    return success();
  }
  if (auto S = dyn_cast<ScopeOp>(Op)) {
    size_t Outer = Env.size();
    Scope.push_back(NextScope++);
    Block *Body = newBlock("scope");
    branchTo(Body);
    enter(Body);
    if (failed(walk(S.getBody().front())))
      return failure();
    truncateEnv(Outer);
    Scope.pop_back();
    Block *Exit = newBlock("scope.exit");
    branchTo(Exit);
    enter(Exit);
    return success();
  }
  if (auto For = dyn_cast<scf::ForOp>(Op))
    return walkFor(For);
  if (auto While = dyn_cast<scf::WhileOp>(Op))
    return walkWhile(While);
  if (auto If = dyn_cast<scf::IfOp>(Op))
    return walkIf(If);
  if (auto Call = dyn_cast<func::CallOp>(Op))
    return walkCall(Call);
  if (auto Ret = dyn_cast<func::ReturnOp>(Op)) {
    if (Ret->getBlock() != &F.getBody().front())
      return Ret.emitOpError("may only end the function's body in circ "
                             "structured form (no early return)");
    SmallVector<Value> Vals;
    for (Value V : Ret.getOperands()) {
      FailureOr<Value> N = lookup(&Op, V);
      if (failed(N))
        return failure();
      Vals.push_back(*N);
    }
    B.setInsertionPointToEnd(Cur);
    func::ReturnOp::create(B, Ret.getLoc(), Vals);
    return success();
  }
  if (Op.getNumRegions() != 0 || Op.hasTrait<OpTrait::IsTerminator>())
    return Op.emitOpError("is not supported in circ structured form");
  // A straight-line op: clone it with its operands' current values.
  IRMapping Map;
  for (Value V : Op.getOperands()) {
    FailureOr<Value> N = lookup(&Op, V);
    if (failed(N))
      return failure();
    Map.map(V, *N);
  }
  B.setInsertionPointToEnd(Cur);
  Operation *New = B.clone(Op, Map);
  for (auto [OldR, NewR] : llvm::zip(Op.getResults(), New->getResults())) {
    if (crossesBlocks(OldR))
      addEntry(OldR, tempIdent(), NewR);
    else
      Local.map(OldR, NewR);
  }
  return success();
}

static std::optional<int64_t> constantOf(Value V) {
  APInt C;
  if (matchPattern(V, m_ConstantInt(&C)))
    return C.getSExtValue();
  return std::nullopt;
}

LogicalResult FunctionBlockifier::walkFor(scf::ForOp For) {
  if (!For.getInitArgs().empty())
    return For.emitOpError("with iter_args is not supported in circ "
                           "structured form; keep loop state in circ.var");
  if (!For.getInductionVar().getType().isSignlessInteger())
    return For.emitOpError("needs integer bounds (write `: i64`)");
  FailureOr<Value> Lb = lookup(For, For.getLowerBound());
  if (failed(Lb))
    return failure();
  // Trip count, where the bounds are constants.
  std::optional<int64_t> Trip;
  auto CL = constantOf(For.getLowerBound()),
       CU = constantOf(For.getUpperBound()), CS = constantOf(For.getStep());
  if (CL && CU && CS && *CS > 0)
    Trip = *CU > *CL ? (*CU - *CL + *CS - 1) / *CS : 0;
  std::optional<int64_t> OuterBound = Bound;
  auto Times = [&](int64_t K) -> std::optional<int64_t> {
    if (!OuterBound || !Trip)
      return std::nullopt;
    return *OuterBound * K;
  };

  size_t Outer = Env.size();
  Scope.push_back(NextScope++);
  Block *From = newBlock("for.from");
  branchTo(From);
  enter(From);
  unsigned LoopId = NextLoop++;
  std::string IvName = ("$i" + Twine(LoopId)).str();
  if (auto Name = For->getAttrOfType<StringAttr>("circ.name"))
    IvName = Name.str();
  int64_t &Version = Versions[{IvName, depth()}];
  addEntry(For.getInductionVar(),
           makeIdentity(F.getSymName(), IvName, depth(), Version++), *Lb);
  // The bounds are read again on every iteration: keep them in the
  // environment unless they are constants.
  for (Value V : {For.getUpperBound(), For.getStep()})
    if (!constantOf(V) && !EnvIndex.count(V)) {
      FailureOr<Value> N = lookup(For, V);
      if (failed(N))
        return failure();
      addEntry(V, tempIdent(), *N);
    }
  size_t LoopEnv = Env.size();
  Bound = Trip ? Times(*Trip + 1) : std::nullopt;
  Block *Header = newBlock("for.header");
  branchTo(Header);
  enter(Header);
  FailureOr<Value> Ub = lookup(For, For.getUpperBound());
  if (failed(Ub))
    return failure();
  Value Iv = Env[EnvIndex.lookup(For.getInductionVar())].Cur;
  Value Cond = arith::CmpIOp::create(B, For.getLoc(), arith::CmpIPredicate::slt,
                                     Iv, *Ub);
  Bound = Trip ? Times(*Trip) : std::nullopt;
  Block *Body = newBlock("for.body");
  // The tail runs after the loop, in the enclosing scope.
  std::vector<EnvEntry> Saved(Env.begin() + Outer, Env.end());
  truncateEnv(Outer);
  SmallVector<int64_t> LoopScope = Scope;
  Scope.pop_back();
  Bound = OuterBound;
  Block *Tail = newBlock("for.tail");
  for (EnvEntry &E : Saved)
    addEntry(E.Key, E.Ident, E.Cur);
  Scope = LoopScope;
  condBranch(For.getLoc(), Cond, Body, Tail);
  enter(Body);
  if (failed(walk(*For.getBody())))
    return failure();
  truncateEnv(LoopEnv);
  Block *Update = newBlock("for.update");
  branchTo(Update);
  enter(Update);
  FailureOr<Value> Step = lookup(For, For.getStep());
  if (failed(Step))
    return failure();
  Iv = Env[EnvIndex.lookup(For.getInductionVar())].Cur;
  Env[EnvIndex.lookup(For.getInductionVar())].Cur =
      arith::AddIOp::create(B, For.getLoc(), Iv, *Step);
  branchTo(Header);
  truncateEnv(Outer);
  moveToEnd(Tail);
  enter(Tail);
  return success();
}

LogicalResult FunctionBlockifier::walkWhile(scf::WhileOp While) {
  if (!While.getInits().empty() || While.getNumResults() != 0)
    return While.emitOpError("with loop-carried values is not supported in "
                             "circ structured form; keep loop state in "
                             "circ.var");
  std::optional<int64_t> OuterBound = Bound;
  size_t Outer = Env.size();
  Scope.push_back(NextScope++);
  Bound = std::nullopt;
  Block *Header = newBlock("while.header");
  branchTo(Header);
  enter(Header);
  if (failed(walk(While.getBefore().front())))
    return failure();
  auto CondOp = While.getConditionOp();
  FailureOr<Value> Cond = lookup(CondOp, CondOp.getCondition());
  if (failed(Cond))
    return failure();
  // Values declared in the condition region are not visible in the body.
  truncateEnv(Outer);
  Block *Body = newBlock("while.body");
  SmallVector<int64_t> LoopScope = Scope;
  Scope.pop_back();
  Bound = OuterBound;
  Block *Tail = newBlock("while.tail");
  Scope = LoopScope;
  condBranch(While.getLoc(), *Cond, Body, Tail);
  enter(Body);
  if (failed(walk(While.getAfter().front())))
    return failure();
  truncateEnv(Outer);
  branchTo(Header);
  moveToEnd(Tail);
  enter(Tail);
  return success();
}

LogicalResult FunctionBlockifier::walkIf(scf::IfOp If) {
  if (If.getNumResults() != 0)
    return If.emitOpError("with results is not supported in circ structured "
                          "form; assign a circ.var in each branch");
  FailureOr<Value> Cond = lookup(If, If.getCondition());
  if (failed(Cond))
    return failure();
  size_t Outer = Env.size();
  bool HasElse = !If.getElseRegion().empty();
  Block *Join = newBlock("if.join");
  Scope.push_back(NextScope++);
  Block *Then = newBlock("if.then");
  Scope.pop_back();
  Block *Else = Join;
  if (HasElse) {
    Scope.push_back(NextScope++);
    Else = newBlock("if.else");
    Scope.pop_back();
  }
  condBranch(If.getLoc(), *Cond, Then, Else);
  enter(Then);
  if (failed(walk(If.getThenRegion().front())))
    return failure();
  truncateEnv(Outer);
  branchTo(Join);
  if (HasElse) {
    moveToEnd(Else);
    enter(Else);
    if (failed(walk(If.getElseRegion().front())))
      return failure();
    truncateEnv(Outer);
    branchTo(Join);
  }
  moveToEnd(Join); // program order: the join comes after the arms
  enter(Join);
  return success();
}

LogicalResult FunctionBlockifier::walkCall(func::CallOp Call) {
  IRMapping Map;
  for (Value V : Call.getOperands()) {
    FailureOr<Value> N = lookup(Call, V);
    if (failed(N))
      return failure();
    Map.map(V, *N);
  }
  B.setInsertionPointToEnd(Cur);
  Operation *New = B.clone(*Call, Map);
  for (auto [OldR, NewR] : llvm::zip(Call.getResults(), New->getResults()))
    addEntry(OldR, tempIdent(), NewR);
  Block *Ret = newBlock(("call." + Call.getCallee() + ".ret").str());
  branchTo(Ret);
  enter(Ret);
  return success();
}

void FunctionBlockifier::writeLabels() {
  MLIRContext *Ctx = F.getContext();
  // The identities of the arguments, read from the environment keys.
  for (Block &Nb : NewBody) {
    BlockInfo &I = Info[&Nb];
    SmallVector<Attribute> Vars;
    for (Value K : I.Keys)
      Vars.push_back(StringAttr::get(Ctx, Idents.lookup(K)));
    B.setInsertionPointToStart(&Nb);
    BlockOp::create(B, F.getLoc(), B.getStringAttr(I.Name),
                    FlatSymbolRefAttr::get(Ctx, F.getSymName()),
                    B.getDenseI64ArrayAttr(I.Scope),
                    I.Bound ? B.getI64IntegerAttr(*I.Bound) : IntegerAttr(),
                    ArrayAttr::get(Ctx, Vars));
  }
}

LogicalResult FunctionBlockifier::run() {
  if (!F.getBody().hasOneBlock())
    return F.emitOpError("in circ structured form has a single-block body; "
                         "is it in block form without circ.block labels?");
  Block &OldEntry = F.getBody().front();
  computeSegments(OldEntry);
  Block *Entry = new Block();
  NewBody.push_back(Entry);
  BlockInfo &I = Info[Entry];
  I.Name = "entry";
  I.Scope = Scope;
  I.Bound = Bound;
  for (BlockArgument A : OldEntry.getArguments()) {
    Value N = Entry->addArgument(A.getType(), A.getLoc());
    std::string Name = ("arg" + Twine(A.getArgNumber())).str();
    if (auto S = F.getArgAttrOfType<StringAttr>(A.getArgNumber(), "circ.name"))
      Name = S.str();
    addEntry(A, makeIdentity(F.getSymName(), Name, 0, Versions[{Name, 0}]++),
             N);
    I.Keys.push_back(A);
  }
  Cur = Entry;
  B.setInsertionPointToEnd(Entry);
  if (failed(walk(OldEntry)))
    return failure();
  if (Cur->empty() || !Cur->back().hasTrait<OpTrait::IsTerminator>())
    return F.emitOpError("must end with func.return");
  writeLabels();
  F.getBody().takeBody(NewBody);
  pruneDeadBlockArgs(F);
  return success();
}

namespace {
struct CircBlockifyPass
    : public circ::impl::CircBlockifyBase<CircBlockifyPass> {
  void runOnOperation() override {
    for (auto F :
         llvm::make_early_inc_range(getOperation().getOps<func::FuncOp>())) {
      if (F.isExternal() || isBlockForm(F))
        continue;
      FunctionBlockifier FB(F);
      if (failed(FB.run()))
        return signalPassFailure();
    }
  }
};
} // namespace
