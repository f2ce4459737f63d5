//===- ChooseIOWidth.h - the io width of least predicted cost ---*- C++ -*-===//
//
// -circ-io-width=auto: the io width is one per program and every block
// execution pays for it, so the driver compiles the program at a few
// candidate widths, predicts each result's prover cost with the simulator's
// own model (tools/circ-machine/cost.c) from block frequencies (static, or a
// profile from circ-sim --profile), and keeps the cheapest.
//
//===----------------------------------------------------------------------===//

#ifndef CIRC_TOOLS_CIRCLLC_CHOOSEIOWIDTH_H
#define CIRC_TOOLS_CIRCLLC_CHOOSEIOWIDTH_H

#include "CircBlockFrequencies.h"
#include "CircStatePictures.h"
#include "Profile.h"
#include "llvm/ADT/STLFunctionalExtras.h"
#include "llvm/Support/raw_ostream.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace llvm {
class CircTargetMachine;
class Module;
class TargetMachine;
} // namespace llvm

namespace circ {

/// The program compiled at one width, with its predicted cost.
struct WidthCandidate {
  /// The -circ-io-width it was compiled with: a width, or 0 (lower-bound).
  unsigned Requested = 0;
  /// The .iowidth of its assembly.
  unsigned Width = 0;
  std::string Assembly, Report;
  /// What the compile recorded about its blocks.
  ModuleFrequencies Frequencies;
  /// Its functions' transition states drawn, if asked (-circ-dot-states).
  StatePictures Pictures;
  /// Predicted; for a width not compiled, what it costs at least.
  uint64_t Cost = 0, Transitions = 0, Stack = 0, RAM = 0;
  /// False for a width skipped because its bound (the widest candidate's
  /// code priced at it) could not beat the cheapest already compiled.
  bool Compiled = true;
};

struct WidthChoice {
  std::vector<WidthCandidate> Candidates;
  size_t Chosen = 0;
  /// "static" or "profile".
  std::string Frequencies;
  const WidthCandidate &chosen() const { return Candidates[Chosen]; }
  /// The report line: io-width-choice: width=W predicted-cost=P ...
  void printReportLine(llvm::raw_ostream &OS) const;
  /// Chosen becomes the cheapest candidate.
  void pickCheapest();
  /// A width worth compiling next, next to the cheapest so far.
  std::optional<unsigned> refinement() const;
  /// A neighbour of the cheapest so far not yet looked at, up to \p Widest.
  std::optional<unsigned> untriedNeighbour(unsigned Widest) const;
};

/// Compiles \p M (left unchanged) at the candidate widths and chooses.
/// \p Profile may be null (static frequencies); functions it does not fit
/// get static frequencies. With \p DrawStates each candidate keeps the
/// pictures of its transition states.
WidthChoice chooseIOWidth(const llvm::Module &M, llvm::CircTargetMachine &TM,
                          const BlockProfile *Profile, bool DrawStates);

/// The candidate widths up to \p Widest: 4, the widest width of each step
/// of the transition check's cost below it, and \p Widest itself.
std::vector<unsigned> candidateWidths(unsigned Widest);

/// The widest width whose transition check costs what \p W's does (within
/// MinIOWidth..MaxIOWidth).
unsigned stepTop(unsigned W);

} // namespace circ

#endif
