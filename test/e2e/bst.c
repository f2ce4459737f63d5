// RUN: %e2e-check %s -O0 -regalloc=greedy
// RUN: %e2e-check %s -O2 -regalloc=greedy -verify-machineinstrs
// RUN: %e2e-check %s -O0 -cg-O0 -regalloc=fast
// RUN: %e2e-check %s -O2 -regalloc=basic -circ-io-width=4
// RUN: %e2e-check %s -O2 -regalloc=circ-local -circ-io-width=4 -verify-machineinstrs
// RUN: %e2e-check %s -O2 -regalloc=circ-local -circ-prefer-callee-saved=false
// RUN: %e2e-check %s -O2 -regalloc=circ-ts -verify-machineinstrs
// RUN: %e2e-check %s -O2 -regalloc=circ-ts -circ-io-width=16
// RUN: %e2e-check %s -O2 -regalloc=circ-ts -circ-io-width=8
// RUN: %e2e-check %s -O2 -regalloc=circ-ts -circ-io-width=4
// RUN: %e2e-check %s -O3 -cg-O3 -regalloc=circ-ts -circ-io-width=16 -verify-machineinstrs
// RUN: %e2e-check %s -O3 -cg-O3 -regalloc=circ-ts -circ-io-width=4
// Binary search tree with malloc: insert, search, in-order walk, height, delete, free; also a heap-allocated trie.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct tree {
  int key;
  int count;
  struct tree *left, *right;
};

static struct tree *insert(struct tree *t, int key) {
  if (!t) {
    t = malloc(sizeof *t);
    t->key = key;
    t->count = 1;
    t->left = t->right = NULL;
    return t;
  }
  if (key < t->key)
    t->left = insert(t->left, key);
  else if (key > t->key)
    t->right = insert(t->right, key);
  else
    t->count++;
  return t;
}

static const struct tree *find(const struct tree *t, int key) {
  while (t && t->key != key)
    t = key < t->key ? t->left : t->right;
  return t;
}

static int height(const struct tree *t) {
  if (!t)
    return 0;
  int l = height(t->left), r = height(t->right);
  return 1 + (l > r ? l : r);
}

static int size(const struct tree *t) { return t ? 1 + size(t->left) + size(t->right) : 0; }

static void walk(const struct tree *t, void (*visit)(const struct tree *)) {
  if (!t)
    return;
  walk(t->left, visit);
  visit(t);
  walk(t->right, visit);
}

static long walk_sum;
static int walk_prev = -1000000, walk_ordered = 1;
static void visit(const struct tree *t) {
  walk_sum += (long)t->key * t->count;
  if (t->key <= walk_prev)
    walk_ordered = 0;
  walk_prev = t->key;
}

static struct tree *delete(struct tree *t, int key) {
  if (!t)
    return NULL;
  if (key < t->key) {
    t->left = delete(t->left, key);
  } else if (key > t->key) {
    t->right = delete(t->right, key);
  } else if (!t->left || !t->right) {
    struct tree *child = t->left ? t->left : t->right;
    free(t);
    return child;
  } else {
    struct tree *m = t->right;
    while (m->left)
      m = m->left;
    t->key = m->key;
    t->count = m->count;
    t->right = delete(t->right, m->key);
  }
  return t;
}

static void destroy(struct tree *t) {
  if (!t)
    return;
  destroy(t->left);
  destroy(t->right);
  free(t);
}

struct trie { struct trie *child[26]; int words; };
static void trie_add(struct trie *t, const char *w) {
  for (; *w; w++) {
    int c = *w - 'a';
    if (!t->child[c])
      t->child[c] = calloc(1, sizeof(struct trie));
    t = t->child[c];
  }
  t->words++;
}
static int trie_count_prefix(const struct trie *t) {
  int n = t->words;
  for (int i = 0; i < 26; i++)
    if (t->child[i])
      n += trie_count_prefix(t->child[i]);
  return n;
}
static const struct trie *trie_find(const struct trie *t, const char *p) {
  for (; t && *p; p++)
    t = t->child[*p - 'a'];
  return t;
}
static void trie_free(struct trie *t) {
  for (int i = 0; i < 26; i++)
    if (t->child[i])
      trie_free(t->child[i]);
  free(t);
}

int main(void) {
  struct tree *root = NULL;
  unsigned x = 2463534242u;
  for (int i = 0; i < 400; i++) {
    x ^= x << 13;
    x ^= x >> 17;
    x ^= x << 5;
    root = insert(root, (int)(x % 1000));
  }
  printf("size %d height %d\n", size(root), height(root));
  walk(root, visit);
  printf("walk sum %ld ordered %d\n", walk_sum, walk_ordered);
  int hits = 0;
  for (int k = 0; k < 1000; k += 10)
    hits += find(root, k) != NULL;
  printf("found %d of 100 probes\n", hits);
  for (int k = 0; k < 1000; k += 3)
    root = delete(root, k);
  walk_sum = 0;
  walk_prev = -1000000;
  walk(root, visit);
  printf("after delete: size %d height %d sum %ld ordered %d\n", size(root), height(root),
         walk_sum, walk_ordered);
  destroy(root);

  struct trie *t = calloc(1, sizeof *t);
  const char *words[] = {"car", "cart", "carbon", "cat", "dog", "door", "do", "dot", "card", "care"};
  for (int i = 0; i < 10; i++)
    trie_add(t, words[i]);
  const char *prefixes[] = {"ca", "car", "do", "d", "x", "cart"};
  for (int i = 0; i < 6; i++) {
    const struct trie *n = trie_find(t, prefixes[i]);
    printf("prefix %s: %d\n", prefixes[i], n ? trie_count_prefix(n) : 0);
  }
  trie_free(t);
  return 11;
}
