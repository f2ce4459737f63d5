/* dijkstra: single-source shortest paths (O(V^2) Dijkstra, adjacency matrix) from 12 sources in a random 64-node weighted digraph. */
#include <stdint.h>
#include <stdio.h>
#include <stdbool.h>
#include <limits.h>

#define V 64
#define INF INT_MAX

static int w[V][V]; /* 0 = no edge */
static int dist[V], prev[V];
static bool done[V];

static void dijkstra(int src) {
  for (int i = 0; i < V; ++i) {
    dist[i] = INF;
    prev[i] = -1;
    done[i] = false;
  }
  dist[src] = 0;
  for (int it = 0; it < V; ++it) {
    int u = -1, best = INF;
    for (int i = 0; i < V; ++i)
      if (!done[i] && dist[i] < best) {
        best = dist[i];
        u = i;
      }
    if (u < 0) break;
    done[u] = true;
    for (int v = 0; v < V; ++v)
      if (w[u][v] && !done[v] && dist[u] + w[u][v] < dist[v]) {
        dist[v] = dist[u] + w[u][v];
        prev[v] = u;
      }
  }
}

int main(void) {
  uint32_t x = 31337;
  for (int i = 0; i < V; ++i)
    for (int j = 0; j < V; ++j) {
      x = x * 1664525u + 1013904223u;
      w[i][j] = (i != j && (x >> 24) < 40) ? 1 + (int)((x >> 8) % 100) : 0;
    }
  for (int i = 0; i < V; ++i) w[i][(i + 1) % V] = 150; /* keep it strongly connected */
  uint32_t h = 0;
  long total = 0;
  int hops = 0;
  for (int s = 0; s < V; s += 6) {
    dijkstra(s);
    for (int i = 0; i < V; ++i) {
      total += dist[i];
      h = h * 31u + (uint32_t)dist[i];
      for (int p = i; prev[p] >= 0; p = prev[p]) ++hops;
    }
  }
  printf("dijkstra total %ld hops %d hash %08x\n", total, hops, h);
  return 0;
}
