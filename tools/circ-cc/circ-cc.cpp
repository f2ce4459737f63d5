//===- circ-cc.cpp - the C driver for the circ machine --------------------===//
//
// circ-cc [options] prog.c... -o prog.s
// circ-cc -c prog.c [-o prog.o]          (bitcode; link later with circ-cc)
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
       circ-cc -c file.c [-o file.o]     (or -S -emit-llvm: LLVM IR text)

Compiles C (.c), LLVM IR (.ll, .bc, and .o files that circ-cc -c wrote) and
circ dialect programs (.mlir) for the circ machine and links the circ
runtime in; run the result with circ-sim. With -c (or -S -emit-llvm) it stops
after the front end and writes one bitcode (LLVM IR) file per C file, so a
build system can compile files separately and link them with circ-cc.

options:
  -O0 -O1 -O2 -O3 -Os   front-end (clang) optimisation level (default -O0)
  -cg-O<n>              code generation level for circ-llc (default 2)
  -o <file>             output (default: a.s; with -c: file.o, -S: file.ll)
  -c                    stop after the front end: bitcode
  -S -emit-llvm         stop after the front end: LLVM IR text
  -I<dir> -D<m>[=<v>] -U<m> -std=<std> -W<...> -w -f<...> -g<...>
  -include <file> -isystem <dir> -iquote <dir> -idirafter <dir>
  -Xclang <arg>         passed to clang
  -no-runtime           do not link the runtime
  -v                    print the commands run
  -help, --help         this text
  anything else starting with '-' is passed to circ-llc, e.g.
  -regalloc=greedy -circ-io-width=8 -circ-ra-report -verify-machineinstrs
  (without -circ-io-width circ-llc chooses the width; -circ-profile=FILE
  from circ-sim --profile=FILE makes the choice, and the spills, follow a run)

files: circ-cc runs PREFIX/bin/circ-llc, links PREFIX/lib/circ/runtime.bc
and gives clang the runtime's headers in PREFIX/lib/circ/include, where
PREFIX is the directory above the one circ-cc is in (the build tree or an
installation: cmake --install). clang is PREFIX/bin/clang-22 if there is one,
else the clang circ was built with.

environment: CIRC_CLANG overrides the clang binary.
)";

namespace {
struct Options {
  std::string Output, FrontOpt = "-O0", CodegenOpt;
  std::vector<std::string> ClangArgs, LLCArgs, Inputs;
  bool Verbose = false, LinkRuntime = true;
  bool StopAfterFrontEnd = false, EmitText = false, EmitLLVM = false;
  // Found from where circ-cc is (findInstallation).
  std::string Clang, LLC, Runtime, RuntimeInclude;
};
} // namespace

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

// clang's options that circ-cc passes on: one word, or a word and its value.
static bool isClangOption(StringRef A) {
  return A.starts_with("-I") || A.starts_with("-D") || A.starts_with("-U") ||
         A.starts_with("-std=") || A.starts_with("-W") || A == "-w" ||
         A.starts_with("-f") || A.starts_with("-g") || A == "-include" ||
         A == "-isystem" || A == "-iquote" || A == "-idirafter" ||
         A == "-Xclang";
}

static bool takesValue(StringRef A) {
  return A == "-I" || A == "-D" || A == "-U" || A == "-include" ||
         A == "-isystem" || A == "-iquote" || A == "-idirafter" ||
         A == "-Xclang";
}

// Returns 0 after --help (nothing more to do), 1 to go on, -1 on an error.
static int parseArgs(int argc, char **argv, Options &O) {
  for (int I = 1; I < argc; ++I) {
    StringRef A = argv[I];
    if (A == "-help" || A == "--help" || A == "-h") {
      outs() << Usage;
      return 0;
    }
    if (A == "-o" || takesValue(A)) {
      if (I + 1 == argc) {
        errs() << "circ-cc: error: " << A << " needs a value\n";
        return -1;
      }
      if (A == "-o") {
        O.Output = argv[++I];
        continue;
      }
    }
    if (A == "-v") {
      O.Verbose = true;
    } else if (A == "-no-runtime") {
      O.LinkRuntime = false;
    } else if (A == "-c") {
      O.StopAfterFrontEnd = true;
    } else if (A == "-S") {
      O.StopAfterFrontEnd = O.EmitText = true;
    } else if (A == "-emit-llvm") {
      O.EmitLLVM = true;
    } else if (A.starts_with("-cg-O")) {
      O.CodegenOpt = ("-O" + A.drop_front(5)).str();
    } else if (A.starts_with("-O")) {
      O.FrontOpt = A.str();
    } else if (isClangOption(A)) {
      O.ClangArgs.push_back(A.str());
      if (takesValue(A))
        O.ClangArgs.push_back(argv[++I]);
    } else if (A.starts_with("-")) {
      O.LLCArgs.push_back(A.str());
    } else {
      O.Inputs.push_back(A.str());
    }
  }
  if (O.Inputs.empty()) {
    errs() << "circ-cc: error: no input files (see circ-cc --help)\n";
    return -1;
  }
  if (O.EmitText && !O.EmitLLVM) {
    errs() << "circ-cc: error: -S needs -emit-llvm (circ assembly is what "
              "circ-cc writes without -S)\n";
    return -1;
  }
  return 1;
}

// The tools and runtime circ-cc uses, relative to the prefix it is installed
// in (or the build tree, which has the same layout), so that an installation
// can be moved.
static void findInstallation(StringRef Self, Options &O) {
  SmallString<256> Prefix(sys::path::parent_path(sys::path::parent_path(Self)));
  auto Under = [&](std::initializer_list<StringRef> Parts) {
    SmallString<256> P(Prefix);
    for (StringRef Part : Parts)
      sys::path::append(P, Part);
    return P.str().str();
  };
  O.LLC = Under({"bin", "circ-llc"});
  O.Runtime = Under({"lib", "circ", "runtime.bc"});
  O.RuntimeInclude = Under({"lib", "circ", "include"});
  std::string Beside = Under({"bin", "clang-22"});
  O.Clang = sys::fs::can_execute(Beside) ? Beside : CIRC_CLANG_PATH;
  if (const char *Env = getenv("CIRC_CLANG"))
    O.Clang = Env;
}

// clang for one C file: bitcode, or IR text, at Out.
static int frontEnd(const Options &O, const std::string &In,
                    const std::string &Out, bool Text) {
  std::vector<std::string> Cmd = {O.Clang,
#include "FrontendFlags.inc" // tools/circ-cc/frontend-flags.txt
                                  "-g0", "-isystem", O.RuntimeInclude,
                                  // What the proxy target lacks (setjmp).
                                  "-include", "__circ_builtins.h", O.FrontOpt};
  Cmd.insert(Cmd.end(), O.ClangArgs.begin(), O.ClangArgs.end());
  Cmd.insert(Cmd.end(), {"-emit-llvm", Text ? "-S" : "-c", In, "-o", Out});
  return run(Cmd, O.Verbose) == 0 ? 0 : 1;
}

static bool isIR(StringRef Ext) {
  return Ext == ".ll" || Ext == ".bc" || Ext == ".o" || Ext == ".mlir";
}

// -c / -S -emit-llvm: one output per C input, nothing linked.
static int compileOnly(const Options &O) {
  if (!O.Output.empty() && O.Inputs.size() > 1) {
    errs() << "circ-cc: error: cannot name one output (-o) for several "
              "inputs with -c or -S\n";
    return 1;
  }
  for (const std::string &In : O.Inputs) {
    if (sys::path::extension(In) != ".c") {
      errs() << "circ-cc: error: " << In
             << ": -c and -S take C files (.c) only\n";
      return 1;
    }
    SmallString<128> Out(sys::path::filename(In));
    sys::path::replace_extension(Out, O.EmitText ? "ll" : "o");
    if (frontEnd(O, In, O.Output.empty() ? Out.str().str() : O.Output,
                 O.EmitText))
      return 1;
  }
  return 0;
}

int main(int argc, char **argv) {
  Options O;
  int Parsed = parseArgs(argc, argv, O);
  if (Parsed <= 0)
    return Parsed < 0 ? 1 : 0;
  findInstallation(sys::fs::getMainExecutable(argv[0], (void *)&main), O);
  if (O.StopAfterFrontEnd)
    return compileOnly(O);

  std::vector<std::string> Temps, IRFiles;
  auto Finish = [&](int RC) {
    for (const std::string &T : Temps)
      sys::fs::remove(T);
    return RC;
  };
  for (const std::string &In : O.Inputs) {
    StringRef Ext = sys::path::extension(In);
    if (isIR(Ext)) {
      IRFiles.push_back(In);
      continue;
    }
    if (Ext != ".c") {
      errs() << "circ-cc: error: " << In
             << ": unknown file type (expected .c, .ll, .bc, .o or .mlir)\n";
      return Finish(1);
    }
    SmallString<128> Tmp;
    if (sys::fs::createTemporaryFile("circ-cc", "bc", Tmp)) {
      errs() << "circ-cc: error: cannot create a temporary file\n";
      return Finish(1);
    }
    Temps.push_back(Tmp.str().str());
    if (frontEnd(O, In, Tmp.str().str(), /*Text=*/false))
      return Finish(1);
    IRFiles.push_back(Tmp.str().str());
  }

  std::vector<std::string> Cmd = {O.LLC, "-circ-quiet-retarget"};
  if (!O.CodegenOpt.empty())
    Cmd.push_back(O.CodegenOpt);
  Cmd.insert(Cmd.end(), O.LLCArgs.begin(), O.LLCArgs.end());
  Cmd.insert(Cmd.end(), IRFiles.begin(), IRFiles.end());
  if (O.LinkRuntime)
    Cmd.push_back("-runtime=" + O.Runtime);
  Cmd.insert(Cmd.end(), {"-o", O.Output.empty() ? "a.s" : O.Output});
  return Finish(run(Cmd, O.Verbose) == 0 ? 0 : 1);
}
