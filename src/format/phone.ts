/**
 * A phone number as shown: its spaces and hyphens do not break, so the number never splits
 * over two lines. The `tel:` link beside it keeps the plain digits.
 */
export const keepTogether = (phone: string) => phone.replace(/ /g, '\u00a0').replace(/-/g, '\u2011');
