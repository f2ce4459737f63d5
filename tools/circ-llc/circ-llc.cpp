//===- circ-llc.cpp - LLVM IR to circ assembly ----------------------------===//
//
// An llc for the circ target: reads one or more .ll/.bc files (or circ
// dialect programs, .mlir, lowered in-process), links them,
// retargets the module to circ, rejects what the machine cannot run (floating
// point) with a located error, and prints circ assembly.
//
//===----------------------------------------------------------------------===//

#include "ChooseIOWidth.h"
#include "Circ.h"
#include "CircBlockFrequencies.h"
#include "CircTargetMachine.h"
#include "CodeGenPipelines.h"
#include "KnownTripCounts.h"
#include "MCTargetDesc/CircMCTargetDesc.h"
#include "RunPass.h"
#include "TargetInfo/CircTargetInfo.h"
#include "circ/Conversion/MLIRToLLVMIR.h"
#include "llvm/Analysis/TargetLibraryInfo.h"
#include "llvm/CodeGen/CommandFlags.h"
#include "llvm/CodeGen/MachineModuleInfo.h"
#include "llvm/IR/DebugInfoMetadata.h"
#include "llvm/IR/DiagnosticInfo.h"
#include "llvm/IR/DiagnosticPrinter.h"
#include "llvm/IR/InstIterator.h"
#include "llvm/IR/Instructions.h"
#include "llvm/IR/LLVMContext.h"
#include "llvm/IR/LegacyPassManager.h"
#include "llvm/IR/Module.h"
#include "llvm/IR/Verifier.h"
#include "llvm/IRReader/IRReader.h"
#include "llvm/Linker/Linker.h"
#include "llvm/MC/TargetRegistry.h"
#include "llvm/Support/CommandLine.h"
#include "llvm/Support/ErrorHandling.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/InitLLVM.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/SourceMgr.h"
#include "llvm/Support/ToolOutputFile.h"
#include "llvm/Support/WithColor.h"
#include "llvm/Target/TargetMachine.h"
#include "llvm/Transforms/Utils/Cloning.h"

using namespace llvm;

extern "C" void LLVMInitializeCircTargetInfo();
extern "C" void LLVMInitializeCircTarget();
extern "C" void LLVMInitializeCircTargetMC();
extern "C" void LLVMInitializeCircAsmPrinter();

static cl::OptionCategory CircLLCCategory("circ-llc options");

static cl::list<std::string> InputFiles(cl::Positional, cl::OneOrMore,
                                        cl::desc("<input .ll/.bc/.mlir files>"),
                                        cl::cat(CircLLCCategory));
static cl::opt<std::string> OutputFile("o",
                                       cl::desc("Output file (- = stdout)"),
                                       cl::value_desc("file"), cl::init("-"),
                                       cl::cat(CircLLCCategory));
static cl::opt<char> OptLevel("O",
                              cl::desc("Optimization level: -O0, -O1, -O2 "
                                       "(default) or -O3"),
                              cl::Prefix, cl::init('2'),
                              cl::cat(CircLLCCategory));
static cl::opt<std::string>
    RuntimeFile("runtime",
                cl::desc("Bitcode library to link what the program needs "
                         "from (circ-cc passes the runtime)"),
                cl::value_desc("file"), cl::cat(CircLLCCategory));
static cl::opt<std::string> TripleName("mtriple",
                                       cl::desc("Target triple (circ only)"),
                                       cl::cat(CircLLCCategory));
static cl::opt<std::string> ArchName("march", cl::desc("Target (circ only)"),
                                     cl::cat(CircLLCCategory));
static cl::opt<bool> QuietRetarget(
    "circ-quiet-retarget",
    cl::desc("Do not warn when the input was made for another target"),
    cl::cat(CircLLCCategory));

static cl::list<std::string>
    RunPassNames("run-pass",
                 cl::desc("Run these machine passes (comma-separated, by "
                          "registered name) on a .mir input and print MIR"),
                 cl::value_desc("pass"), cl::CommaSeparated,
                 cl::cat(CircLLCCategory));

static cl::opt<std::string> ProfileFile(
    "circ-profile",
    cl::desc("Block counts from circ-sim --profile for choosing the io "
             "width (and with -circ-profile-weights for code generation)"),
    cl::value_desc("file"), cl::cat(CircLLCCategory));

static cl::opt<std::string> DotStatesDir(
    "circ-dot-states",
    cl::desc("Write one Graphviz file per function to the directory, "
             "DIR/FUNCTION.dot: its blocks and transition states after "
             "register allocation, states labelled with their width and "
             "registers and coloured by width, spill code marked "
             "(docs/regalloc.md, Pictures)"),
    cl::value_desc("dir"), cl::cat(CircLLCCategory));

static cl::opt<bool> ProfileWeights(
    "circ-profile-weights",
    cl::desc("Also give the profile's counts to code generation as branch "
             "weights (spill costs, block placement); off by default, since "
             "block placement then keeps more blocks (docs/regalloc.md)"),
    cl::init(false), cl::cat(CircLLCCategory));

static const char *ToolName = "circ-llc";

[[noreturn]] static void fail(const Twine &Msg) {
  WithColor::error(errs(), ToolName) << Msg << "\n";
  exit(1);
}

// Errors from the back end (unsupported constructs) exit 1 with their
// location; warnings and remarks are printed and compilation goes on.
namespace {
struct CircDiagnosticHandler : public DiagnosticHandler {
  bool handleDiagnostics(const DiagnosticInfo &DI) override {
    if (DI.getSeverity() == DS_Remark || DI.getSeverity() == DS_Note)
      return true;
    raw_ostream &OS = errs();
    OS << ToolName << ": "
       << (DI.getSeverity() == DS_Error ? "error: " : "warning: ");
    DiagnosticPrinterRawOStream DP(OS);
    DI.print(DP);
    OS << "\n";
    if (DI.getSeverity() == DS_Error)
      exit(1);
    return true;
  }
};
} // namespace

static std::string describeLocation(const Instruction &I) {
  std::string S;
  raw_string_ostream OS(S);
  if (const DILocation *Loc = I.getDebugLoc())
    OS << Loc->getFilename() << ":" << Loc->getLine() << ": ";
  OS << "in function '" << I.getFunction()->getName() << "'";
  return S;
}

// Whether T holds floating point satisfying Pred (on the scalar type).
static bool hasFloatingPoint(Type *T, function_ref<bool(Type *)> Pred) {
  if (T->isFPOrFPVectorTy())
    return Pred(T->getScalarType());
  if (auto *ST = dyn_cast<StructType>(T))
    return any_of(ST->elements(),
                  [&](Type *E) { return hasFloatingPoint(E, Pred); });
  if (auto *AT = dyn_cast<ArrayType>(T))
    return hasFloatingPoint(AT->getElementType(), Pred);
  return false;
}

static bool usesType(const Instruction &I, function_ref<bool(Type *)> Pred) {
  if (hasFloatingPoint(I.getType(), Pred))
    return true;
  return any_of(I.operands(), [&](const Use &Op) {
    return hasFloatingPoint(Op->getType(), Pred);
  });
}

// float and double are softened to integers and computed by the runtime
// (runtime/src/softfloat.c); no other floating-point format has routines.
static bool isSoftenedFormat(Type *T) {
  return T->isFloatTy() || T->isDoubleTy();
}

// What the machine cannot run, found before code generation so that the user
// gets the source location rather than a failure deep in the back end.
static const char *unsupportedReason(const Instruction &I) {
  if (usesType(I, [](Type *T) { return !isSoftenedFormat(T); }))
    return "only float and double are supported (long double is double with "
           "circ-cc; half, bfloat and 128-bit formats have no routines)";
  if (const auto *CB = dyn_cast<CallBase>(&I))
    if (CB->isInlineAsm() &&
        (!circ::isEmptyInlineAsm(*CB) || isa<CallBrInst>(CB)))
      return "inline assembly with instructions is not supported (an empty "
             "template, the usual optimisation barrier, is)";
  switch (I.getOpcode()) {
  case Instruction::SDiv:
  case Instruction::UDiv:
  case Instruction::SRem:
  case Instruction::URem:
    // 128 bits go to the runtime's __divti3 and friends; wider has none.
    if (I.getType()->getScalarSizeInBits() > 128)
      return "division of integers wider than 128 bits is not supported";
    break;
  default:
    break;
  }
  return nullptr;
}

// memcpy, memmove, memset and the 128-bit division routines.
static SmallVector<StringRef, 8>
declareIntegerLibcalls(Module &M, SmallVector<StringRef, 8> Names) {
  LLVMContext &Ctx = M.getContext();
  Type *Ptr = PointerType::getUnqual(Ctx);
  Type *I64 = Type::getInt64Ty(Ctx), *I32 = Type::getInt32Ty(Ctx);
  Type *I128 = Type::getInt128Ty(Ctx);
  Names.append({"memcpy", "memmove", "memset"});
  M.getOrInsertFunction("memcpy", Ptr, Ptr, Ptr, I64);
  M.getOrInsertFunction("memmove", Ptr, Ptr, Ptr, I64);
  M.getOrInsertFunction("memset", Ptr, Ptr, I32, I64);
  static const std::pair<unsigned, const char *> Div128[] = {
      {Instruction::SDiv, "__divti3"},
      {Instruction::UDiv, "__udivti3"},
      {Instruction::SRem, "__modti3"},
      {Instruction::URem, "__umodti3"}};
  for (Function &F : M)
    for (Instruction &I : instructions(F))
      for (auto [Opcode, Name] : Div128)
        if (I.getOpcode() == Opcode && I.getType()->isIntegerTy(128) &&
            !M.getFunction(Name)) {
          M.getOrInsertFunction(Name, I128, I128, I128);
          Names.push_back(Name);
        }
  return Names;
}

// Code generation calls these even where the IR does not: declare them so
// that linking the runtime brings in its copies. memcpy, memmove and memset
// always; the 128-bit division routines (runtime/src/int128.c) when the
// module divides 128-bit numbers; the float routines when it computes with
// float or double. Each is declared with the runtime's own type. Returns the
// names declared.
static SmallVector<StringRef, 8> declareCodegenLibcalls(Module &M,
                                                        const Module &RT) {
  SmallVector<StringRef, 8> Names;
  auto Declare = [&](StringRef Name) {
    const Function *Def = RT.getFunction(Name);
    if (!Def || M.getFunction(Name))
      return;
    M.getOrInsertFunction(Name, Def->getFunctionType());
    Names.push_back(Name);
  };
  bool Float = false;
  for (Function &F : M)
    for (Instruction &I : instructions(F))
      Float |= usesType(I, isSoftenedFormat);
  if (Float)
    for (StringRef Name : circ::floatLibcallNames())
      Declare(Name);
  return declareIntegerLibcalls(M, std::move(Names));
}

// With the runtime linked the program is complete: a function that is called
// but defined nowhere is an error here, as a linker's "undefined reference",
// rather than one in the simulator's assembler. What the machine provides
// itself (circ::isMachineBuiltin) needs no definition.
static void rejectUndefined(Module &M) {
  for (Function &F : M) {
    if (!F.isDeclaration() || F.isIntrinsic() || F.use_empty() ||
        circ::isMachineBuiltin(F.getName()))
      continue;
    std::string Where;
    for (const User *U : F.users())
      if (const auto *I = dyn_cast<Instruction>(U)) {
        Where = describeLocation(*I) + ": ";
        break;
      }
    fail(Where + "undefined reference to '" + F.getName() +
         "' (defined neither in the program nor in the circ runtime)");
  }
}

static void rejectUnsupported(Module &M) {
  for (Function &F : M)
    for (Instruction &I : instructions(F))
      if (const char *Why = unsupportedReason(I))
        fail(describeLocation(I) + ": " + Why);
}

// Errors that reach LLVM's fatal handler (an operation instruction selection
// cannot handle) end the same way as ours: a message and exit code 1.
static void fatalHandler(void *, const char *Reason, bool) {
  WithColor::error(errs(), ToolName) << Reason << "\n";
  exit(1);
}

static std::unique_ptr<Module> loadModule(StringRef Path, LLVMContext &Ctx,
                                          const DataLayout &DL) {
  if (Path.ends_with(".mlir")) {
    std::unique_ptr<Module> M = ::circ::lowerMLIRFile(Path, Ctx);
    if (!M)
      exit(1);
    return M;
  }
  SMDiagnostic Err;
  auto SetDL = [&](StringRef, StringRef) -> std::optional<std::string> {
    return DL.getStringRepresentation();
  };
  std::unique_ptr<Module> M =
      parseIRFile(Path, Err, Ctx, ParserCallbacks(SetDL));
  if (!M) {
    Err.print(ToolName, errs());
    exit(1);
  }
  return M;
}

// Points the module at circ: triple, data layout, and no attributes of the
// target it was made for.
static void retarget(Module &M, const TargetMachine &TM, StringRef Source,
                     bool Warn = true) {
  std::string Old = M.getTargetTriple().str();
  if (Warn && !Old.empty() && !StringRef(Old).starts_with("circ") &&
      !QuietRetarget)
    WithColor::warning(errs(), ToolName)
        << Source << ": input is for target '" << Old
        << "'; generating code for circ\n";
  M.setTargetTriple(TM.getTargetTriple());
  M.setDataLayout(TM.createDataLayout());
  for (Function &F : M) {
    F.removeFnAttr("target-cpu");
    F.removeFnAttr("target-features");
    F.removeFnAttr("tune-cpu");
  }
}

// Shows circ's options and the codegen ones a user of circ reaches for, and
// parses the command line.
static void parseCommandLine(int argc, char **argv) {
  auto &Opts = cl::getRegisteredOptions();
  for (const char *Name :
       {"regalloc", "circ-io-width", "circ-spill-rank", "circ-ra-report",
        "verify-machineinstrs", "print-after-all"})
    if (Opts.count(Name)) {
      Opts[Name]->addCategory(CircLLCCategory);
      Opts[Name]->setHiddenFlag(cl::NotHidden);
    }
  cl::HideUnrelatedOptions(CircLLCCategory);
  cl::ParseCommandLineOptions(
      argc, argv,
      "circ-llc: compile LLVM IR or circ dialect programs to circ assembly\n\n"
      "  Inputs are linked into one module, retargeted to circ, and compiled.\n"
      "  A .mlir input (structured or block form) goes through\n"
      "  -circ-to-llvm-pipeline first, and the runtime next to circ-llc\n"
      "  (lib/circ/runtime.bc) is linked unless -runtime says otherwise.\n"
      "  The io width comes from -circ-io-width, else from the module flag\n"
      "  !{i32 1, !\"circ.io-width\", i32 W} (a .mlir module's "
      "circ.io_width),\n"
      "  else from -O1 up circ-llc chooses it (auto): it compiles the program\n"
      "  at a few widths and keeps the one of least predicted prover cost,\n"
      "  from static block frequencies or a -circ-profile from circ-sim\n"
      "  --profile; at -O0 each function gets its lower bound.\n"
      "  -regalloc selects the register allocator: circ-ts (the default from\n"
      "  -O1; fast at -O0), circ-local, or LLVM's fast, basic and greedy\n"
      "  (docs/regalloc.md).\n"
      "  -run-pass=NAME runs one machine pass on a .mir file (circ-llc\n"
      "  -stop-before=NAME writes one).\n"
      "  See docs/machine.md for the machine and the assembly it prints.\n");
  for (const std::string &Name : {TripleName.getValue(), ArchName.getValue()})
    if (!Name.empty() && !StringRef(Name).starts_with("circ"))
      fail("unknown target '" + Name + "': circ-llc only generates circ code");
  unsigned Width = circ::requestedIOWidth().value_or(0);
  if (Width != circ::AutoIOWidth && !circ::isValidIOWidth(Width))
    fail("-circ-io-width=" + Twine(Width) +
         " is out of range: the calling convention needs 4..64 (or auto, or "
         "lower-bound = 0)");
}

static std::unique_ptr<TargetMachine> createCircTargetMachine() {
  CodeGenOptLevel OL;
  switch (OptLevel) {
  case '0':
    OL = CodeGenOptLevel::None;
    break;
  case '1':
    OL = CodeGenOptLevel::Less;
    break;
  case '2':
    OL = CodeGenOptLevel::Default;
    break;
  case '3':
    OL = CodeGenOptLevel::Aggressive;
    break;
  default:
    fail("invalid optimization level -O" + Twine(OptLevel));
  }
  Triple TheTriple("circ");
  std::string Err;
  const Target *T = TargetRegistry::lookupTarget(TheTriple, Err);
  if (!T)
    fail(Err);
  TargetOptions Options;
  std::unique_ptr<TargetMachine> TM(T->createTargetMachine(
      TheTriple, "", "", Options, Reloc::Static, std::nullopt, OL));
  if (!TM)
    fail("could not create the circ target machine");
  return TM;
}

// Programs from the dialect print through the runtime: find it next to
// circ-llc by default.
static void findDefaultRuntime(const char *Argv0) {
  if (!RuntimeFile.empty() || none_of(InputFiles, [](const std::string &In) {
        return StringRef(In).ends_with(".mlir");
      }))
    return;
  SmallString<256> RT(sys::path::parent_path(sys::path::parent_path(
      sys::fs::getMainExecutable(Argv0, (void *)&fatalHandler))));
  sys::path::append(RT, "lib", "circ", "runtime.bc");
  if (sys::fs::exists(RT))
    RuntimeFile = std::string(RT);
}

// The inputs linked into one module, then what the program needs from the
// runtime; fails on what the machine cannot run.
static std::unique_ptr<Module> linkProgram(LLVMContext &Ctx,
                                           TargetMachine &TM) {
  DataLayout DL = TM.createDataLayout();
  std::unique_ptr<Module> M = loadModule(InputFiles[0], Ctx, DL);
  retarget(*M, TM, InputFiles[0]);
  Linker L(*M);
  for (size_t I = 1; I < InputFiles.size(); ++I) {
    std::unique_ptr<Module> Other = loadModule(InputFiles[I], Ctx, DL);
    retarget(*Other, TM, InputFiles[I]);
    if (L.linkInModule(std::move(Other)))
      fail("cannot link '" + InputFiles[I] + "'");
  }
  if (!RuntimeFile.empty()) {
    std::unique_ptr<Module> RT = loadModule(RuntimeFile, Ctx, DL);
    retarget(*RT, TM, RuntimeFile,
             /*Warn=*/false); // ours, built for clang's proxy target
    SmallVector<StringRef, 8> Needed = declareCodegenLibcalls(*M, *RT);
    if (L.linkInModule(std::move(RT), Linker::LinkOnlyNeeded))
      fail("cannot link the runtime '" + RuntimeFile + "'");
    // Declarations nobody defined or used are noise in the output.
    for (StringRef Name : Needed)
      if (Function *F = M->getFunction(Name))
        if (F->isDeclaration() && F->use_empty())
          F->eraseFromParent();
    rejectUndefined(*M);
  }
  if (verifyModule(*M, &errs()))
    fail("the input module is not valid LLVM IR");
  if (Expected<unsigned> W = circ::moduleIOWidthFlag(*M); !W)
    fail(InputFiles[0] + ": " + toString(W.takeError()));
  rejectUnsupported(*M);
  for (Function &F : *M)
    if (!F.isDeclaration())
      circ::numberIRBlocks(F);
  return M;
}

static std::unique_ptr<ToolOutputFile> openOutput() {
  std::error_code EC;
  auto Out = std::make_unique<ToolOutputFile>(OutputFile, EC, sys::fs::OF_Text);
  if (EC)
    fail("cannot open '" + OutputFile + "': " + EC.message());
  return Out;
}

// The cost of a width is the cost of runs from main, so choosing one needs
// the whole program: main and the runtime it calls into.
static bool isWholeProgram(const Module &M) {
  const Function *Main = M.getFunction("main");
  return Main && !Main->isDeclaration() && !RuntimeFile.empty();
}

// auto: asked for, or the default from -O1 when the module states no width.
static bool wantsChosenWidth(const Module &M) {
  if (std::optional<unsigned> W = circ::requestedIOWidth())
    return *W == circ::AutoIOWidth;
  return OptLevel != '0' && !M.getModuleFlag(circ::IOWidthFlagName);
}

// Why a wanted choice falls back to lower-bound: a warning when auto was
// asked for, and the report line.
static void explainNoChoice() {
  if (circ::requestedIOWidth())
    WithColor::warning(errs(), ToolName)
        << "-circ-io-width=auto needs a whole program (main, and the runtime "
           "linked); compiling at lower-bound\n";
  if (circ::raReportEnabled())
    errs() << "io-width-choice: lower-bound (not a whole program)\n";
}

static std::optional<circ::BlockProfile> readProfile() {
  if (ProfileFile.empty())
    return std::nullopt;
  circ::BlockProfile Profile;
  std::string Err;
  if (!circ::readBlockProfile(ProfileFile, Profile, Err))
    fail(Err);
  return Profile;
}

// A file name for a function: characters other than letters, digits, '_',
// '-' and '.' become '_' (and a leading '.' too, so none is hidden).
static std::string pictureFileName(StringRef Function) {
  std::string Name = Function.str();
  for (char &C : Name)
    if (!isAlnum(C) && C != '_' && C != '-' && C != '.')
      C = '_';
  if (Name.empty() || Name[0] == '.')
    Name.insert(0, "_");
  return Name + ".dot";
}

static void writeStatePictures(const circ::StatePictures &Pictures) {
  if (std::error_code EC = sys::fs::create_directories(DotStatesDir))
    fail("cannot create directory '" + DotStatesDir + "': " + EC.message());
  for (const circ::StatePicture &P : Pictures) {
    SmallString<256> Path(DotStatesDir);
    sys::path::append(Path, pictureFileName(P.Function));
    std::error_code EC;
    raw_fd_ostream OS(Path, EC, sys::fs::OF_Text);
    if (EC)
      fail("cannot write '" + Path.str() + "': " + EC.message());
    OS << P.Dot;
    OS.close();
    if (OS.has_error())
      fail("cannot write '" + Path.str() + "': " + OS.error().message());
  }
}

static void emitChosenWidth(Module &M, TargetMachine &TM,
                            const circ::BlockProfile *Profile) {
  circ::WidthChoice Choice =
      circ::chooseIOWidth(M, static_cast<CircTargetMachine &>(TM), Profile,
                          /*DrawStates=*/!DotStatesDir.empty());
  const circ::WidthCandidate &C = Choice.chosen();
  if (!DotStatesDir.empty())
    writeStatePictures(C.Pictures);
  if (circ::raReportEnabled()) {
    errs() << C.Report;
    Choice.printReportLine(errs());
  }
  std::unique_ptr<ToolOutputFile> Out = openOutput();
  Out->os() << C.Assembly;
  Out->keep();
}

// A profile's counts steer the width choice, and with -circ-profile-weights
// every compile's block frequencies (spill costs, block placement). From
// -O1 the trip counts scalar evolution knows weigh the loops no profile
// weighs, whether the width is chosen or given, so that a given width
// compiles to what the choice would have made of it.
static void emitAssembly(Module &M, TargetMachine &TM) {
  std::optional<circ::BlockProfile> Profile = readProfile();
  if (Profile)
    circ::applyBlockProfile(M, *Profile, ProfileWeights, errs());
  if (OptLevel != '0')
    circ::weighKnownTripCounts(M);
  if (wantsChosenWidth(M)) {
    if (isWholeProgram(M))
      return emitChosenWidth(M, TM, Profile ? &*Profile : nullptr);
    explainNoChoice();
  }
  std::unique_ptr<ToolOutputFile> Out = openOutput();
  circ::StatePictures Pictures;
  auto &CircTM = static_cast<CircTargetMachine &>(TM);
  if (!DotStatesDir.empty())
    CircTM.setStatePictures(&Pictures);
  // A clone, as each candidate of the width choice is: code generation
  // follows the order of a value's uses, which cloning changes.
  circ::generateAssembly(*CloneModule(M), TM, Out->os());
  CircTM.setStatePictures(nullptr);
  if (!DotStatesDir.empty())
    writeStatePictures(Pictures);
  Out->keep();
}

int main(int argc, char **argv) {
  InitLLVM X(argc, argv);
  install_fatal_error_handler(fatalHandler);
  LLVMInitializeCircTargetInfo();
  LLVMInitializeCircTarget();
  LLVMInitializeCircTargetMC();
  LLVMInitializeCircAsmPrinter();
  parseCommandLine(argc, argv);
  std::unique_ptr<TargetMachine> TM = createCircTargetMachine();
  if (!RunPassNames.empty()) {
    if (InputFiles.size() != 1 || !StringRef(InputFiles[0]).ends_with(".mir"))
      fail("-run-pass takes one .mir file");
    std::string Err;
    if (!circ::runPassesOnMIR(*TM, InputFiles[0], RunPassNames, OutputFile,
                              Err))
      fail(Err);
    return 0;
  }
  LLVMContext Ctx;
  Ctx.setDiagnosticHandler(std::make_unique<CircDiagnosticHandler>());
  findDefaultRuntime(argv[0]);
  std::unique_ptr<Module> M = linkProgram(Ctx, *TM);
  emitAssembly(*M, *TM);
  return 0;
}
