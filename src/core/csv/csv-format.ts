/** One CSV record, quoted where RFC 4180 needs it, ending in CRLF as spreadsheets expect. */
export function formatCsvRecord(fields: readonly string[], delimiter = ','): string {
  return fields.map((f) => (needsQuotes(f, delimiter) ? `"${f.replaceAll('"', '""')}"` : f)).join(delimiter) + '\r\n';
}

function needsQuotes(field: string, delimiter: string): boolean {
  return field.includes(delimiter) || /["\r\n]/.test(field) || field !== field.trim();
}
