//===- ChooseIOWidth.cpp - the io width of least predicted cost -----------===//
//
// Why these candidates: the cost of a width W is the transition check's price
// per block execution (a step function of W: circ_blocks pads the io slots
// and the pairwise circuits to powers of two) plus what the spills cost that
// a narrower W forces. Inside one step a wider W costs the same per
// execution and spills less, so only the widest W of each step can win.
// Above the width the program needs without a budget, L, nothing is
// spilled, but circ-ts still uses the registers a budget leaves it (a
// value live across a call keeps a register instead of a push: mergesort
// at 17 costs x0.973 of 14, its L), so the top of L's own step can win
// too, and nothing beyond it can. So circ-ts's program is compiled at 4
// (where circ-ts also finds L), at the top of L's step and at the step tops
// between (6, 9, 22 and 25 with today's model), each only if the widest
// one's code priced at it could still beat the cheapest so far; then at
// most two widths inside the best one's step. Another allocator leaves the
// registers above L unused, so its candidates stop at L.
//
// Why a prediction, not a run: the simulator's cost needs the program's
// input and can take minutes; the prediction needs only the assembly and
// block counts, and uses the simulator's model itself (cost.c), so the two
// cannot drift apart.
//
//===----------------------------------------------------------------------===//

#include "ChooseIOWidth.h"
#include "CircMachineFunctionInfo.h"
#include "CircTargetMachine.h"
#include "CodeGenPipelines.h"
#include "CopyMachineFunction.h"
#include "EntryBlockSnapshot.h"
#include "FunctionEntries.h"
#include "llvm/ADT/DenseMap.h"
#include "llvm/ADT/StringMap.h"
#include "llvm/CodeGen/MachineFunction.h"
#include "llvm/CodeGen/MachineModuleInfo.h"
#include "llvm/IR/Constants.h"
#include "llvm/IR/Module.h"
#include "llvm/Support/CommandLine.h"
#include "llvm/Support/ErrorHandling.h"
#include "llvm/Transforms/Utils/Cloning.h"

#include <algorithm>
#include <optional>

extern "C" {
#include "asm.h"
#include "cost.h"
#include "r1cs.h"
}

using namespace llvm;
using namespace circ;

/// Compiles beyond the candidates, to look inside the best one's step.
static constexpr unsigned MaxRefinements = 2;
/// With a profile, compiles of the best width's untried neighbours.
static constexpr unsigned MaxNeighbours = 2;

// Whether W + 1 pays more per transition check than W.
static bool endsStep(unsigned W) {
  return transition_cost_per_execution(W + 1 + NUM_RESERVED_SLOTS) >
         transition_cost_per_execution(W + NUM_RESERVED_SLOTS);
}

unsigned circ::stepTop(unsigned W) {
  W = std::clamp(W, MinIOWidth, MaxIOWidth);
  while (W < MaxIOWidth && !endsStep(W))
    ++W;
  return W;
}

std::vector<unsigned> circ::candidateWidths(unsigned Widest) {
  Widest = std::clamp(Widest, MinIOWidth, MaxIOWidth);
  std::vector<unsigned> Widths{MinIOWidth};
  for (unsigned W = MinIOWidth + 1; W < Widest; ++W)
    if (endsStep(W))
      Widths.push_back(W);
  if (Widest > MinIOWidth)
    Widths.push_back(Widest);
  return Widths;
}

// Executions of each block of F per run, from the profile: an IR block's
// count goes to its most frequent machine block, the others of the same IR
// block scale with their static frequency, unless the profile counted as
// many machine blocks of it as F has: then each gets its own, in the order
// of the code (the profiled compile's and this one's split an IR block
// alike where they have the same number of blocks for it; a static share
// of a split `&&` can cross a power of two the blocks term pads to).
static void profiledBlocks(const FunctionFrequencies &F,
                           const FunctionProfile &P, StringMap<double> &Out) {
  std::vector<double> Peak(F.NumIRBlocks, 0);
  std::vector<unsigned> MachineBlocks(F.NumIRBlocks, 0), Seen(F.NumIRBlocks, 0);
  for (const BlockFrequency &B : F.Blocks)
    if (B.IRBlock >= 0) {
      Peak[B.IRBlock] = std::max(Peak[B.IRBlock], B.PerEntry);
      ++MachineBlocks[B.IRBlock];
    }
  double EntryCount = P.Counts.empty() ? 0 : (double)P.Counts[0].value_or(0);
  for (const BlockFrequency &B : F.Blocks) {
    if (B.IRBlock >= 0) {
      const std::vector<uint64_t> &Own = P.MachineBlockCounts[B.IRBlock];
      if (Own.size() > 1 && Own.size() == MachineBlocks[B.IRBlock]) {
        Out[B.Label] = (double)Own[Seen[B.IRBlock]++];
        continue;
      }
    }
    std::optional<uint64_t> Count;
    if (B.IRBlock >= 0 && Peak[B.IRBlock] > 0)
      Count = P.Counts[B.IRBlock];
    // No count: the frequency relative to the entry, which the profile's
    // branch weights have already shaped.
    Out[B.Label] = Count ? (double)*Count * B.PerEntry / Peak[B.IRBlock]
                         : EntryCount * B.PerEntry;
  }
}

// Executions per run of every labelled block of the compiled program.
static StringMap<double> blockExecutions(const ModuleFrequencies &Freq,
                                         const BlockProfile *Profile) {
  StringMap<double> Entry = staticEntries(Freq), Out;
  for (const FunctionFrequencies &F : Freq) {
    if (Profile) {
      auto It = Profile->Functions.find(F.Name);
      if (It != Profile->Functions.end() &&
          It->second.NumIRBlocks == F.NumIRBlocks) {
        profiledBlocks(F, It->second, Out);
        continue;
      }
    }
    for (const BlockFrequency &B : F.Blocks)
      Out[B.Label] = Entry.lookup(F.Name) * B.PerEntry;
  }
  return Out;
}

namespace {
/// A candidate's assembly with its constraint system and predicted block
/// executions, kept for the widest candidate to bound narrower widths.
struct PricedProgram {
  Program *P = nullptr;
  R1cs *R = nullptr;
  std::vector<uint64_t> BlockExecs;
  RunCounts Run;
  PricedProgram() = default;
  PricedProgram(const PricedProgram &) = delete;
  PricedProgram &operator=(const PricedProgram &) = delete;
  ~PricedProgram() {
    if (R)
      r1cs_free(R);
    if (P)
      program_free(P);
  }
  /// The cost of this program's code with the io width \p W: no candidate
  /// at W can cost less, as it runs this code plus what W makes it spill.
  uint64_t costWithWidth(unsigned W) const {
    ProverCost Cost;
    prover_cost_with_slots(R, BlockExecs.data(), &Run, W + NUM_RESERVED_SLOTS,
                           &Cost);
    return Cost.total;
  }
};
} // namespace

// The prover cost cost.c predicts for \p C's assembly; \p Priced keeps what
// it was computed from.
static void predictCost(WidthCandidate &C, const ModuleFrequencies &Freq,
                        const BlockProfile *Profile, PricedProgram &Priced) {
  Program *P =
      assemble_text("<candidate>", C.Assembly.data(), C.Assembly.size());
  if (!P)
    report_fatal_error("circ: internal error: circ-llc's own assembly at io "
                       "width " +
                       Twine(C.Requested) + " does not assemble (see above)");
  Priced.P = P;
  C.Width = P->iowidth;
  R1csOptions Opt = {P->iowidth, 0};
  Priced.R = r1cs_build(P, &Opt);
  if (!Priced.R)
    report_fatal_error("circ: internal error: no constraint system for "
                       "circ-llc's own assembly (see above)");
  StringMap<double> Execs = blockExecutions(Freq, Profile);
  std::vector<double> PCExecs(P->ncode, 0);
  for (size_t PC = 0; PC < P->ncode; ++PC)
    PCExecs[PC] = Execs.lookup(P->src[PC].block);
  Priced.BlockExecs.assign(P->ncode + 3, 0);
  ProverCost Cost;
  prover_cost_predicted(Priced.R, PCExecs.data(), Priced.BlockExecs.data(),
                        &Cost);
  run_counts_of(Priced.R, Priced.BlockExecs.data(), &Priced.Run);
  C.Cost = Cost.total;
  C.Transitions = Cost.transitions;
  C.Stack = Cost.stack;
  C.RAM = Cost.ram;
}

namespace {
/// Compiles the program at one width after another. From -O1 with circ's
/// allocators the IR passes run once, on a clone the candidates compile
/// from, and instruction selection and the SSA optimisations run for a
/// function once for each number of argument registers a width can leave
/// it that its arguments and calls can use (CircTargetMachine::selectionKey:
/// a function of two arguments once, printf's helpers up to seven times),
/// when the first candidate that needs it comes. That code is kept
/// (circ-keep-selected-code) and each candidate compiles from copies of it.
/// Stack colouring changes the IR while it runs (it merges allocas, and a
/// selection after that read it gave an `or` for an `add`), so what it
/// changes is put back after each pipeline (EntryBlockSnapshot). Every
/// width with LLVM's allocators, which reserve the registers above the
/// width, compiles a clone from the start.
class CandidateCompiler {
  const Module &M;
  CircTargetMachine &TM;
  const BlockProfile *Profile;
  bool DrawStates;
  std::unique_ptr<Module> Prepared;
  /// What a compile of Prepared changes in its IR, to put back.
  std::optional<EntryBlockSnapshot> Snapshot;
  std::string PreparedText; // -circ-io-width-check-restored-ir
  /// Each selection's machine code, and each function's by its key.
  std::vector<std::unique_ptr<MachineModuleInfo>> Keepers;
  DenseMap<std::pair<const Function *, unsigned>, const MachineFunction *>
      Selected;
  /// The argument registers a function wants, once it has been selected.
  DenseMap<const Function *, unsigned> Demand;

public:
  CandidateCompiler(const Module &M, CircTargetMachine &TM,
                    const BlockProfile *Profile, bool DrawStates)
      : M(M), TM(TM), Profile(Profile), DrawStates(DrawStates) {}
  /// \p Unbudgeted, if given, is raised to the width the program would
  /// need without a budget.
  WidthCandidate compile(unsigned Width, PricedProgram &Priced,
                         unsigned *Unbudgeted = nullptr);

private:
  void emit(unsigned Width, raw_pwrite_stream &OS);
  void emitFromStart(unsigned Width, raw_pwrite_stream &OS);
  bool selectMissing(unsigned Width);
  void restorePrepared(unsigned Width);
  const MachineFunction *selected(const Function &F, unsigned Width) const;
  void emitFromSelected(unsigned Width, raw_pwrite_stream &OS);
};
} // namespace

static void setWidthFlag(Module &M, unsigned Width) {
  M.setModuleFlag(Module::Error, IOWidthFlagName,
                  ConstantAsMetadata::get(ConstantInt::get(
                      Type::getInt32Ty(M.getContext()), Width)));
}

// The functions code generation makes machine code for.
static bool isGenerated(const Function &F) {
  return !F.isDeclaration() && !F.hasAvailableExternallyLinkage();
}

static cl::opt<bool> ReuseSelection(
    "circ-io-width-reuse-selection", cl::Hidden, cl::init(true),
    cl::desc("-circ-io-width=auto: run the IR passes once, and select a "
             "function again only for a width that selects it differently "
             "(default on; off compiles each candidate from the start, for "
             "comparison: the choice and the code are the same)"));

static cl::opt<bool> CheckRestoredIR(
    "circ-io-width-check-restored-ir", cl::Hidden, cl::init(false),
    cl::desc("-circ-io-width=auto: check after each pipeline that the IR "
             "the candidates compile from is as it was (for tests)"));

void CandidateCompiler::emit(unsigned Width, raw_pwrite_stream &OS) {
  bool Shares = ReuseSelection && TM.getOptLevel() != CodeGenOptLevel::None &&
                TM.usesCircAllocator() && !userBoundsPipeline();
  if (!Shares)
    return emitFromStart(Width, OS);
  if (!Prepared) {
    Prepared = CloneModule(M);
    prepareForSelection(*Prepared, TM);
    Snapshot.emplace(*Prepared);
  }
  setWidthFlag(*Prepared, Width);
  // With the flag set: it is numbered with the functions' metadata.
  if (CheckRestoredIR && PreparedText.empty())
    PreparedText = printFunctions(*Prepared);
  if (selectMissing(Width))
    restorePrepared(Width);
  emitFromSelected(Width, OS);
  restorePrepared(Width);
}

void CandidateCompiler::restorePrepared(unsigned Width) {
  Snapshot->restore();
  if (CheckRestoredIR && printFunctions(*Prepared) != PreparedText)
    report_fatal_error("circ: internal error: the IR the width candidates "
                       "compile from changed in the compile at " +
                       Twine(Width));
}

// What a given width compiles: a clone of the module, from the start.
void CandidateCompiler::emitFromStart(unsigned Width, raw_pwrite_stream &OS) {
  std::unique_ptr<Module> Clone = CloneModule(M);
  setWidthFlag(*Clone, Width);
  generateAssembly(*Clone, TM, OS);
}

// \p F's code kept from a selection alike, if any.
const MachineFunction *CandidateCompiler::selected(const Function &F,
                                                   unsigned Width) const {
  auto D = Demand.find(&F);
  if (D == Demand.end())
    return nullptr;
  return Selected.lookup({&F, TM.selectionKey(Width, D->second)});
}

// Selects the functions no earlier selection serves, if any (then it says
// so): the others are available_externally meanwhile, which code
// generation leaves alone.
bool CandidateCompiler::selectMissing(unsigned Width) {
  struct Hidden {
    Function *F;
    GlobalValue::LinkageTypes Linkage;
    GlobalValue::VisibilityTypes Visibility;
    bool DSOLocal;
  };
  std::vector<Hidden> Served;
  for (Function &F : *Prepared)
    if (isGenerated(F) && selected(F, Width))
      Served.push_back({&F, F.getLinkage(), F.getVisibility(), F.isDSOLocal()});
  if (Served.size() == size_t(count_if(*Prepared, isGenerated)))
    return false;
  for (const Hidden &H : Served)
    H.F->setLinkage(GlobalValue::AvailableExternallyLinkage);
  auto Keeper = std::make_unique<MachineModuleInfo>(&TM);
  TM.setSelectedCodeKeeper(Keeper.get());
  selectUpToKeptCode(*Prepared, TM);
  TM.setSelectedCodeKeeper(nullptr);
  for (const Function &F : *Prepared)
    if (const MachineFunction *MF = Keeper->getMachineFunction(F)) {
      unsigned D =
          MF->getInfo<CircMachineFunctionInfo>()->ArgumentRegisterDemand;
      Demand[&F] = D;
      Selected[{&F, TM.selectionKey(Width, D)}] = MF;
    }
  Keepers.push_back(std::move(Keeper));
  for (const Hidden &H : Served) {
    H.F->setLinkage(H.Linkage);
    H.F->setVisibility(H.Visibility);
    H.F->setDSOLocal(H.DSOLocal);
  }
  return true;
}

// Every function from a copy of its kept code, numbered as a compile from
// the start numbers them (in the module's order).
void CandidateCompiler::emitFromSelected(unsigned Width,
                                         raw_pwrite_stream &OS) {
  auto *MMIWP = new MachineModuleInfoWrapperPass(&TM);
  MachineModuleInfo &MMI = MMIWP->getMMI();
  unsigned Number = 0;
  for (Function &F : *Prepared) {
    if (!isGenerated(F))
      continue;
    const MachineFunction *MF = selected(F, Width);
    if (!MF)
      report_fatal_error("circ: internal error: no selected code for '" +
                         F.getName() + "' at io width " + Twine(Width));
    MMI.insertFunction(F, copyMachineFunction(*MF, *TM.getSubtargetImpl(F),
                                              MMI.getContext(), Number++));
  }
  TM.setResumesSelectedCode(true);
  emitFromKeptCode(*Prepared, TM, OS, MMIWP);
  TM.setResumesSelectedCode(false);
}

WidthCandidate CandidateCompiler::compile(unsigned Width, PricedProgram &Priced,
                                          unsigned *Unbudgeted) {
  WidthCandidate C;
  C.Requested = Width;
  raw_string_ostream Report(C.Report);
  TM.setReportStream(&Report);
  TM.setFrequencyRecord(&C.Frequencies);
  TM.setStatePictures(DrawStates ? &C.Pictures : nullptr);
  TM.setUnbudgetedWidthRecord(Unbudgeted);
  {
    SmallString<0> Text;
    raw_svector_ostream OS(Text);
    emit(Width, OS);
    C.Assembly = Text.str().str();
  }
  TM.setReportStream(nullptr);
  TM.setFrequencyRecord(nullptr);
  TM.setStatePictures(nullptr);
  TM.setUnbudgetedWidthRecord(nullptr);
  predictCost(C, C.Frequencies, Profile, Priced);
  return C;
}

// A candidate width is compiled only if it could beat the cheapest so far:
// it runs the widest candidate's code plus what the narrower width makes it
// spill, so that code priced at the width bounds its cost. Not exactly: a
// narrower width can also shorten a block (fewer values at its exit move);
// on bench/programs and the dialect examples no width cost less than 0.97
// of its bound (aes128 at 25), hence the slack.
static constexpr double BoundSlack = 0.95;

static cl::opt<bool> SkipByBound(
    "circ-io-width-skip-by-bound", cl::Hidden, cl::init(true),
    cl::desc("-circ-io-width=auto: skip a candidate width whose bound cannot "
             "beat the cheapest compiled so far (default on; off compiles "
             "every candidate, for comparison)"));

WidthChoice circ::chooseIOWidth(const Module &M, CircTargetMachine &TM,
                                const BlockProfile *Profile, bool DrawStates) {
  WidthChoice Choice;
  Choice.Frequencies = Profile ? "profile" : "static";
  CandidateCompiler Compiler(M, TM, Profile, DrawStates);
  auto Compile = [&](unsigned W, PricedProgram &Priced,
                     unsigned *Unbudgeted = nullptr) {
    Choice.Candidates.push_back(Compiler.compile(W, Priced, Unbudgeted));
    Choice.pickCheapest();
  };
  // circ-ts finds the width the program needs without a budget, L, while it
  // compiles at the narrowest candidate; another allocator needs a compile
  // at lower-bound to find it (which is a candidate too).
  unsigned Unbudgeted = 0;
  bool FindsWidth = TM.allocatorName() == "circ-ts";
  {
    PricedProgram First; // only the widest candidate's code bounds
    Compile(FindsWidth ? MinIOWidth : 0, First, &Unbudgeted);
  }
  if (!FindsWidth)
    Unbudgeted = Choice.Candidates[0].Width;
  // Below 4 only lower-bound goes: the convention needs 4 to name a width.
  if (FindsWidth && Unbudgeted < MinIOWidth) {
    PricedProgram LowerBound;
    Compile(0, LowerBound);
  }
  unsigned Top = FindsWidth ? stepTop(Unbudgeted) : Unbudgeted;
  std::vector<unsigned> Widths = candidateWidths(Top);
  if (FindsWidth)
    Widths.erase(Widths.begin());
  if (Widths.empty())
    return Choice;
  PricedProgram Widest;
  Compile(Widths.back(), Widest);
  Widths.pop_back();
  auto Try = [&](unsigned W) {
    uint64_t AtLeast = (uint64_t)(BoundSlack * Widest.costWithWidth(W));
    if (SkipByBound && AtLeast >= Choice.chosen().Cost) {
      WidthCandidate Skipped;
      Skipped.Requested = Skipped.Width = W;
      Skipped.Cost = AtLeast;
      Skipped.Compiled = false;
      Choice.Candidates.push_back(std::move(Skipped));
      return;
    }
    PricedProgram Priced;
    Compile(W, Priced);
  };
  for (unsigned W : Widths)
    Try(W);
  for (unsigned Extra = 0; Extra < MaxRefinements; ++Extra) {
    std::optional<unsigned> W = Choice.refinement();
    if (!W)
      break;
    Try(*W);
  }
  // With a profile the prediction is within a fraction of a percent of the
  // run, finer than the few percent by which the blocks' own padding makes
  // neighbouring widths differ, so the best width's neighbours are worth a
  // look; static frequencies are too coarse for that to pay.
  for (unsigned Extra = 0; Profile && Extra < MaxNeighbours; ++Extra) {
    std::optional<unsigned> W = Choice.untriedNeighbour(Top);
    if (!W)
      break;
    Try(*W);
  }
  return Choice;
}

// The cheapest; on a tie the narrowest, then an explicit width.
void WidthChoice::pickCheapest() {
  for (size_t I = 0; I < Candidates.size(); ++I) {
    const WidthCandidate &C = Candidates[I], &Best = chosen();
    if (!C.Compiled)
      continue;
    if (C.Cost < Best.Cost || (C.Cost == Best.Cost && C.Width <= Best.Width))
      Chosen = I;
  }
}

// The blocks' own padding and the allocator make the cost uneven inside a
// step, so the widest width of a step need not be its cheapest: the middle
// of the wider gap beside the best width so far, if any width is left there
// (a width skipped by its bound counts as looked at).
std::optional<unsigned> WidthChoice::refinement() const {
  unsigned Best = chosen().Width, Below = 0, Above = 0;
  for (const WidthCandidate &C : Candidates) {
    if (!C.Requested)
      continue;
    if (C.Width < Best)
      Below = std::max(Below, C.Width);
    else if (C.Width > Best && (!Above || C.Width < Above))
      Above = C.Width;
  }
  unsigned GapBelow = Below ? Best - Below : 0;
  unsigned GapAbove = Above ? Above - Best : 0;
  if (std::max(GapBelow, GapAbove) < 2)
    return std::nullopt;
  return GapBelow >= GapAbove ? Below + GapBelow / 2 : Best + GapAbove / 2;
}

// The narrower, then the wider neighbour of the best width so far that no
// candidate has looked at (compiled or skipped), within 4..\p Widest.
std::optional<unsigned> WidthChoice::untriedNeighbour(unsigned Widest) const {
  unsigned Best = chosen().Width;
  auto Untried = [&](unsigned W) {
    return W >= MinIOWidth && W <= Widest &&
           none_of(Candidates, [&](const WidthCandidate &C) {
             return C.Requested && C.Width == W;
           });
  };
  if (Untried(Best - 1))
    return Best - 1;
  if (Untried(Best + 1))
    return Best + 1;
  return std::nullopt;
}

void WidthChoice::printReportLine(raw_ostream &OS) const {
  const WidthCandidate &C = chosen();
  OS << "io-width-choice: width=" << C.Width << " predicted-cost=" << C.Cost
     << " frequencies=" << Frequencies << " candidates=";
  for (size_t I = 0; I < Candidates.size(); ++I) {
    const WidthCandidate &K = Candidates[I];
    OS << (I ? "," : "");
    if (K.Requested)
      OS << K.Width;
    else
      OS << "lower-bound(" << K.Width << ")";
    OS << (K.Compiled ? ":" : ":>=") << K.Cost;
  }
  OS << "\n";
}
