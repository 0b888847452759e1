/**
 * Veil's load tester: an open-loop, coordinated-omission-corrected HTTP load generator after
 * giltene/wrk2 that also checks every answer for leaked planted values, evaluates an SLO, finds
 * the highest sustainable rate and compares Veil with a bare echo baseline measured in the same run.
 */
package io.veil.loadtest;
