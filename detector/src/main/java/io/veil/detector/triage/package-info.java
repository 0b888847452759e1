/** The cheap regex and keyword pass that flags (field, category) candidates for the detector. */
package io.veil.detector.triage;
