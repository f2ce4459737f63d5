//===- Passes.td - circ-opt passes -------------------------*- tablegen -*-===//

#ifndef CIRC_PASSES_TD
#define CIRC_PASSES_TD

include "mlir/Pass/PassBase.td"

def CircBlockify : Pass<"circ-blockify", "mlir::ModuleOp"> {
  let summary = "Turn structured circ functions into block form";
  let description = [{
    Rewrites every function in structured form into a CFG whose blocks start
    with a `circ.block` label and whose block arguments are exactly the values
    live on entry (the transition inputs), each named by its source identity
    `function:name@depth.version`. Scopes are entered and left at block
    boundaries as circ_blocks does: `circ.scope` (scope, scope.exit),
    `scf.for` (for.from, for.header, for.body, for.update, for.tail),
    `scf.while` (while.header, while.body, while.tail), `scf.if` (if.then,
    if.else, if.join), and every call ends its block (call.ret continues).
    Functions already in block form are left alone.
  }];
  let dependentDialects = ["circ::CircDialect", "mlir::cf::ControlFlowDialect",
                           "mlir::arith::ArithDialect"];
}

def CircLiveness : Pass<"circ-liveness", "mlir::ModuleOp"> {
  let summary = "Liveness over transition states";
  let description = [{
    Recomputes liveness on block form: drops every block argument that is not
    live (no real use reaches it), then records on each `circ.block` label the
    transition state its entry belongs to (`in_state`) and the one its exit
    belongs to (`out_state`). A transition state is a connected component of
    the graph joining each block's exit to its successors' entries; a call
    joins the calling block's exit to the callee's entry, and a return joins
    the callee's return exits to every call's continuation block.
  }];
}

def CircPrintTransitionStates
    : Pass<"circ-print-transition-states", "mlir::ModuleOp"> {
  let summary = "Print every transition state's live set and the io width";
  let description = [{
    Prints, to stdout, one line per transition state: its id, owning function,
    kind (entry, return or internal), the blocks whose entries and exits it
    joins, its live set, and its size in each calling context; then the io
    width by circ_blocks' rule and by ours (see `-circ-io-width`).
  }];
}

def CircIOWidth : Pass<"circ-io-width", "mlir::ModuleOp"> {
  let summary = "Report the io width: circ_blocks' bound and our coloured width";
  let description = [{
    circ_blocks gives every distinct name live at a transition state its own
    slot, over all calling contexts of the state: its width is the largest
    number of distinct names among a block's outputs. We colour instead: values
    that are live only in different calling contexts of one state never meet,
    so they may share a slot, and a state needs only as many slots as its
    largest single context. The pass prints both per function and for the
    module, and records them on the module as `circ.io_width_circ_blocks` and
    `circ.io_width`.
  }];
}

def CircSpill : Pass<"circ-spill", "mlir::ModuleOp"> {
  let summary = "Spill to the write-once stack until every state fits a width";
  let description = [{
    Stack-coherent spilling. Spill candidates are (variable, location) pairs: a
    variable shadowed by a declaration in a scope that it lives through
    (location: that scope), and a variable live across a call (location: the
    call). Candidates are ranked by states relieved: greedily, by how many
    over-width (state, calling context) pairs they relieve, until every state fits `width`. Each
    chosen location gets one `circ.push` frame (old `%bp` at offset 0; the
    pushes batched at the end of the block that enters the scope, or just
    before the call) and one `circ.pop` where the scope is left or the call
    returns; pops of values nobody reads are dropped. Values live across a
    recursive call are always spilled: circ_blocks cannot carry them.
    A width that cannot be met is an error naming the state.
  }];
  let options = [
    Option<"width", "width", "unsigned", /*default=*/"0",
           "io width to meet (0: spill only what recursion needs)">,
    Option<"report", "report", "bool", /*default=*/"false",
           "print each chosen candidate and a summary to stdout">
  ];
}

def CircVerifyStack : Pass<"circ-verify-stack", "mlir::ModuleOp"> {
  let summary = "Check that push/pop frames nest on every path";
  let description = [{
    Tracks the frame layout (the number of values in each open frame) along
    every path of every function, in structured and in block form: a pop needs
    an open frame and reads only slots that frame holds, all paths into a
    block must agree on the layout, every region of a structured op must leave
    the layout as it found it, and nothing may be open at a return.
  }];
}

def ConvertCircToLLVM : Pass<"convert-circ-to-llvm", "mlir::ModuleOp"> {
  let summary = "Lower block-form circ (with func, arith, cf) to the LLVM dialect";
  let description = [{
    Arrays become LLVM globals, witnesses their hints, `circ.print` and
    `circ.assert` calls into the circ runtime, and `circ.push` / `circ.pop`
    calls to the `__circ_frame`, `__circ_push`, `__circ_ldf` and
    `__circ_popf` builtins, which the circ target selects to the machine's
    `frame`, `push`, `ldf` and `popf` instructions. Block labels are dropped.
  }];
  let dependentDialects = ["mlir::LLVM::LLVMDialect"];
}

#endif // CIRC_PASSES_TD
