/* bst: unbalanced binary search tree on malloc'd nodes: 3000 inserts, recursive height and in-order checks, 1500 deletes, then free. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

typedef struct node {
  uint32_t key;
  struct node *left, *right;
} node;

static node *insert(node *t, uint32_t key, int *added) {
  if (!t) {
    node *n = malloc(sizeof *n);
    if (!n) exit(2);
    n->key = key;
    n->left = n->right = NULL;
    *added = 1;
    return n;
  }
  if (key < t->key) t->left = insert(t->left, key, added);
  else if (key > t->key) t->right = insert(t->right, key, added);
  return t;
}

static node *remove_key(node *t, uint32_t key, int *removed) {
  if (!t) return NULL;
  if (key < t->key) {
    t->left = remove_key(t->left, key, removed);
  } else if (key > t->key) {
    t->right = remove_key(t->right, key, removed);
  } else {
    *removed = 1;
    if (!t->left || !t->right) {
      node *c = t->left ? t->left : t->right;
      free(t);
      return c;
    }
    node *m = t->right; /* in-order successor */
    while (m->left) m = m->left;
    t->key = m->key;
    int dummy = 0;
    t->right = remove_key(t->right, m->key, &dummy);
  }
  return t;
}

static int height(const node *t) {
  if (!t) return 0;
  int l = height(t->left), r = height(t->right);
  return 1 + (l > r ? l : r);
}

/* in-order walk: hash of keys in order, and whether they increase */
static void walk(const node *t, uint32_t *h, int64_t *last, int *ok, int *count) {
  if (!t) return;
  walk(t->left, h, last, ok, count);
  if ((int64_t)t->key <= *last) *ok = 0;
  *last = t->key;
  *h = *h * 31u + t->key;
  ++*count;
  walk(t->right, h, last, ok, count);
}

static void destroy(node *t) {
  if (!t) return;
  destroy(t->left);
  destroy(t->right);
  free(t);
}

int main(void) {
  node *root = NULL;
  uint32_t x = 9;
  int size = 0;
  for (int i = 0; i < 3000; ++i) {
    x = x * 1664525u + 1013904223u;
    int added = 0;
    root = insert(root, (x >> 12) % 50000u, &added);
    size += added;
  }
  int h1 = height(root);
  x = 9;
  for (int i = 0; i < 1500; ++i) {
    x = x * 1664525u + 1013904223u;
    x = x * 1664525u + 1013904223u; /* every second inserted key */
    int removed = 0;
    root = remove_key(root, (x >> 12) % 50000u, &removed);
    size -= removed;
  }
  uint32_t h = 0;
  int64_t last = -1;
  int ok = 1, count = 0;
  walk(root, &h, &last, &ok, &count);
  printf("bst size %d count %d height %d/%d ordered %d hash %08x\n", size, count, h1, height(root), ok, h);
  destroy(root);
  return 0;
}
