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
   word and warms the generator up exactly as gsl_rng_set does. */
typedef struct { unsigned long int s1, s2, s3; } cgsl_taus_state;

static inline void cgsl_taus2_set_state(gsl_rng *r, uint32_t a, uint32_t b, uint32_t c) {
    cgsl_taus_state *state = (cgsl_taus_state *) r->state;
    state->s1 = a; if (state->s1 < 2) state->s1 += 2UL;
    state->s2 = b; if (state->s2 < 8) state->s2 += 8UL;
    state->s3 = c; if (state->s3 < 16) state->s3 += 16UL;
    for (int i = 0; i < 6; i++) (void) gsl_rng_get(r);
}

#endif
