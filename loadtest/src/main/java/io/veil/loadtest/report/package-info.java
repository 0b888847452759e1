/**
 * Reports of a load test: the console summary, a JSON document for machines, and an HTML page with
 * latency-over-time and percentile-distribution plots drawn by XChart.
 */
package io.veil.loadtest.report;
