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
// Linked lists with malloc: push, append, reverse, remove, merge sort, doubly linked deque, free.
#include <stdio.h>
#include <stdlib.h>

struct node {
  long value;
  struct node *next;
};

static struct node *push(struct node *head, long v) {
  struct node *n = malloc(sizeof *n);
  n->value = v;
  n->next = head;
  return n;
}

static struct node *reverse(struct node *head) {
  struct node *prev = NULL;
  while (head) {
    struct node *next = head->next;
    head->next = prev;
    prev = head;
    head = next;
  }
  return prev;
}

static struct node *remove_if(struct node *head, int (*pred)(long)) {
  struct node **link = &head;
  while (*link) {
    if (pred((*link)->value)) {
      struct node *dead = *link;
      *link = dead->next;
      free(dead);
    } else {
      link = &(*link)->next;
    }
  }
  return head;
}
static int is_multiple_of_3(long v) { return v % 3 == 0; }

static struct node *merge(struct node *a, struct node *b) {
  struct node head, *tail = &head;
  while (a && b) {
    if (a->value <= b->value) { tail->next = a; a = a->next; }
    else { tail->next = b; b = b->next; }
    tail = tail->next;
  }
  tail->next = a ? a : b;
  return head.next;
}
static struct node *sort(struct node *h) {
  if (!h || !h->next)
    return h;
  struct node *slow = h, *fast = h->next;
  while (fast && fast->next) {
    slow = slow->next;
    fast = fast->next->next;
  }
  struct node *second = slow->next;
  slow->next = NULL;
  return merge(sort(h), sort(second));
}

static void print_list(const char *label, const struct node *h, int max) {
  printf("%s:", label);
  int i = 0;
  for (; h && i < max; h = h->next, i++)
    printf(" %ld", h->value);
  if (h)
    printf(" ...");
  printf("\n");
}

static long length(const struct node *h) {
  long n = 0;
  for (; h; h = h->next)
    n++;
  return n;
}

static void free_list(struct node *h) {
  while (h) {
    struct node *n = h->next;
    free(h);
    h = n;
  }
}

struct dnode { int v; struct dnode *prev, *next; };
struct deque { struct dnode *front, *back; int size; };
static void push_back(struct deque *d, int v) {
  struct dnode *n = calloc(1, sizeof *n);
  n->v = v;
  n->prev = d->back;
  if (d->back) d->back->next = n; else d->front = n;
  d->back = n;
  d->size++;
}
static int pop_front(struct deque *d) {
  struct dnode *n = d->front;
  int v = n->v;
  d->front = n->next;
  if (d->front) d->front->prev = NULL; else d->back = NULL;
  free(n);
  d->size--;
  return v;
}

int main(void) {
  struct node *list = NULL;
  for (long i = 0; i < 500; i++)
    list = push(list, (i * 7919) % 1009 - 500);
  print_list("pushed", list, 8);
  printf("length %ld\n", length(list));
  list = reverse(list);
  print_list("reversed", list, 8);
  list = remove_if(list, is_multiple_of_3);
  printf("after remove: length %ld\n", length(list));
  list = sort(list);
  print_list("sorted", list, 10);
  long sum = 0;
  for (struct node *n = list; n; n = n->next)
    sum += n->value;
  printf("sum %ld\n", sum);
  free_list(list);

  /* Reuse freed memory: a second list of the same node size. */
  struct node *again = NULL;
  for (int i = 0; i < 100; i++)
    again = push(again, i);
  printf("second list length %ld head %ld\n", length(again), again->value);
  free_list(again);

  struct deque d = {0};
  for (int i = 1; i <= 10; i++)
    push_back(&d, i * i);
  int josephus = 0;
  while (d.size > 1) {
    push_back(&d, pop_front(&d)); /* skip one */
    josephus += pop_front(&d);    /* remove the next */
  }
  printf("deque: last %d removed sum %d\n", d.front->v, josephus);
  pop_front(&d);
  return 0;
}
