#ifndef CGSL_SHIM_H
#define CGSL_SHIM_H

#include <stdint.h>
#include <gsl/gsl_rng.h>
#include <gsl/gsl_randist.h>
#include <gsl/gsl_errno.h>

/* GSL's generator types are C globals, which Swift 6 treats as shared mutable state.
   These accessors hand them to Swift as plain values. */
static inline const gsl_rng_type *cgsl_rng_taus2(void) { return gsl_rng_taus2; }
static inline const gsl_rng_type *cgsl_rng_mt19937(void) { return gsl_rng_mt19937; }

/* GSL calls abort() on a domain error by default; the planner validates its inputs instead. */
static inline void cgsl_disable_error_handler(void) { gsl_set_error_handler_off(); }

/* taus2 keeps three 32-bit words (GSL's taus.c: struct { unsigned long s1, s2, s3; }), but
   gsl_rng_set derives all three from the low 32 bits of one seed, so millions of streams would
   collide. This sets all 96 bits from the caller's words, applies taus2's lower bounds on each
   word and warms the generator up exactly as gsl_rng_set does (six steps). */
typedef struct { unsigned long int s1, s2, s3; } cgsl_taus_state;

/* One step of a Tausworthe component, as GSL's taus.c (taus_get, which taus2 shares) takes it. */
static inline unsigned long int cgsl_tausworthe(unsigned long int s, int a, int b, unsigned long int c, int d) {
    return (((s & c) << d) & 0xffffffffUL) ^ ((((s << a) & 0xffffffffUL) ^ s) >> b);
}

static inline void cgsl_taus2_set_state(gsl_rng *r, uint32_t a, uint32_t b, uint32_t c) {
    unsigned long int s1 = a, s2 = b, s3 = c;
    if (s1 < 2) s1 += 2UL;
    if (s2 < 8) s2 += 8UL;
    if (s3 < 16) s3 += 16UL;
    /* The warm-up's six outputs are discarded: the steps are taken here, in registers, rather
       than by six calls of gsl_rng_get through the generator's function pointer (a worker
       repositions its generators some 700 times a trial of the default region). */
    for (int i = 0; i < 6; i++) {
        s1 = cgsl_tausworthe(s1, 13, 19, 4294967294UL, 12);
        s2 = cgsl_tausworthe(s2, 2, 25, 4294967288UL, 4);
        s3 = cgsl_tausworthe(s3, 3, 11, 4294967280UL, 17);
    }
    cgsl_taus_state *state = (cgsl_taus_state *) r->state;
    state->s1 = s1;
    state->s2 = s2;
    state->s3 = s3;
}

#endif
