/**
 * HTTP: the API and management servers. Verticles only wire; route handlers parse, call the
 * filter package and write. One failure handler writes every error as {@code {"error":{"code",
 * "message","field"}}}. Bodies, auth and load are checked before any work.
 */
package io.veil.gateway.http;
