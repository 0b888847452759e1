/**
 * The baseline: a bare Vert.x echo server in the load tester's own process, answering in Veil's
 * response shape without filtering, so a report can give Veil's cost as a ratio measured in the
 * same run on the same machine.
 */
package io.veil.loadtest.baseline;
