import type { AuditRecordDto } from '@roster/core/browser';
import type { ReactNode } from 'react';
import { actorName, exactTime, summaryLines, targetKind } from './audit-format';

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="min-w-0">
      <dt className="text-xs font-medium text-zinc-600">{label}</dt>
      <dd className="mt-0.5 text-sm text-zinc-900 [overflow-wrap:anywhere]">{children}</dd>
    </div>
  );
}

/** A side of a change that was not kept: a dash, read as words. */
function NotKept() {
  return (
    <>
      <span aria-hidden>—</span>
      <span className="sr-only">not recorded</span>
    </>
  );
}

const actorTypes = { user: 'Person', apiKey: 'API key', system: 'Roster' } as const;

/** An opened record: its facts, what changed (before → after), and where the request came from. */
export function AuditDetails({ record }: { record: AuditRecordDto }) {
  const lines = summaryLines(record.summary);
  const kind = targetKind(record.target);
  return (
    <div className="space-y-4 rounded-md border border-zinc-200 bg-white p-4">
      <dl className="grid gap-x-6 gap-y-3 sm:grid-cols-2 xl:grid-cols-3">
        <Fact label="When">{exactTime(record.createdAt)}</Fact>
        <Fact label="Action">
          <code className="font-mono text-xs">{record.action}</code>
        </Fact>
        <Fact label="Actor">
          {actorName(record.actor)} <span className="text-zinc-600">({actorTypes[record.actor.type]})</span>
        </Fact>
        {(record.target.name || kind) && (
          <Fact label="Target">
            {record.target.name ?? '—'}
            {kind && <span className="text-zinc-600"> ({kind})</span>}
          </Fact>
        )}
        <Fact label="IP address">
          <span className="font-mono text-xs">{record.ip ?? 'Not recorded'}</span>
        </Fact>
        <Fact label="User agent">
          <span className="text-xs">{record.userAgent ?? 'Not recorded'}</span>
        </Fact>
      </dl>
      {lines.length > 0 ? (
        <table className="w-full table-fixed text-left text-sm">
          <caption className="mb-1 text-left text-xs font-medium text-zinc-600">What changed</caption>
          <thead className="border-b border-zinc-200 text-xs text-zinc-600">
            <tr>
              <th scope="col" className="w-1/4 py-1.5 pr-3 font-medium">
                Field
              </th>
              <th scope="col" className="py-1.5 pr-3 font-medium">
                Before
              </th>
              <th scope="col" className="py-1.5 font-medium">
                After
              </th>
            </tr>
          </thead>
          <tbody>
            {lines.map((line) => (
              <tr key={line.key} className="border-b border-zinc-100 align-top last:border-b-0">
                <th scope="row" className="py-1.5 pr-3 font-medium text-zinc-700 [overflow-wrap:anywhere]">
                  {line.label}
                </th>
                <td className="py-1.5 pr-3 text-zinc-600 [overflow-wrap:anywhere]">
                  {line.before ?? <NotKept />}
                </td>
                <td className="py-1.5 text-zinc-900 [overflow-wrap:anywhere]">{line.after ?? <NotKept />}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        <p className="text-sm text-zinc-600">No before/after was recorded for this change.</p>
      )}
    </div>
  );
}
