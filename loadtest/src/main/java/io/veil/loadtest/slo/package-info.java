/**
 * Service-level objectives: whether a run held the rate, the corrected p99 and the error budget
 * with zero leaks, and the search for the highest rate that holds them.
 */
package io.veil.loadtest.slo;
