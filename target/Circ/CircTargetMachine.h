//===- CircTargetMachine.h - circ target machine ----------------*- C++ -*-===//
#ifndef CIRC_CIRCTARGETMACHINE_H
#define CIRC_CIRCTARGETMACHINE_H

#include "Circ.h"
#include "CircBlockFrequencies.h"
#include "CircStatePictures.h"
#include "CircSubtarget.h"
#include "llvm/CodeGen/CodeGenTargetMachineImpl.h"
#include "llvm/Support/raw_ostream.h"
#include "llvm/Target/TargetLoweringObjectFile.h"

#include <map>
#include <optional>
#include <string>

namespace llvm {
class MachineModuleInfo;

class CircTargetMachine : public CodeGenTargetMachineImpl {
  std::unique_ptr<TargetLoweringObjectFile> TLOF;
  /// One subtarget per io width: the width is a property of the module.
  mutable std::map<unsigned, std::unique_ptr<CircSubtarget>> SubtargetByWidth;
  mutable std::optional<std::string> Allocator;
  raw_ostream *Report = nullptr;
  circ::ModuleFrequencies *Frequencies = nullptr;
  circ::StatePictures *Pictures = nullptr;
  unsigned *UnbudgetedWidth = nullptr;
  MachineModuleInfo *SelectedCode = nullptr;
  bool ResumesSelectedCode = false;

public:
  CircTargetMachine(const Target &T, const Triple &TT, StringRef CPU,
                    StringRef FS, const TargetOptions &Options,
                    std::optional<Reloc::Model> RM,
                    std::optional<CodeModel::Model> CM, CodeGenOptLevel OL,
                    bool JIT);

  /// The subtarget for \p F's io width (ioWidthOf its module).
  const CircSubtarget *getSubtargetImpl(const Function &F) const override;

  /// CircTTIImpl: how IR passes lower memcpy, memmove and memset.
  TargetTransformInfo getTargetTransformInfo(const Function &F) const override;

  /// The io width \p M is compiled for: -circ-io-width when it gives a
  /// width (or lower-bound, 0), else the module flag "circ.io-width", else 0
  /// (unbounded).
  unsigned ioWidthOf(const Module &M) const;

  /// The register allocator the pipeline runs ("circ-ts", "circ-local",
  /// "greedy", "fast", ...): -regalloc when given, else circ-ts from -O1 up
  /// and fast at -O0.
  StringRef allocatorName() const;
  /// Whether that is one of circ's own allocators, which understand
  /// transitions, rather than one of LLVM's.
  bool usesCircAllocator() const {
    return circ::isCircAllocator(allocatorName());
  }

  /// Where the -circ-ra-report lines go: errs() unless a driver that
  /// compiles several candidates keeps them apart.
  void setReportStream(raw_ostream *OS) { Report = OS; }
  raw_ostream &reportStream() const { return Report ? *Report : errs(); }
  /// When set, the pipeline records each printed block's frequency there
  /// (CircBlockFrequencies.h); pipelines built afterwards include the pass.
  void setFrequencyRecord(circ::ModuleFrequencies *R) { Frequencies = R; }
  circ::ModuleFrequencies *frequencyRecord() const { return Frequencies; }
  /// When set, the pipeline draws each function's transition states after
  /// allocation there (-circ-dot-states); pipelines built afterwards include
  /// the pass.
  void setStatePictures(circ::StatePictures *P) { Pictures = P; }
  circ::StatePictures *statePictures() const { return Pictures; }
  /// When set, circ-ts compiling under a budget raises it to the io width
  /// each function would need without one (what lower-bound compiles to):
  /// the width choice learns its widest candidate from the compile of its
  /// narrowest.
  void setUnbudgetedWidthRecord(unsigned *W) { UnbudgetedWidth = W; }
  unsigned *unbudgetedWidthRecord() const { return UnbudgetedWidth; }
  /// When set (from -O1), the pipeline keeps there a copy of each machine
  /// function as it stands before the passes that depend on the io width
  /// (circ-keep-selected-code); pipelines built afterwards include the pass.
  void setSelectedCodeKeeper(MachineModuleInfo *MMI) { SelectedCode = MMI; }
  MachineModuleInfo *selectedCodeKeeper() const { return SelectedCode; }
  /// When set, pipelines built afterwards include the keeping pass without
  /// a keeper, so that a compile from kept code can start there
  /// (-start-before=circ-keep-selected-code).
  void setResumesSelectedCode(bool R) { ResumesSelectedCode = R; }
  /// A function whose own arguments and calls want \p ArgumentDemand
  /// argument registers (CircMachineFunctionInfo) compiles to the same code
  /// up to the keeping pass at two io widths with the same key: for circ's
  /// allocators the calling convention's argument registers depend on the
  /// width, for LLVM's the reserved registers too (the key is the width).
  unsigned selectionKey(unsigned Width, unsigned ArgumentDemand) const;
  /// Whether the keeping pass is in the pipeline.
  bool keepsSelectedCode() const { return SelectedCode || ResumesSelectedCode; }

  TargetPassConfig *createPassConfig(PassManagerBase &PM) override;
  TargetLoweringObjectFile *getObjFileLowering() const override {
    return TLOF.get();
  }
  MachineFunctionInfo *
  createMachineFunctionInfo(BumpPtrAllocator &Allocator, const Function &F,
                            const TargetSubtargetInfo *STI) const override;
};

} // namespace llvm

#endif
