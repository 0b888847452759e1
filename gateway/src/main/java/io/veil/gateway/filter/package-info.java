/**
 * Filtering: walk an event's keys, strings, numbers, JSON inside strings and URL query
 * parameters; triage each leaf; send only flagged (leaf, category) pairs to the dispatcher; and
 * redact what comes back sensitive, or every flagged leaf when no valid answer came (never fail
 * open). Plain Java: nothing here imports Vert.x.
 */
package io.veil.gateway.filter;
