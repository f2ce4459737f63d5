//===- RunPass.cpp - circ-llc -run-pass on .mir files ---------------------===//
//
// As llc does: parse a .mir file, run the named machine passes (registered
// with INITIALIZE_PASS) in the target's pass configuration, and print the
// result as MIR. This is how each phase of circ's back end is tested alone.
//
//===----------------------------------------------------------------------===//

#include "RunPass.h"
#include "llvm/CodeGen/CodeGenTargetMachineImpl.h"
#include "llvm/CodeGen/MIRParser/MIRParser.h"
#include "llvm/CodeGen/MIRPrinter.h"
#include "llvm/CodeGen/MachineFunctionPass.h"
#include "llvm/CodeGen/MachineModuleInfo.h"
#include "llvm/CodeGen/Passes.h"
#include "llvm/CodeGen/TargetPassConfig.h"
#include "llvm/IR/LLVMContext.h"
#include "llvm/IR/LegacyPassManager.h"
#include "llvm/IR/Module.h"
#include "llvm/Pass.h"
#include "llvm/PassRegistry.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/SourceMgr.h"
#include "llvm/Support/ToolOutputFile.h"
#include "llvm/Target/TargetMachine.h"

using namespace llvm;

static Pass *createNamedPass(StringRef Name, std::string &Err) {
  const PassInfo *PI = PassRegistry::getPassRegistry()->getPassInfo(Name);
  if (!PI || !PI->getNormalCtor()) {
    Err = "-run-pass: no pass named '" + Name.str() + "'";
    return nullptr;
  }
  return PI->getNormalCtor()();
}

bool circ::runPassesOnMIR(TargetMachine &TM, StringRef InputFile,
                          ArrayRef<std::string> PassNames, StringRef OutputFile,
                          std::string &Err) {
  LLVMContext Ctx;
  SMDiagnostic Diag;
  std::unique_ptr<MIRParser> MIR =
      createMIRParserFromFile(InputFile, Diag, Ctx);
  std::unique_ptr<Module> M = MIR ? MIR->parseIRModule() : nullptr;
  if (!M) {
    Diag.print("circ-llc", errs());
    Err = "cannot read '" + InputFile.str() + "'";
    return false;
  }
  M->setDataLayout(TM.createDataLayout());
  auto *MMIWP = new MachineModuleInfoWrapperPass(&TM);
  if (MIR->parseMachineFunctions(*M, MMIWP->getMMI())) {
    Err = "cannot parse the machine functions of '" + InputFile.str() + "'";
    return false;
  }
  std::error_code EC;
  ToolOutputFile Out(OutputFile, EC, llvm::sys::fs::OF_Text);
  if (EC) {
    Err = "cannot open '" + OutputFile.str() + "': " + EC.message();
    return false;
  }
  legacy::PassManager PM;
  auto &LTM = static_cast<CodeGenTargetMachineImpl &>(TM);
  TargetPassConfig *TPC = LTM.createPassConfig(PM);
  PM.add(TPC);
  PM.add(MMIWP);
  for (const std::string &Name : PassNames) {
    Pass *P = createNamedPass(Name, Err);
    if (!P)
      return false;
    TPC->addMachinePrePasses();
    PM.add(P);
    TPC->addMachinePostPasses(Name);
  }
  TPC->setInitialized();
  PM.add(createPrintMIRPass(Out.os()));
  PM.add(createFreeMachineFunctionPass());
  PM.run(*M);
  Out.keep();
  return true;
}
