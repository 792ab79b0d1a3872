import { csvLine, type AuditRecordDto, type CsvValue } from '@roster/core';

/** The columns of the audit export, in order. */
const header = [
  'time',
  'actor type',
  'actor id',
  'actor name',
  'action',
  'target type',
  'target id',
  'target name',
  'before',
  'after',
  'ip',
  'user agent',
];

const jsonOf = (value: Record<string, unknown> | undefined): CsvValue =>
  value === undefined ? null : JSON.stringify(value);

function cells(record: AuditRecordDto): CsvValue[] {
  const { actor, target, summary } = record;
  return [
    record.createdAt,
    actor.type,
    actor.id,
    actor.name,
    record.action,
    target.type,
    target.id,
    target.name,
    jsonOf(summary?.before),
    jsonOf(summary?.after),
    record.ip,
    record.userAgent,
  ];
}

/**
 * The audit export, a line at a time as the records come (never the whole file in memory): a
 * UTF-8 byte order mark, a header, one line per record (formula-like text escaped by csvLine).
 */
export async function* auditCsv(records: AsyncIterable<AuditRecordDto>): AsyncGenerator<string> {
  yield `\uFEFF${csvLine(header)}`;
  for await (const record of records) yield csvLine(cells(record));
}
