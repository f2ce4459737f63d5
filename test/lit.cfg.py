# lit configuration for circ. Tools come from the build's bin/ first, then from
# LLVM 22's bin/ (FileCheck, not, llvm-as), never from the LLVM 14 on PATH.
import os
import lit.formats
from lit.llvm import llvm_config

config.name = "circ"
config.test_format = lit.formats.ShTest(execute_external=False)
config.suffixes = [".ll", ".s", ".c", ".mlir", ".mir", ".test"]
config.excludes = ["Inputs", "tools", "unittests", "fuzz", "lit.cfg.py", "lit.site.cfg.py", "CMakeLists.txt"]
config.test_source_root = os.path.dirname(__file__)
config.test_exec_root = os.path.join(config.circ_obj_root, "test")

llvm_config.use_default_substitutions()
config.environment["PATH"] = os.pathsep.join(
    [config.circ_tools_dir, config.llvm_tools_dir, os.environ.get("PATH", "")])

scripts = os.path.join(config.circ_src_root, "scripts")
config.substitutions.append(("%expect-exit", os.path.join(scripts, "expect-exit.sh")))
config.substitutions.append(("%e2e-check", os.path.join(scripts, "e2e-check.sh")))
config.substitutions.append(("%snarkjs", os.path.join(scripts, "snarkjs.sh")))
config.substitutions.append(("%circ-src", config.circ_src_root))
config.substitutions.append(("%circ-build", config.circ_obj_root))
# The C++ compiler circ was built with, for out-of-tree consumers (test/Install).
config.substitutions.append(("%circ-cxx", config.circ_cxx))
config.environment["CIRC_BUILD_DIR"] = config.circ_obj_root

# The C API is built only by clang (CMakeLists.txt).
if config.circ_capi:
    config.available_features.add("capi")

# A sanitizer report aborts the tool, so that `not` and %expect-exit, which
# accept an ordinary non-zero exit, see a crash (make check-sanitize).
if config.circ_sanitize:
    config.available_features.add("sanitize")
    config.environment["ASAN_OPTIONS"] = "abort_on_error=1:detect_leaks=1"
    config.environment["UBSAN_OPTIONS"] = "abort_on_error=1:print_stacktrace=1"
