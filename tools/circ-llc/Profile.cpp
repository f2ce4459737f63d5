//===- Profile.cpp - read circ-sim --profile files ------------------------===//

#include "Profile.h"
#include "CircBlockFrequencies.h"
#include "llvm/ADT/SmallVector.h"
#include "llvm/ADT/Twine.h"
#include "llvm/IR/CFG.h"
#include "llvm/IR/MDBuilder.h"
#include "llvm/IR/Module.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/raw_ostream.h"

using namespace llvm;
using namespace circ;

namespace {
// One line of the profile, split into words; reports where it went wrong.
struct ProfileReader {
  BlockProfile &Out;
  std::string &Err;
  unsigned Line = 0;
  FunctionProfile *Current = nullptr;

  bool error(const Twine &Msg) {
    Err = (Out.File + ":" + Twine(Line) + ": " + Msg).str();
    return false;
  }
  bool functionLine(ArrayRef<StringRef> Words);
  bool countLine(ArrayRef<StringRef> Words);
  bool line(StringRef Text);
};
} // namespace

bool ProfileReader::functionLine(ArrayRef<StringRef> Words) {
  unsigned N;
  if (Words.size() != 3 || Words[2].getAsInteger(10, N) || N == 0)
    return error("expected 'function NAME IR-BLOCKS'");
  auto [It, New] = Out.Functions.try_emplace(Words[1]);
  if (!New)
    return error("function '" + Words[1] + "' appears twice");
  Current = &It->second;
  Current->NumIRBlocks = N;
  Current->Counts.assign(N, std::nullopt);
  Current->MachineBlockCounts.assign(N, {});
  return true;
}

bool ProfileReader::countLine(ArrayRef<StringRef> Words) {
  unsigned Index;
  uint64_t Count;
  if (Words.size() < 2 || Words.size() == 3 ||
      Words[0].getAsInteger(10, Index) || Words[1].getAsInteger(10, Count))
    return error("expected 'IR-BLOCK COUNT', 'IR-BLOCK COUNT' and the counts "
                 "of two or more machine blocks, or 'function NAME "
                 "IR-BLOCKS'");
  if (!Current)
    return error("a count before the first 'function' line");
  if (Index >= Current->NumIRBlocks)
    return error("IR block " + Twine(Index) + " of a function with " +
                 Twine(Current->NumIRBlocks) + " IR blocks");
  Current->Counts[Index] = Count;
  std::vector<uint64_t> &Parts = Current->MachineBlockCounts[Index];
  Parts.clear();
  for (StringRef Word : Words.drop_front(2)) {
    uint64_t Part;
    if (Word.getAsInteger(10, Part))
      return error("expected a machine block's count, not '" + Word + "'");
    if (Part > Count)
      return error("a machine block of IR block " + Twine(Index) +
                   " entered more often than the IR block");
    Parts.push_back(Part);
  }
  return true;
}

bool ProfileReader::line(StringRef Text) {
  ++Line;
  Text = Text.split('#').first.trim();
  if (Text.empty())
    return true;
  SmallVector<StringRef, 4> Words;
  Text.split(Words, ' ', -1, /*KeepEmpty=*/false);
  if (Words[0] == "function")
    return functionLine(Words);
  return countLine(Words);
}

bool circ::readBlockProfile(StringRef File, BlockProfile &Out,
                            std::string &Err) {
  Out.File = File.str();
  ErrorOr<std::unique_ptr<MemoryBuffer>> Buf = MemoryBuffer::getFile(File);
  if (!Buf) {
    Err =
        "cannot read profile '" + File.str() + "': " + Buf.getError().message();
    return false;
  }
  ProfileReader R{Out, Err};
  StringRef Rest = (*Buf)->getBuffer();
  while (!Rest.empty()) {
    auto [Text, Next] = Rest.split('\n');
    if (!R.line(Text))
      return false;
    Rest = Next;
  }
  return true;
}

namespace {
// The function's blocks by number, for filling in the counts of blocks the
// profiled compile did not have from the flow through their neighbours.
struct CountInference {
  std::vector<BasicBlock *> ByNumber;
  std::vector<std::optional<uint64_t>> &Counts;

  CountInference(Function &F, std::vector<std::optional<uint64_t>> &Counts)
      : ByNumber(Counts.size(), nullptr), Counts(Counts) {
    for (BasicBlock &BB : F)
      if (std::optional<unsigned> N = irBlockNumber(BB);
          N && *N < Counts.size())
        ByNumber[*N] = &BB;
  }
  std::optional<uint64_t> countOf(const BasicBlock *BB) const {
    std::optional<unsigned> N = irBlockNumber(*BB);
    return N && *N < Counts.size() ? Counts[*N] : std::nullopt;
  }
  // What enters through edges from blocks with one successor, if that is
  // all of it (every predecessor known and with one successor).
  std::optional<uint64_t> fromPredecessors(BasicBlock *BB) const;
  // What leaves into a single successor that nothing else enters.
  std::optional<uint64_t> fromSuccessor(BasicBlock *BB) const;
  void run();
};
} // namespace

std::optional<uint64_t> CountInference::fromPredecessors(BasicBlock *BB) const {
  uint64_t Sum = 0;
  bool Any = false;
  for (BasicBlock *P : predecessors(BB)) {
    std::optional<uint64_t> C = countOf(P);
    if (!C || P->getTerminator()->getNumSuccessors() != 1)
      return std::nullopt;
    Sum += *C;
    Any = true;
  }
  return Any ? std::optional<uint64_t>(Sum) : std::nullopt;
}

std::optional<uint64_t> CountInference::fromSuccessor(BasicBlock *BB) const {
  BasicBlock *S = BB->getSingleSuccessor();
  if (!S || S->getSinglePredecessor() != BB)
    return std::nullopt;
  return countOf(S);
}

void CountInference::run() {
  for (bool Changed = true; Changed;) {
    Changed = false;
    for (size_t N = 0; N < Counts.size(); ++N) {
      if (Counts[N] || !ByNumber[N])
        continue;
      std::optional<uint64_t> C = fromPredecessors(ByNumber[N]);
      if (!C)
        C = fromSuccessor(ByNumber[N]);
      if (C) {
        Counts[N] = C;
        Changed = true;
      }
    }
  }
}

// The counts of the edges out of \p BB: an edge to a block that nothing
// else enters carries that block's count, and one other edge the rest of
// BB's count. None when that does not settle them all.
static std::optional<SmallVector<uint32_t, 4>>
edgeCounts(BasicBlock &BB, const CountInference &Inference) {
  std::optional<uint64_t> Total = Inference.countOf(&BB);
  Instruction *T = BB.getTerminator();
  if (!Total)
    return std::nullopt;
  SmallVector<uint32_t, 4> Weights(T->getNumSuccessors(), 0);
  uint64_t Known = 0;
  int Rest = -1;
  for (unsigned I = 0; I < T->getNumSuccessors(); ++I) {
    BasicBlock *S = T->getSuccessor(I);
    std::optional<uint64_t> C = Inference.countOf(S);
    if (C && S->getSinglePredecessor() == &BB) {
      Weights[I] = (uint32_t)std::min<uint64_t>(*C, UINT32_MAX);
      Known += *C;
    } else if (Rest >= 0) {
      return std::nullopt;
    } else {
      Rest = (int)I;
    }
  }
  if (Rest >= 0)
    Weights[Rest] = (uint32_t)std::min<uint64_t>(
        *Total > Known ? *Total - Known : 0, UINT32_MAX);
  return Weights;
}

// Branch weights from the counts, where they settle the edges; other
// branches keep the static estimate.
static void weighBranches(Function &F, FunctionProfile &P,
                          const CountInference &Inference) {
  MDBuilder MDB(F.getContext());
  for (BasicBlock &BB : F) {
    Instruction *T = BB.getTerminator();
    if (!T || T->getNumSuccessors() < 2)
      continue;
    std::optional<SmallVector<uint32_t, 4>> W = edgeCounts(BB, Inference);
    if (W && any_of(*W, [](uint32_t X) { return X != 0; }))
      T->setMetadata(LLVMContext::MD_prof, MDB.createBranchWeights(*W));
  }
  F.setEntryCount(P.Counts.empty() ? 0 : P.Counts[0].value_or(0));
}

void circ::applyBlockProfile(Module &M, BlockProfile &Profile, bool SetWeights,
                             raw_ostream &Diag) {
  auto Warn = [&]() -> raw_ostream & {
    return Diag << "circ-llc: warning: profile '" << Profile.File << "'";
  };
  for (Function &F : M) {
    if (F.isDeclaration())
      continue;
    auto It = Profile.Functions.find(F.getName());
    if (It == Profile.Functions.end())
      Warn() << " has no counts for function '" << F.getName()
             << "'; it gets static frequencies\n";
    else if (It->second.NumIRBlocks != irBlockCount(F))
      Warn() << ": function '" << F.getName() << "' has "
             << It->second.NumIRBlocks << " IR blocks there and "
             << irBlockCount(F)
             << " in the program (a stale profile?); it gets static "
                "frequencies\n";
    else {
      CountInference Inference(F, It->second.Counts);
      Inference.run();
      if (SetWeights)
        weighBranches(F, It->second, Inference);
    }
  }
  for (const auto &Entry : Profile.Functions) {
    const Function *F = M.getFunction(Entry.getKey());
    if (!F || F->isDeclaration())
      Warn() << " names function '" << Entry.getKey()
             << "', which the program does not define\n";
  }
}
