/** A value of a CSV cell: text, a number, or nothing (an empty cell). */
export type CsvValue = string | number | boolean | null | undefined;

/**
 * Characters a spreadsheet reads as the start of a formula (or that hide one: a tab or carriage
 * return before it). A cell of text starting with one gets a leading `'`, so Excel, LibreOffice
 * and Google Sheets show it as text instead of running it (CSV injection, OWASP).
 */
const formulaStart = /^[=+\-@\t\r]/;

/** Text that must be quoted: a separator, a quote or a line break inside it (RFC 4180). */
const needsQuotes = /[",\r\n]/;

/**
 * One cell: numbers as they are (a negative number is data, not a formula), text escaped
 * against formula injection and quoted when it holds a comma, quote or line break.
 */
export function csvCell(value: CsvValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  const text = formulaStart.test(value) ? `'${value}` : value;
  return needsQuotes.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** One record, ended by CRLF (RFC 4180). */
export function csvLine(values: readonly CsvValue[]): string {
  return `${values.map(csvCell).join(',')}\r\n`;
}
