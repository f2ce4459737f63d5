//===- CodeGenPipelines.cpp - code generation in parts --------------------===//
//
// LLVM's legacy code generation pipeline starts and stops at named passes
// through the options -start-before, -stop-before and -stop-after of
// TargetPassConfig.cpp, read when a pipeline is built and reachable only
// through the option registry (as -regalloc is); PipelineBounds sets them
// for one pipeline and puts back what was there.
//
//===----------------------------------------------------------------------===//

#include "CodeGenPipelines.h"
#include "llvm/Analysis/TargetLibraryInfo.h"
#include "llvm/CodeGen/CodeGenTargetMachineImpl.h"
#include "llvm/CodeGen/MachineModuleInfo.h"
#include "llvm/CodeGen/TargetPassConfig.h"
#include "llvm/IR/LegacyPassManager.h"
#include "llvm/IR/Module.h"
#include "llvm/Support/CommandLine.h"
#include "llvm/Support/ErrorHandling.h"
#include "llvm/Target/TargetMachine.h"

#include <string>
#include <utility>
#include <vector>

using namespace llvm;
using namespace circ;

namespace {
class PipelineBounds {
  std::vector<std::pair<cl::opt<std::string> *, std::string>> Saved;

public:
  PipelineBounds &set(StringRef Option, StringRef Pass) {
    auto &Opts = cl::getRegisteredOptions();
    auto It = Opts.find(Option);
    if (It == Opts.end())
      report_fatal_error("circ: internal error: LLVM has no -" + Option);
    auto *Opt = static_cast<cl::opt<std::string> *>(It->second);
    Saved.emplace_back(Opt, Opt->getValue());
    Opt->setValue(Pass.str());
    return *this;
  }
  ~PipelineBounds() {
    for (auto &[Opt, Value] : Saved)
      Opt->setValue(Value);
  }
};
} // namespace

// No library call is known to be there: circ-cc compiles freestanding.
static void addLibraryInfo(legacy::PassManager &PM, const TargetMachine &TM) {
  TargetLibraryInfoImpl TLII(TM.getTargetTriple());
  TLII.disableAllFunctions();
  PM.add(new TargetLibraryInfoWrapperPass(TLII));
}

// A pipeline that prints nothing, within the bounds set: the IR passes and
// instruction selection, and with \p MachinePasses the machine passes.
static void runWithin(Module &M, TargetMachine &TM, bool MachinePasses) {
  legacy::PassManager PM;
  addLibraryInfo(PM, TM);
  TargetPassConfig *TPC =
      static_cast<CodeGenTargetMachineImpl &>(TM).createPassConfig(PM);
  TPC->setDisableVerify(true);
  PM.add(TPC);
  PM.add(new MachineModuleInfoWrapperPass(&TM));
  TPC->addISelPasses();
  if (MachinePasses)
    TPC->addMachinePasses();
  TPC->setInitialized();
  PM.run(M);
}

void circ::prepareForSelection(Module &M, TargetMachine &TM) {
  PipelineBounds Bounds;
  Bounds.set("stop-before", SelectionPass);
  runWithin(M, TM, /*MachinePasses=*/false);
}

void circ::selectUpToKeptCode(Module &M, TargetMachine &TM) {
  PipelineBounds Bounds;
  Bounds.set("start-before", SelectionPass).set("stop-after", KeptCodePass);
  runWithin(M, TM, /*MachinePasses=*/true);
}

// The whole pipeline from \p Start (or from the start), with the machine
// functions of \p Machine if given.
static void runToAssembly(Module &M, TargetMachine &TM, raw_pwrite_stream &OS,
                          StringRef Start,
                          MachineModuleInfoWrapperPass *Machine) {
  PipelineBounds Bounds;
  if (!Start.empty())
    Bounds.set("start-before", Start);
  legacy::PassManager PM;
  addLibraryInfo(PM, TM);
  if (TM.addPassesToEmitFile(PM, OS, nullptr, CodeGenFileType::AssemblyFile,
                             /*DisableVerify=*/true, Machine))
    report_fatal_error("circ: the circ target cannot emit assembly");
  PM.run(M);
}

bool circ::userBoundsPipeline() {
  auto &Opts = cl::getRegisteredOptions();
  for (StringRef Name :
       {"start-before", "start-after", "stop-before", "stop-after"}) {
    auto It = Opts.find(Name);
    if (It != Opts.end() &&
        !static_cast<cl::opt<std::string> *>(It->second)->getValue().empty())
      return true;
  }
  return false;
}

void circ::generateAssembly(Module &M, TargetMachine &TM,
                            raw_pwrite_stream &OS) {
  if (TM.getOptLevel() == CodeGenOptLevel::None || userBoundsPipeline())
    return runToAssembly(M, TM, OS, "", nullptr);
  prepareForSelection(M, TM);
  runToAssembly(M, TM, OS, SelectionPass, nullptr);
}

void circ::emitFromKeptCode(Module &M, TargetMachine &TM, raw_pwrite_stream &OS,
                            MachineModuleInfoWrapperPass *Machine) {
  runToAssembly(M, TM, OS, KeptCodePass, Machine);
}
