// Generated inputs for a procedure: plausible values for each field, by its name, and now and then
// anything at all.
import fc from 'fast-check';
import type { Account } from './account.js';
import { password } from './account.js';
import { nasty } from './nasty.js';
import { plannedKeys } from './procedures.js';

export function arbitraries(fixtures: { me: Account; other: Account }) {
  // Mostly the signed-in user's own organization, so that signed-in requests get past the
  // membership check; then another organization's ids, which must answer NOT_FOUND.
  const knownIds = fc.oneof(
    { weight: 4, arbitrary: fc.constant(fixtures.me.orgId) },
    { weight: 2, arbitrary: fc.constantFrom(...(fixtures.me.inside ?? [fixtures.me.orgId])) },
    {
      weight: 2,
      arbitrary: fc.constantFrom(
        fixtures.other.orgId,
        fixtures.other.userId,
        ...(fixtures.other.inside ?? []),
      ),
    },
    {
      weight: 2,
      arbitrary: fc.constantFrom(
        fixtures.me.userId,
        fixtures.other.orgId.toUpperCase(),
        ` ${fixtures.me.orgId} `,
        `${fixtures.other.orgId}0`,
        '00000000-0000-0000-0000-000000000000',
        'ffffffff-ffff-ffff-ffff-ffffffffffff',
      ),
    },
  );
  const uuid = fc.oneof({ weight: 3, arbitrary: knownIds }, fc.uuid());
  const text = fc.oneof(
    fc.string(),
    fc.string({ unit: 'binary', maxLength: 120 }),
    fc.string({ unit: 'grapheme', maxLength: 120 }),
    fc.string().map((s) => `${s}\u0000${s}`),
    nasty,
  );
  const email: fc.Arbitrary<string> = fc.oneof(
    { weight: 3, arbitrary: fc.stringMatching(/^[a-z0-9.+-]{1,16}$/).map((local) => `${local}@example.com`) },
    fc.emailAddress(),
    fc.emailAddress().map((e) => `  ${e.toUpperCase()} `),
    fc.constantFrom(
      fixtures.me.email,
      fixtures.other.email.toUpperCase(),
      'a@b',
      '@',
      `${'x'.repeat(320)}@example.com`,
    ),
    text,
  );
  const passwordValue = fc.oneof(
    fc.constantFrom(password, 'password123', 'short'),
    fc.string({ minLength: 8, maxLength: 300 }),
    text,
  );
  const enumLike = fc.constantFrom(
    '1h',
    '24h',
    '7d',
    '30d',
    'never',
    'owner',
    'admin',
    'member',
    'manager',
    'viewer',
    'free',
    'team',
    'enterprise',
    'organization',
  );
  const scalar = fc.oneof(
    fc.integer(),
    fc.double(), // NaN and ±Infinity become null in JSON
    fc.boolean(),
    fc.constant(null),
    fc.constantFrom(0, -0, -1, 1e308, 2 ** 53 + 1, Number.MAX_SAFE_INTEGER),
  );
  const deep = fc
    .tuple(fc.integer({ min: 10, max: 3000 }), fc.boolean())
    .map(
      ([depth, array]) =>
        JSON.parse(
          array ? '['.repeat(depth) + ']'.repeat(depth) : '{"a":'.repeat(depth) + '1' + '}'.repeat(depth),
        ) as unknown,
    );
  const anyValue: fc.Arbitrary<unknown> = fc.oneof(
    { weight: 3, arbitrary: text },
    { weight: 2, arbitrary: uuid },
    { weight: 2, arbitrary: scalar },
    { weight: 1, arbitrary: enumLike },
    { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 2 }) },
    { weight: 1, arbitrary: fc.array(fc.oneof(text, uuid, scalar), { maxLength: 5 }) },
    { weight: 1, arbitrary: deep },
  );

  /** A plausible value for a field, by its name, and now and then anything at all. */
  function fieldValue(key: string): fc.Arbitrary<unknown> {
    const typical: fc.Arbitrary<unknown> = /ids$/i.test(key)
      ? fc.array(uuid, { maxLength: 5 })
      : /id$/i.test(key)
        ? uuid
        : /emails/i.test(key)
          ? fc.oneof(
              fc.array(email, { maxLength: 120 }),
              email,
              fc.array(email, { maxLength: 5 }).map((e) => e.join(', ')),
            )
          : /email/i.test(key)
            ? email
            : /password/i.test(key)
              ? passwordValue
              : /role|expiry|plan|visibility/i.test(key)
                ? fc.oneof(enumLike, text)
                : /token/i.test(key)
                  ? fc.oneof(
                      fc.string({
                        unit: fc.constantFrom(...'0123456789abcdef'),
                        minLength: 64,
                        maxLength: 64,
                      }),
                      text,
                    )
                  : text;
    return fc.oneof({ weight: 4, arbitrary: typical }, { weight: 1, arbitrary: anyValue });
  }

  function inputFor(keys: string[]): fc.Arbitrary<unknown> {
    const known = Object.fromEntries([...new Set([...keys, ...plannedKeys])].map((k) => [k, fieldValue(k)]));
    const own = Object.fromEntries(keys.map((k) => [k, fieldValue(k)]));
    const extra = fc.dictionary(
      fc.oneof(fc.string(), fc.constantFrom('__proto__', 'constructor', 'orgId ', 'ORGID')),
      anyValue,
      { maxKeys: 3 },
    );
    return fc.oneof(
      // Mostly objects with the procedure's own fields, each present or not.
      { weight: 6, arbitrary: fc.record(own, { requiredKeys: [] }) },
      {
        weight: 2,
        arbitrary: fc.tuple(fc.record(known, { requiredKeys: [] }), extra).map(([a, b]) => ({ ...b, ...a })),
      },
      { weight: 1, arbitrary: fc.constant(undefined) },
      { weight: 1, arbitrary: anyValue },
    );
  }

  return { inputFor, anyValue };
}
