//===- circ-cc.cpp - the C driver for the circ machine --------------------===//
//
// circ-cc [options] prog.c... -o prog.s
//
// Compiles C with clang into LLVM IR for a proxy target whose ABI circ adopts
// (riscv64 lp64: LP64 integers, large structs by pointer, va_list a plain
// pointer; char signed, as on the machines people compare with), then hands the
// IR and the runtime to circ-llc, which prints one assembly file that circ-sim
// runs.
//
//===----------------------------------------------------------------------===//

#include "llvm/ADT/SmallString.h"
#include "llvm/ADT/StringRef.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/Program.h"
#include "llvm/Support/raw_ostream.h"

#include <string>
#include <vector>

using namespace llvm;

static const char *Usage = R"(usage: circ-cc [options] file... -o out.s

Compiles C (.c), LLVM IR (.ll, .bc) and circ dialect programs (.mlir) for
the circ machine and links the circ runtime in; run the result with circ-sim.

options:
  -O0 -O1 -O2 -O3 -Os   front-end (clang) optimisation level (default -O0)
  -cg-O<n>              code generation level for circ-llc (default 2)
  -o <file>             output assembly (default: a.s)
  -I<dir> -D<m>[=<v>] -U<m> -std=<std> -W<...> -w
                        passed to clang
  -no-runtime           do not link the runtime
  -v                    print the commands run
  -help, --help         this text
  anything else starting with '-' is passed to circ-llc, e.g.
  -regalloc=greedy -circ-io-width=8 -circ-ra-report -verify-machineinstrs

environment: CIRC_CLANG overrides the clang binary.
)";

static int run(ArrayRef<std::string> Cmd, bool Verbose) {
  if (Verbose) {
    for (const std::string &A : Cmd)
      errs() << A << ' ';
    errs() << '\n';
  }
  std::vector<StringRef> Args(Cmd.begin(), Cmd.end());
  std::string ErrMsg;
  int RC = sys::ExecuteAndWait(Cmd[0], Args, std::nullopt, {}, 0, 0, &ErrMsg);
  if (RC < 0)
    errs() << "circ-cc: error: cannot run '" << Cmd[0] << "': " << ErrMsg
           << "\n";
  return RC;
}

int main(int argc, char **argv) {
  std::string Self = sys::fs::getMainExecutable(argv[0], (void *)&main);
  SmallString<256> BinDir(sys::path::parent_path(Self));
  SmallString<256> LLC(BinDir);
  sys::path::append(LLC, "circ-llc");
  SmallString<256> Runtime(sys::path::parent_path(BinDir));
  sys::path::append(Runtime, "lib", "circ", "runtime.bc");
  std::string Clang = CIRC_CLANG_PATH;
  if (const char *Env = getenv("CIRC_CLANG"))
    Clang = Env;

  std::string Output = "a.s", FrontOpt = "-O0", CodegenOpt;
  std::vector<std::string> ClangArgs, LLCArgs, Inputs;
  bool Verbose = false, LinkRuntime = true;

  for (int I = 1; I < argc; ++I) {
    StringRef A = argv[I];
    if (A == "-help" || A == "--help" || A == "-h") {
      outs() << Usage;
      return 0;
    }
    if (A == "-o") {
      if (++I == argc) {
        errs() << "circ-cc: error: -o needs a file name\n";
        return 1;
      }
      Output = argv[I];
    } else if (A == "-v") {
      Verbose = true;
    } else if (A == "-no-runtime") {
      LinkRuntime = false;
    } else if (A.starts_with("-cg-O")) {
      CodegenOpt = ("-O" + A.drop_front(5)).str();
    } else if (A.starts_with("-O")) {
      FrontOpt = A.str();
    } else if (A.starts_with("-I") || A.starts_with("-D") ||
               A.starts_with("-U") || A.starts_with("-std=") ||
               A.starts_with("-W") || A == "-w") {
      ClangArgs.push_back(A.str());
      if ((A == "-I" || A == "-D" || A == "-U") && I + 1 < argc)
        ClangArgs.push_back(argv[++I]);
    } else if (A.starts_with("-")) {
      LLCArgs.push_back(A.str());
    } else {
      Inputs.push_back(A.str());
    }
  }
  if (Inputs.empty()) {
    errs() << "circ-cc: error: no input files (see circ-cc --help)\n";
    return 1;
  }

  std::vector<std::string> Temps;
  auto Cleanup = [&] {
    for (const std::string &T : Temps)
      sys::fs::remove(T);
  };

  std::vector<std::string> IRFiles;
  for (const std::string &In : Inputs) {
    StringRef Ext = sys::path::extension(In);
    if (Ext == ".ll" || Ext == ".bc" || Ext == ".mlir") {
      IRFiles.push_back(In);
      continue;
    }
    if (Ext != ".c") {
      errs() << "circ-cc: error: " << In
             << ": unknown file type (expected .c, .ll, .bc or .mlir)\n";
      Cleanup();
      return 1;
    }
    SmallString<128> Tmp;
    if (sys::fs::createTemporaryFile("circ-cc", "bc", Tmp)) {
      errs() << "circ-cc: error: cannot create a temporary file\n";
      Cleanup();
      return 1;
    }
    Temps.push_back(Tmp.str().str());
    std::vector<std::string> Cmd = {Clang,
                                    "--target=riscv64-unknown-elf",
                                    "-march=rv64i",
                                    "-mabi=lp64",
                                    "-ffreestanding",
                                    "-fno-builtin",
                                    "-fsigned-char",
                                    "-nostdlibinc",
                                    "-fno-jump-tables",
                                    "-g0",
                                    "-isystem",
                                    CIRC_RUNTIME_INCLUDE,
                                    FrontOpt};
    Cmd.insert(Cmd.end(), ClangArgs.begin(), ClangArgs.end());
    Cmd.insert(Cmd.end(), {"-emit-llvm", "-c", In, "-o", Tmp.str().str()});
    if (run(Cmd, Verbose) != 0) {
      Cleanup();
      return 1;
    }
    IRFiles.push_back(Tmp.str().str());
  }

  std::vector<std::string> Cmd = {LLC.str().str(), "-circ-quiet-retarget"};
  if (!CodegenOpt.empty())
    Cmd.push_back(CodegenOpt);
  Cmd.insert(Cmd.end(), LLCArgs.begin(), LLCArgs.end());
  Cmd.insert(Cmd.end(), IRFiles.begin(), IRFiles.end());
  if (LinkRuntime)
    Cmd.push_back("-runtime=" + Runtime.str().str());
  Cmd.insert(Cmd.end(), {"-o", Output});
  int RC = run(Cmd, Verbose);
  Cleanup();
  return RC == 0 ? 0 : 1;
}
