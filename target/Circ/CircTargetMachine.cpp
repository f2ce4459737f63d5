//===- CircTargetMachine.cpp - circ target machine and options ------------===//

#include "CircTargetMachine.h"
#include "Circ.h"
#include "CircCallingConv.h"
#include "CircMachineFunctionInfo.h"
#include "CircRegisterInfo.h"
#include "CircTargetTransformInfo.h"
#include "TargetInfo/CircTargetInfo.h"
#include "llvm/CodeGen/Passes.h"
#include "llvm/CodeGen/RegAllocRegistry.h"
#include "llvm/CodeGen/TargetLoweringObjectFileImpl.h"
#include "llvm/CodeGen/TargetPassConfig.h"
#include "llvm/IR/Constants.h"
#include "llvm/IR/LegacyPassManager.h"
#include "llvm/IR/Module.h"
#include "llvm/MC/TargetRegistry.h"
#include "llvm/PassRegistry.h"
#include "llvm/Support/CommandLine.h"
#include "llvm/Support/Compiler.h"

using namespace llvm;

namespace {
// -circ-io-width takes a width, or auto, or lower-bound (which is 0).
struct IOWidthParser : public cl::parser<unsigned> {
  using cl::parser<unsigned>::parser;
  bool parse(cl::Option &O, StringRef Name, StringRef Arg, unsigned &Val) {
    if (Arg == "auto") {
      Val = circ::AutoIOWidth;
      return false;
    }
    if (Arg == "lower-bound") {
      Val = 0;
      return false;
    }
    return cl::parser<unsigned>::parse(O, Name, Arg, Val);
  }
  StringRef getValueName() const override { return "W|auto|lower-bound"; }
};
} // namespace

static cl::opt<unsigned, false, IOWidthParser> IOWidth(
    "circ-io-width",
    cl::desc("io width W: only %r0..%r{W-1} carry values across transitions "
             "(4..64); auto: the width of least predicted prover cost (the "
             "default from -O1); lower-bound (or 0): unbounded, each function "
             "at its own lower bound (the default at -O0). A width or "
             "lower-bound overrides the module flag \"circ.io-width\""),
    cl::init(0));

static cl::opt<bool>
    RAReport("circ-ra-report",
             cl::desc("Print one ra-report line per function to stderr, "
                      "and the io-width-choice line when circ-llc chooses "
                      "the width"),
             cl::init(false));

static cl::opt<circ::SpillRanking> SpillRank(
    "circ-spill-rank",
    cl::desc("How circ-ts ranks spills (RAM homes, loop frames) under an io "
             "width budget"),
    cl::values(clEnumValN(circ::SpillRanking::StatesRelieved, "states",
                          "most over-width states relieved, the cheaper on a "
                          "tie (the default; docs/benchmarks.md compares)"),
               clEnumValN(circ::SpillRanking::CostPerState, "cost",
                          "least predicted prover cost per over-width state "
                          "relieved")),
    cl::init(circ::SpillRanking::StatesRelieved));

static cl::opt<bool> RematerializeConstants(
    "circ-rematerialize-constants",
    cl::desc("From -O1: define a constant again in each block that uses it, "
             "so it crosses no transition (default on; off keeps LLVM's "
             "placement, for comparison)"),
    cl::init(true));

bool circ::raReportEnabled() { return RAReport; }

circ::SpillRanking circ::spillRanking() { return SpillRank; }

std::optional<unsigned> circ::requestedIOWidth() {
  if (!IOWidth.getNumOccurrences())
    return std::nullopt;
  return IOWidth.getValue();
}

bool circ::isValidIOWidth(unsigned W) {
  static_assert(MaxIOWidth == CircRegisterInfo::NumGeneralRegs,
                "the widest io width is every general register");
  return W == 0 || (W >= MinIOWidth && W <= MaxIOWidth);
}

Expected<unsigned> circ::moduleIOWidthFlag(const Module &M) {
  Metadata *Flag = M.getModuleFlag(IOWidthFlagName);
  if (!Flag)
    return 0;
  auto *C = mdconst::dyn_extract_or_null<ConstantInt>(Flag);
  if (!C || C->getValue().getActiveBits() > 32 ||
      !isValidIOWidth(C->getZExtValue()))
    return createStringError("module flag \"" + Twine(IOWidthFlagName) +
                             "\" must be an integer: 0 (unbounded) or " +
                             Twine(MinIOWidth) + ".." + Twine(MaxIOWidth));
  return C->getZExtValue();
}

// auto is the driver's business (it writes the flag of each candidate), so
// here it defers to the module flag.
unsigned CircTargetMachine::ioWidthOf(const Module &M) const {
  if (IOWidth.getNumOccurrences() && IOWidth != circ::AutoIOWidth) {
    if (!circ::isValidIOWidth(IOWidth))
      report_fatal_error("-circ-io-width=" + Twine(IOWidth) +
                         " is out of range (0 = unbounded, or 4..64)");
    return IOWidth;
  }
  Expected<unsigned> W = circ::moduleIOWidthFlag(M);
  if (!W)
    report_fatal_error(W.takeError());
  return *W;
}

unsigned CircTargetMachine::selectionKey(unsigned Width,
                                         unsigned ArgumentDemand) const {
  if (!usesCircAllocator())
    return Width;
  unsigned Limit = Width ? Width : CircRegisterInfo::NumGeneralRegs;
  return std::min(ArgumentDemand, argumentRegisterCount(Limit));
}

const CircSubtarget *
CircTargetMachine::getSubtargetImpl(const Function &F) const {
  unsigned W = ioWidthOf(*F.getParent());
  std::unique_ptr<CircSubtarget> &ST = SubtargetByWidth[W];
  if (!ST)
    ST = std::make_unique<CircSubtarget>(TargetTriple, getTargetCPU(),
                                         getTargetFeatureString(), *this, W);
  return ST.get();
}

// The one place that reads -regalloc: LLVM keeps the choice in an option of
// TargetPassConfig.cpp, reachable only through the option registry.
StringRef CircTargetMachine::allocatorName() const {
  if (Allocator)
    return *Allocator;
  using RegAllocOpt = cl::opt<RegisterRegAlloc::FunctionPassCtor, false,
                              RegisterPassParser<RegisterRegAlloc>>;
  auto &Opts = cl::getRegisteredOptions();
  if (auto It = Opts.find("regalloc"); It != Opts.end()) {
    auto *Opt = static_cast<RegAllocOpt *>(It->second);
    for (RegisterRegAlloc *R = RegisterRegAlloc::getList(); R; R = R->getNext())
      if (R->getCtor() == Opt->getValue() && R->getName() != "default")
        return *(Allocator = std::string(R->getName()));
  }
  // circ-ts is the default from -O1 up; -O0 keeps LLVM's fast allocator.
  return *(Allocator =
               getOptLevel() != CodeGenOptLevel::None ? "circ-ts" : "fast");
}
const char *circ::dataLayoutString() {
  // The same layout as clang's riscv64 proxy target, so struct layouts that
  // clang computed stay valid; only i64 is a native integer width.
  return "e-m:e-p:64:64-i64:64-i128:128-n64-S128";
}

CircTargetMachine::CircTargetMachine(const Target &T, const Triple &TT,
                                     StringRef CPU, StringRef FS,
                                     const TargetOptions &Options,
                                     std::optional<Reloc::Model> RM,
                                     std::optional<CodeModel::Model> CM,
                                     CodeGenOptLevel OL, bool)
    : CodeGenTargetMachineImpl(T, circ::dataLayoutString(), TT, CPU, FS,
                               Options, RM.value_or(Reloc::Static),
                               getEffectiveCodeModel(CM, CodeModel::Small), OL),
      TLOF(std::make_unique<TargetLoweringObjectFileELF>()) {
  initAsmInfo();
}

MachineFunctionInfo *CircTargetMachine::createMachineFunctionInfo(
    BumpPtrAllocator &Allocator, const Function &F,
    const TargetSubtargetInfo *STI) const {
  return CircMachineFunctionInfo::create<CircMachineFunctionInfo>(Allocator, F,
                                                                  STI);
}

namespace {
class CircPassConfig : public TargetPassConfig {
public:
  CircPassConfig(CircTargetMachine &TM, PassManagerBase &PM)
      : TargetPassConfig(TM, PM) {
    // After a circ allocator, values cross block boundaries only where the
    // allocator put them. Passes that move code between blocks after
    // allocation (merging common tails, hoisting common heads, loop-invariant
    // motion, sinking copies, deleting a constant that a predecessor already
    // put in the register) would make registers live across transitions,
    // block-local ones included, so they stay off. Duplicating whole blocks
    // is harmless and stays on.
    if (TM.usesCircAllocator()) {
      setEnableTailMerge(false);
      disablePass(&BranchFolderPassID);
      disablePass(&MachineLICMID); // The post-allocation variant.
      disablePass(&PostRAMachineSinkingID);
      disablePass(&MachineLateInstrsCleanupID);
    }
  }

  CircTargetMachine &getCircTargetMachine() const {
    return getTM<CircTargetMachine>();
  }

  void addIRPasses() override {
    addPass(createCircLowerAtomicsPass());
    addPass(createCircLowerEmptyAsmPass());
    addPass(createCircLowerAllocaCallsPass());
    TargetPassConfig::addIRPasses();
  }

  bool addInstSelector() override {
    addPass(createCircISelDag(getCircTargetMachine()));
    return false;
  }

  // The width choice keeps the code here (-circ-io-width=auto): nothing
  // before depends on the width but the calling convention's argument
  // registers, and the passes after do (circ-dedicate-loop-exits under a
  // budget, the allocators).
  void addMachineSSAOptimization() override {
    TargetPassConfig::addMachineSSAOptimization();
    if (getCircTargetMachine().keepsSelectedCode())
      addPass(createCircKeepSelectedCodePass());
  }

  // Undefined values get 0, so no correct program reads poison; then no
  // constant crosses a transition (its copies in the blocks are free), and
  // for circ-ts under a budget every loop exit is the loop's own (so a
  // frame around the loop can close there).
  void addPreRegAlloc() override {
    addPass(createCircMaterializeUndefPass());
    if (getOptLevel() != CodeGenOptLevel::None && RematerializeConstants)
      addPass(createCircRematerializeConstantsPass());
    if (getOptLevel() != CodeGenOptLevel::None)
      addPass(createCircDedicateLoopExitsPass());
    addPass(createCircRAStatsPass(/*AfterAllocation=*/false));
  }

  // circ's own allocators rewrite every virtual register themselves, so they
  // replace LLVM's assign-and-rewrite step instead of joining it.
  bool addRegAssignAndRewriteOptimized() override {
    return addCircAllocator(getCircTargetMachine().allocatorName()) ||
           TargetPassConfig::addRegAssignAndRewriteOptimized();
  }
  bool addRegAssignAndRewriteFast() override {
    return addCircAllocator(getCircTargetMachine().allocatorName()) ||
           TargetPassConfig::addRegAssignAndRewriteFast();
  }
  bool addCircAllocator(StringRef Name) {
    if (Name == "circ-local")
      addPass(createCircLocalRegAlloc());
    else if (Name == "circ-ts")
      addPass(createCircTSRegAlloc());
    else
      return false;
    return true;
  }

  // Between the allocator and frame lowering: count what the allocator did
  // (and draw it), while spill slots are still frame indices.
  void addPostRegAlloc() override {
    addPass(createCircRAStatsPass());
    if (getCircTargetMachine().statePictures())
      addPass(createCircDotStatesPass());
  }

  // After frame lowering, before block placement: what the branch folder
  // would do for LLVM's allocators, without moving code across boundaries.
  void addPreSched2() override {
    if (getOptLevel() != CodeGenOptLevel::None &&
        getCircTargetMachine().usesCircAllocator())
      addPass(createCircMergeBlocksPass());
  }

  // On the final code: write-once frames nest on every path.
  void addPreEmitPass() override { addPass(createCircVerifyStackPass()); }

  // Last before the printer, so that its blocks are the printed ones.
  void addPreEmitPass2() override {
    if (getCircTargetMachine().frequencyRecord())
      addPass(createCircRecordBlockFrequenciesPass());
  }
};
} // namespace

TargetTransformInfo
CircTargetMachine::getTargetTransformInfo(const Function &F) const {
  return TargetTransformInfo(std::make_unique<CircTTIImpl>(*this, F));
}

TargetPassConfig *CircTargetMachine::createPassConfig(PassManagerBase &PM) {
  return new CircPassConfig(*this, PM);
}

extern "C" void LLVMInitializeCircAsmPrinter();

extern "C" LLVM_EXTERNAL_VISIBILITY void LLVMInitializeCircTarget() {
  RegisterTargetMachine<CircTargetMachine> X(getTheCircTarget());
  PassRegistry &PR = *PassRegistry::getPassRegistry();
  initializeCircDAGToDAGISelLegacyPass(PR);
  initializeCircLowerAtomicsPass(PR);
  initializeCircLowerEmptyAsmPass(PR);
  initializeCircLowerAllocaCallsPass(PR);
  initializeCircMaterializeUndefPass(PR);
  initializeCircRematerializeConstantsPass(PR);
  initializeCircDedicateLoopExitsPass(PR);
  initializeCircKeepSelectedCodePass(PR);
  initializeCircMergeBlocksPass(PR);
  initializeCircVerifyStackPass(PR);
  initializeCircRecordBlockFrequenciesPass(PR);
  initializeCircRAStatsPass(PR);
  initializeCircLocalRegAllocPass(PR);
  initializeCircTSRegAllocPass(PR);
  initializeCircDotStatesPass(PR);
}
