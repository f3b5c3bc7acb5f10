import fc from 'fast-check';
import { expect, it } from 'vitest';
import type { Db } from '../../db/database.ts';
import { type Session, call, describeEachEngine, login } from '../../../test/test-app.ts';
import { fuzzRunsPerOperation, recordFigures, strength } from '../../../test/strength.ts';

/**
 * SECURITY.md IP-01: property-based request bodies and query strings for every endpoint of the OpenAPI
 * document. Whatever arrives: never a 5xx, never a stack trace, and a refused request (4xx) writes
 * nothing — no business change, so no new successful audit row.
 */
interface Operation {
  method: string;
  path: string;
  bodyKeys: string[];
  queryKeys: string[];
  hasFile: boolean;
}

// Routes whose success would end the fuzzing session itself.
const SKIP = new Set(['POST /api/auth/logout', 'POST /api/auth/login/totp']);

const scalar = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.integer({ min: -1e9, max: 1e9 }),
  fc.double({ noNaN: false }),
  fc.boolean(),
  fc.constant(null),
  fc.uuid(),
  fc.constantFrom(
    '640500',
    '640502',
    '640521100',
    '999999',
    '',
    ' ',
    '<script>',
    "'; DROP TABLE app_user; --",
    '9'.repeat(400),
    '2026-13-45',
    '\u0000',
  ),
);
const value = fc.oneof(
  scalar,
  fc.array(scalar, { maxLength: 4 }),
  fc.dictionary(fc.string({ maxLength: 8 }), scalar, { maxKeys: 3 }),
);

function operations(doc: {
  paths: Record<
    string,
    Record<
      string,
      {
        requestBody?: { content?: Record<string, { schema?: { properties?: object } }> };
        parameters?: { in: string; name: string }[];
      }
    >
  >;
}): Operation[] {
  return Object.entries(doc.paths).flatMap(([path, ops]) =>
    Object.entries(ops).map(([m, op]) => {
      const content = op.requestBody?.content ?? {};
      const json = content['application/json']?.schema?.properties ?? {};
      return {
        method: m.toUpperCase(),
        path,
        bodyKeys: Object.keys(json),
        queryKeys: (op.parameters ?? []).filter((p) => p.in === 'query').map((p) => p.name),
        hasFile: 'multipart/form-data' in content,
      };
    }),
  );
}

const successAudits = async (db: Db) =>
  Number(
    (
      await db
        .selectFrom('audit_log')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .where('outcome', '=', 'success')
        .executeTakeFirstOrThrow()
    ).n,
  );

describeEachEngine('fuzzing every endpoint (IP-01)', (t) => {
  it(
    'never answers 5xx or a stack trace; a refused request writes nothing',
    async () => {
      const { app, ctx } = t();
      const doc = (await call(app, null, 'GET', '/api/openapi.json')).json();
      const ops = operations(doc).filter((o) => !SKIP.has(`${o.method} ${o.path}`));
      expect(ops.length).toBeGreaterThan(30);
      const sessions: Session[] = [await login(app, 'city_admin'), await login(app, 'sys_admin')];
      const problems: string[] = [];
      const statuses: Record<number, number> = {};
      for (const op of ops) {
        await fc.assert(
          fc.asyncProperty(
            fc.record({
              who: fc.nat({ max: sessions.length }),
              params: fc.dictionary(
                fc.constantFrom('id', 'code', 'contractId', 'measureId', 'key'),
                fc.oneof(fc.uuid(), fc.string({ maxLength: 12 }), fc.constantFrom('640500', '640521')),
              ),
              query: fc.dictionary(
                fc.constantFrom(...op.queryKeys, 'page', 'pageSize', 'x'),
                fc.oneof(fc.string({ maxLength: 20 }), fc.integer().map(String)),
                { maxKeys: 4 },
              ),
              body: fc.oneof(
                fc.dictionary(fc.constantFrom(...op.bodyKeys, 'role', 'createdBy', 'id'), value, {
                  maxKeys: Math.max(1, op.bodyKeys.length + 1),
                }),
                value,
              ),
            }),
            async ({ who, params, query, body }) => {
              const session = sessions[who] ?? null; // index == length → anonymous
              const path = op.path.replace(/\{(\w+)\}/g, (_, n: string) =>
                encodeURIComponent(params[n] ?? 'x'),
              );
              const qs = new URLSearchParams(query).toString();
              const url = qs ? `${path}?${qs}` : path;
              const before = await successAudits(ctx.db);
              const res = await call(
                app,
                session,
                op.method as 'POST',
                url,
                op.method === 'GET' || op.method === 'DELETE' ? undefined : body,
              );
              const after = await successAudits(ctx.db);
              statuses[res.statusCode] = (statuses[res.statusCode] ?? 0) + 1;
              if (res.statusCode >= 500)
                problems.push(`${op.method} ${url} → ${res.statusCode} ${res.body.slice(0, 200)}`);
              if (/\n\s+at |node_modules|\.ts:\d+/.test(res.body))
                problems.push(`${op.method} ${url} leaked a stack trace`);
              if (res.statusCode >= 400 && after !== before)
                problems.push(`${op.method} ${url} → ${res.statusCode} but wrote a successful audit row`);
              if (res.statusCode >= 400 && res.headers['content-type']?.toString().includes('json')) {
                const err = res.json().error;
                if (!err?.code || !err?.message)
                  problems.push(`${op.method} ${url} → ${res.statusCode} without {error:{code,message}}`);
              }
              return true;
            },
          ),
          { numRuns: fuzzRunsPerOperation(ops.length), seed: 20261128 },
        );
      }
      // The generated requests reach validation and the handlers, not only the guard.
      expect(statuses[400] ?? 0).toBeGreaterThan(100);
      expect(statuses[200] ?? 0).toBeGreaterThan(20);
      const requests = Object.values(statuses).reduce((a, b) => a + b, 0);
      const fivexx = Object.entries(statuses).reduce((a, [k, v]) => (Number(k) >= 500 ? a + v : a), 0);
      recordFigures('fuzz', { requests, fivexx, problems: problems.length });
      expect(problems).toEqual([]);
    },
    strength.torture ? 3_600_000 : 600_000,
  );
});
