//===- TransitionStates.h - transition states of circ programs --*- C++ -*-===//
//
// The one model of transition states at the dialect level, shared by
// -circ-liveness, -circ-print-transition-states, -circ-io-width and
// -circ-spill.
//
// A transition state is a connected component of the graph whose nodes are
// block entries and block exits: a branch joins its block's exit to each
// successor's entry; a call (a block ending in func.call + cf.br ^ret) joins
// the calling block's exit to the callee's entry; a return joins the callee's
// returning exits to the entry of every call's continuation block.
//
// As in circ_blocks, values live across a call stay in the transition state
// while the callee runs: they are *carried*. A callee's state therefore holds
// its own live values plus what its calling context carries. A context is one
// chain of calls from a root (a function nobody calls); each carried value
// remembers the call it is live across (its origin), so a spill at that call
// or in a scope around it can take it out.
//
// Recursive calls (within one strongly connected component of the call graph)
// open no new context: circ_blocks cannot carry values through them, and
// -circ-spill always pushes the values live across them.
//
//===----------------------------------------------------------------------===//

#ifndef CIRC_ANALYSIS_TRANSITIONSTATES_H
#define CIRC_ANALYSIS_TRANSITIONSTATES_H

#include "circ/Analysis/BlockForm.h"
#include "llvm/ADT/DenseMap.h"
#include "llvm/ADT/StringMap.h"

#include <map>
#include <set>

#include <string>
#include <vector>

namespace circ {

struct CallSite {
  mutable mlir::func::CallOp Call;           // op handles are used by value
  mlir::Block *CallBlock = nullptr;          // ends with the call
  mlir::Block *Ret = nullptr;                // the continuation
  mutable mlir::func::FuncOp Caller, Callee; // Callee null if external
  bool Recursive = false;
  /// Identities live across the call (the continuation's arguments that are
  /// not results of the call).
  std::vector<std::string> LiveAcross;
};

/// A carried value: its identity and the call it is live across.
struct Carried {
  std::string Ident;
  int Origin;
};
using Context = std::vector<Carried>;

enum class StateKind { Entry, Return, Internal };

struct TransitionState {
  unsigned Id = 0;
  mutable mlir::func::FuncOp Owner; // op handles are used by value
  StateKind Kind = StateKind::Internal;
  std::vector<mlir::Block *> Entries, Exits;
  /// The owner's own values live in the state (sorted).
  std::vector<std::string> Local;
};

class TransitionStates {
public:
  /// Builds the model of every function of M; fails with a located error if
  /// a function is not in block form.
  mlir::LogicalResult compute(mlir::ModuleOp M);

  std::vector<TransitionState> States;
  std::vector<CallSite> Calls;
  llvm::DenseMap<mlir::Operation *, std::vector<Context>> Contexts;
  llvm::DenseMap<mlir::Block *, unsigned> InState, OutState;
  std::vector<mlir::func::FuncOp> Funcs;
  /// Set when a function had more calling contexts than we enumerate.
  bool ContextsTruncated = false;

  const std::vector<Context> &contextsOf(const TransitionState &S) const;
  /// Slots the state needs in context C (local values plus carried ones).
  unsigned sizeIn(const TransitionState &S, const Context &C) const;
  /// Our coloured size: the largest single context.
  unsigned colouredSize(const TransitionState &S) const;
  /// circ_blocks' size: every distinct name over all contexts.
  unsigned circBlocksSize(const TransitionState &S) const;
  /// The io width of F's states (or of all states, with a null F): ours
  /// (coloured) and circ_blocks' rule.
  struct Widths {
    unsigned Coloured = 0, CircBlocks = 0;
  };
  Widths widths(mlir::func::FuncOp F = nullptr) const;
  /// Whether the function at Op is part of a recursive cycle.
  bool isRecursive(mlir::func::FuncOp F) const;

private:
  using CallGraph = std::map<mlir::Operation *, std::set<mlir::Operation *>>;
  CallGraph collectCalls(const llvm::StringMap<mlir::func::FuncOp> &ByName);
  void markRecursion(const CallGraph &Callees);
  void numberStates();
  void classify(TransitionState &S);
  void enumerateContexts();

  llvm::DenseMap<mlir::Operation *, bool> RecursiveFuncs;
};

} // namespace circ

#endif // CIRC_ANALYSIS_TRANSITIONSTATES_H
