/**
 * The event corpus for the load tester: realistic web and app events with values planted in a
 * known share of them, each event listing exactly what was planted.
 */
package io.veil.training.events;
