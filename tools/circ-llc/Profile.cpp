//===- Profile.cpp - read circ-sim --profile files ------------------------===//

#include "Profile.h"
#include "CircBlockFrequencies.h"
#include "llvm/ADT/SmallVector.h"
#include "llvm/ADT/Twine.h"
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
  Current->Counts.assign(N, 0);
  return true;
}

bool ProfileReader::countLine(ArrayRef<StringRef> Words) {
  unsigned Index;
  uint64_t Count;
  if (Words.size() != 2 || Words[0].getAsInteger(10, Index) ||
      Words[1].getAsInteger(10, Count))
    return error("expected 'IR-BLOCK COUNT' or 'function NAME IR-BLOCKS'");
  if (!Current)
    return error("a count before the first 'function' line");
  if (Index >= Current->NumIRBlocks)
    return error("IR block " + Twine(Index) + " of a function with " +
                 Twine(Current->NumIRBlocks) + " IR blocks");
  Current->Counts[Index] = Count;
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

// Each branch's weights are the counts of the blocks it leads to (exact for
// a successor with one predecessor, an estimate otherwise).
static void weighBranches(Function &F, const FunctionProfile &P) {
  MDBuilder MDB(F.getContext());
  for (BasicBlock &BB : F) {
    Instruction *T = BB.getTerminator();
    if (!T || T->getNumSuccessors() < 2)
      continue;
    SmallVector<uint32_t, 4> Weights;
    uint64_t Sum = 0;
    for (unsigned I = 0; I < T->getNumSuccessors(); ++I) {
      std::optional<unsigned> N = irBlockNumber(*T->getSuccessor(I));
      uint64_t C = N && *N < P.Counts.size() ? P.Counts[*N] : 0;
      Weights.push_back((uint32_t)std::min<uint64_t>(C, UINT32_MAX));
      Sum += C;
    }
    if (Sum)
      T->setMetadata(LLVMContext::MD_prof, MDB.createBranchWeights(Weights));
  }
  F.setEntryCount(P.Counts.empty() ? 0 : P.Counts[0]);
}

void circ::applyBlockProfile(Module &M, const BlockProfile &Profile,
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
    else
      weighBranches(F, It->second);
  }
  for (const auto &Entry : Profile.Functions) {
    const Function *F = M.getFunction(Entry.getKey());
    if (!F || F->isDeclaration())
      Warn() << " names function '" << Entry.getKey()
             << "', which the program does not define\n";
  }
}
