/**
 * Input: strict JSON reading under limits (size, depth, fields, value length, UTF-8, duplicate
 * keys) into ordered trees with exact numbers, and the one bad-input exception whose code,
 * message and field the HTTP layer writes. Messages name the field and the rule, never content.
 */
package io.veil.gateway.input;
