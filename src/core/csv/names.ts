/** Custom fields in Salesforce API-name exports end in __c; the label without it is what people mean. */
function withoutCustomSuffix(header: string): string {
  return header.trim().replace(/__c$/i, '');
}

/**
 * The key a header is looked up by: case, spacing and punctuation dropped, so the label
 * ("Annual Revenue"), the API name ("AnnualRevenue") and a snake_cased copy ("annual_revenue")
 * all meet.
 */
export function headerKey(header: string): string {
  return withoutCustomSuffix(header).toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
}

/** The trait name an unrecognised column is stored under: "Billing State/Province" → billing_state_province. */
export function snakeCase(header: string): string {
  return withoutCustomSuffix(header)
    .replace(/([\p{Ll}\p{N}])(\p{Lu})/gu, '$1_$2')
    .replace(/(\p{Lu})(\p{Lu}\p{Ll})/gu, '$1_$2')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '_')
    .replace(/^_+|_+$/g, '');
}

const ID_SUFFIX_ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ012345';

/**
 * Salesforce reports export 15-character, case-sensitive record ids; Data Loader and the API use
 * the 18-character form. Both are turned into the 18-character form so an account exported one way
 * and its contacts exported the other still meet.
 */
export function salesforceId18(id: string): string {
  if (!/^[a-zA-Z0-9]{15}$/.test(id)) return id;
  let suffix = '';
  for (let chunk = 0; chunk < 3; chunk++) {
    let bits = 0;
    for (let i = 0; i < 5; i++) {
      const ch = id.charCodeAt(chunk * 5 + i);
      if (ch >= 65 && ch <= 90) bits |= 1 << i;
    }
    suffix += ID_SUFFIX_ALPHABET[bits];
  }
  return id + suffix;
}
