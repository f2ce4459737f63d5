//===- FunctionEntries.cpp - how often each function is entered -----------===//
//
// The call graph's strongly connected components are visited callers first:
// a function outside a cycle is entered as often as its callers call it,
// which they know by then; the members of a cycle solve x = e + A x, e from
// the callers outside and A the calls per entry inside, by iteration, which
// converges because A is scaled to at most 1 - 1/RecursionEntriesGuess calls
// per entry.
//
//===----------------------------------------------------------------------===//

#include "FunctionEntries.h"

#include <algorithm>
#include <cmath>
#include <functional>
#include <vector>

using namespace llvm;
using namespace circ;

namespace {
/// Functions by index and the calls per entry between them.
struct CallGraph {
  std::vector<std::string> Names;
  /// Calls[Caller] lists (callee, calls per entry of the caller).
  std::vector<std::vector<std::pair<unsigned, double>>> Calls;
  /// Whether some call names the function (else a pointer reaches it).
  std::vector<bool> Named;
};
} // namespace

static CallGraph callGraph(const ModuleFrequencies &Freq) {
  CallGraph G;
  StringMap<unsigned> Index;
  for (const FunctionFrequencies &F : Freq) {
    Index[F.Name] = G.Names.size();
    G.Names.push_back(F.Name);
  }
  G.Calls.resize(G.Names.size());
  G.Named.assign(G.Names.size(), false);
  for (const FunctionFrequencies &F : Freq) {
    unsigned Caller = Index[F.Name];
    for (const BlockFrequency &B : F.Blocks)
      for (const std::string &Callee : B.Callees)
        if (auto It = Index.find(Callee); It != Index.end()) {
          G.Calls[Caller].push_back({It->second, B.PerEntry});
          if (It->second != Caller)
            G.Named[It->second] = true;
        }
  }
  return G;
}

// Tarjan's algorithm; the components come out callees first.
static std::vector<std::vector<unsigned>> components(const CallGraph &G) {
  unsigned N = G.Names.size(), Next = 0;
  std::vector<unsigned> Order(N, ~0u), Low(N, 0), Stack;
  std::vector<bool> OnStack(N, false);
  std::vector<std::vector<unsigned>> Out;
  std::function<void(unsigned)> Visit = [&](unsigned V) {
    Order[V] = Low[V] = Next++;
    Stack.push_back(V);
    OnStack[V] = true;
    for (auto [W, Rate] : G.Calls[V]) {
      if (Order[W] == ~0u) {
        Visit(W);
        Low[V] = std::min(Low[V], Low[W]);
      } else if (OnStack[W]) {
        Low[V] = std::min(Low[V], Order[W]);
      }
    }
    if (Low[V] != Order[V])
      return;
    Out.emplace_back();
    unsigned W;
    do {
      W = Stack.back();
      Stack.pop_back();
      OnStack[W] = false;
      Out.back().push_back(W);
    } while (W != V);
  };
  for (unsigned V = 0; V < N; ++V)
    if (Order[V] == ~0u)
      Visit(V);
  return Out;
}

// The entries of one component's members: \p Entry holds, on the way in,
// what the callers outside add, and on the way out the solution with the
// calls inside scaled.
static void solveComponent(const CallGraph &G,
                           const std::vector<unsigned> &Members,
                           const std::vector<unsigned> &ComponentOf,
                           std::vector<double> &Entry) {
  unsigned Self = ComponentOf[Members.front()];
  const double MaxCalls = 1 - 1 / RecursionEntriesGuess;
  std::vector<double> Scale(G.Names.size(), 1);
  for (unsigned V : Members) {
    double Inside = 0;
    for (auto [W, Rate] : G.Calls[V])
      Inside += ComponentOf[W] == Self ? Rate : 0;
    if (Inside > MaxCalls)
      Scale[V] = MaxCalls / Inside;
  }
  std::vector<double> Outside(Members.size());
  std::vector<size_t> Position(G.Names.size());
  for (size_t I = 0; I < Members.size(); ++I) {
    Outside[I] = Entry[Members[I]];
    Position[Members[I]] = I;
  }
  for (unsigned Round = 0; Round < 100000; ++Round) {
    std::vector<double> Next = Outside;
    for (size_t I = 0; I < Members.size(); ++I)
      for (auto [W, Rate] : G.Calls[Members[I]])
        if (ComponentOf[W] == Self)
          Next[Position[W]] += Entry[Members[I]] * Rate * Scale[Members[I]];
    double Change = 0;
    for (size_t I = 0; I < Members.size(); ++I) {
      Change = std::max(Change, std::fabs(Next[I] - Entry[Members[I]]) /
                                    std::max(1.0, Next[I]));
      Entry[Members[I]] = Next[I];
    }
    if (Change < 1e-12)
      break;
  }
}

StringMap<double> circ::staticEntries(const ModuleFrequencies &Freq) {
  CallGraph G = callGraph(Freq);
  std::vector<std::vector<unsigned>> SCCs = components(G);
  std::vector<unsigned> ComponentOf(G.Names.size());
  for (unsigned C = 0; C < SCCs.size(); ++C)
    for (unsigned V : SCCs[C])
      ComponentOf[V] = C;
  // What each function's callers outside its component add, so far.
  std::vector<double> Entry(G.Names.size());
  for (unsigned V = 0; V < G.Names.size(); ++V)
    Entry[V] = G.Names[V] == "main" || !G.Named[V] ? 1 : 0;
  for (auto C = SCCs.rbegin(); C != SCCs.rend(); ++C) {
    solveComponent(G, *C, ComponentOf, Entry);
    for (unsigned V : *C)
      for (auto [W, Rate] : G.Calls[V])
        if (ComponentOf[W] != ComponentOf[V])
          Entry[W] += Entry[V] * Rate;
  }
  StringMap<double> Out;
  for (unsigned V = 0; V < G.Names.size(); ++V)
    Out[G.Names[V]] = Entry[V];
  return Out;
}
