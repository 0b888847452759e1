/**
 * Validators: pure static checks of identifier rules (Luhn, ABA 3-7-1, SSN and ITIN ranges, card
 * issuer prefixes). They take digit strings and say whether the rule holds; they never look at
 * context.
 */
package io.veil.detector.validate;
