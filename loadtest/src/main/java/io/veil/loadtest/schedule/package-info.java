/**
 * Send schedules: when each request is meant to leave, computed up front from the rate alone and
 * never from replies, so a slow server cannot slow the offered load (the open-loop rule).
 */
package io.veil.loadtest.schedule;
