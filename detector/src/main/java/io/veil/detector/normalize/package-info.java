/**
 * Normalisation: reads through obfuscation (NFKC, invisible characters, Unicode digits, HTML
 * entities, URL and base64 encoding, JSON held in strings) into views whose characters map back
 * to offsets in the original content.
 */
package io.veil.detector.normalize;
