/**
 * Normalisation: reads through obfuscation into views a recognizer can scan, each character of
 * which maps back to the span of the original content it came from, so that a finding in any view
 * is redacted at the right place in the original. {@link io.veil.detector.normalize.Normalizer}
 * gives the clean view (NFKC, invisible characters dropped, digits of every script, HTML
 * references, unusual spaces and dashes) and the decoded layers that change something (URL
 * encoding incl. nested, JSON string escapes, base64, a second level of HTML references), each a
 * {@link io.veil.detector.normalize.TextView} naming what it read through. Work and output are
 * linear in the content's length for any input.
 */
package io.veil.detector.normalize;
