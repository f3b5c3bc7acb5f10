import fc from 'fast-check';
import ExcelJS from 'exceljs';
import { expect, it } from 'vitest';
import { call, describeEachEngine, login } from '../../../test/test-app.ts';
import { recordFigures, strength } from '../../../test/strength.ts';
import {
  buildAgency,
  buildAgencyContract,
  buildDepartment,
  buildEnterprise,
  buildUser,
} from '../../demo/factories.ts';
import { prng } from '@anjian/domain';
import { hashPassword } from '../auth/password-hash.ts';

/**
 * SECURITY.md AC-06 as a property. The oracle below is written from PRODUCT.md §1 alone — it shares
 * no code with platform/access/scope.ts — and fast-check generates users across divisions,
 * departments, enterprises and agencies. Detail, list, count, map and export must all agree with it.
 */
interface Obj {
  id: string;
  division: string;
  sector: string;
  secondary: string[];
}
interface Subject {
  role:
    | 'city_supervisor'
    | 'county_supervisor'
    | 'grid_member'
    | 'department_officer'
    | 'enterprise_user'
    | 'agency_user';
  division: string;
  sectors: string[];
  enterpriseId: string | null;
  contracted: string[];
}

/** What PRODUCT.md §1 says each role sees, in the plainest terms. */
function oracle(s: Subject, o: Obj): boolean {
  const under = (code: string, root: string) =>
    root.endsWith('00') && root.length === 6 ? code.startsWith(root.slice(0, 4)) : code.startsWith(root);
  switch (s.role) {
    case 'city_supervisor':
    case 'county_supervisor':
    case 'grid_member':
      return under(o.division, s.division);
    case 'department_officer':
      return (
        under(o.division, s.division) &&
        (s.sectors.includes(o.sector) || o.secondary.some((x) => s.sectors.includes(x)))
      );
    case 'enterprise_user':
      return o.id === s.enterpriseId;
    case 'agency_user':
      return s.contracted.includes(o.id);
  }
}

const SECTORS = ['hazardous_chemicals', 'construction', 'road_transport', 'fire', 'metallurgy'];
const DIVISIONS = ['640502100', '640502101', '640521100', '640521101', '640522100', '640522101'];
const MARK = 'AC06测试企业';

describeEachEngine('authorization property (AC-06)', (t) => {
  it(
    'detail, list, count, map and export agree with the oracle for generated users',
    async () => {
      const { app, ctx } = t();
      const db = ctx.db;
      const r = prng(20261205);
      // A fixed set of objects spread over townships of the three counties and several sectors.
      const objects: Obj[] = DIVISIONS.flatMap((division, i) =>
        SECTORS.slice(0, 3).map((sector, j) => ({
          id: r.uuid(),
          division,
          sector: SECTORS[(i + j) % SECTORS.length] as string,
          secondary: j === 2 ? ['fire'] : [],
        })),
      );
      await db
        .insertInto('enterprise')
        .values(
          objects.map((o, k) =>
            buildEnterprise(r, {
              id: o.id,
              name: `${MARK}${k}`,
              division_code: o.division,
              sector: o.sector,
              secondary_sectors: o.secondary,
              longitude: 105.2,
              latitude: 37.5,
            }),
          ),
        )
        .execute();
      const hash = JSON.stringify(await hashPassword('Prop#2026pass', 1024));
      let n = 0;

      const subject = fc.oneof(
        fc.record({ role: fc.constant('city_supervisor' as const), division: fc.constant('640500') }),
        fc.record({
          role: fc.constantFrom('county_supervisor' as const),
          division: fc.constantFrom('640502', '640521', '640522'),
        }),
        fc.record({ role: fc.constant('grid_member' as const), division: fc.constantFrom(...DIVISIONS) }),
        fc.record({
          role: fc.constant('department_officer' as const),
          division: fc.constantFrom('640500', '640502', '640521'),
          sectors: fc.subarray(SECTORS, { minLength: 1 }),
        }),
        fc.record({
          role: fc.constant('enterprise_user' as const),
          enterprise: fc.nat({ max: objects.length - 1 }),
        }),
        fc.record({
          role: fc.constant('agency_user' as const),
          contracts: fc.subarray(objects.map((o) => o.id)),
        }),
      );

      let disagreements = 0; // fast-check stops (and shrinks) at the first one
      await fc
        .assert(
          fc.asyncProperty(subject, async (gen) => {
            n++;
            const s: Subject = {
              role: gen.role,
              division: 'division' in gen ? gen.division : '640500',
              sectors: 'sectors' in gen ? gen.sectors : [],
              enterpriseId: 'enterprise' in gen ? (objects[gen.enterprise]?.id ?? null) : null,
              contracted: 'contracts' in gen ? gen.contracts : [],
            };
            let departmentId: string | null = null;
            let agencyId: string | null = null;
            if (s.role === 'department_officer') {
              const department = buildDepartment(r, {
                name: `AC06部门${n}`,
                division_code: s.division,
                sectors: s.sectors,
              });
              departmentId = department.id;
              await db.insertInto('department').values(department).execute();
            }
            if (s.role === 'agency_user') {
              const agency = buildAgency(r, { name: `AC06机构${n}`, division_code: '640500' });
              agencyId = agency.id;
              await db.insertInto('agency').values(agency).execute();
              for (const e of s.contracted) {
                await db
                  .insertInto('agency_contract')
                  .values(
                    buildAgencyContract(r, {
                      agency_id: agency.id,
                      enterprise_id: e,
                      division_code: objects.find((o) => o.id === e)?.division ?? '640500',
                    }),
                  )
                  .execute();
              }
            }
            const territorial = [
              'city_supervisor',
              'county_supervisor',
              'grid_member',
              'department_officer',
            ].includes(s.role);
            await db
              .insertInto('app_user')
              .values(
                buildUser(r, {
                  username: `ac06_${n}`,
                  display_name: 'AC06',
                  role_code: s.role,
                  division_code: territorial ? s.division : null,
                  department_id: departmentId,
                  enterprise_id: s.enterpriseId,
                  agency_id: agencyId,
                  password_hash: hash,
                }),
              )
              .execute();
            const session = await login(app, `ac06_${n}`, 'Prop#2026pass');

            const expected = objects
              .filter((o) => oracle(s, o))
              .map((o) => o.id)
              .sort();
            for (const o of objects) {
              const res = await call(app, session, 'GET', `/api/enterprises/${o.id}`);
              expect(
                res.statusCode,
                `${s.role} ${JSON.stringify(s)} detail of ${o.division}/${o.sector}`,
              ).toBe(oracle(s, o) ? 200 : 404);
            }
            const list = (
              await call(app, session, 'GET', `/api/enterprises?pageSize=200&q=${encodeURIComponent(MARK)}`)
            ).json();
            expect(list.items.map((e: { id: string }) => e.id).sort()).toEqual(expected);
            expect(list.total).toBe(expected.length);
            const map = (
              await call(app, session, 'GET', `/api/enterprises/map?q=${encodeURIComponent(MARK)}`)
            ).json();
            expect(map.items.map((e: { id: string }) => e.id).sort()).toEqual(expected);
            const xlsx = await call(
              app,
              session,
              'GET',
              `/api/enterprises/export?q=${encodeURIComponent(MARK)}`,
            );
            const book = new ExcelJS.Workbook();
            await book.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
            const sheet = book.worksheets[0];
            const names = [] as string[];
            sheet?.eachRow((row, i) => {
              if (i > 1)
                row.eachCell((cell) =>
                  String(cell.value ?? '').startsWith(MARK) ? names.push(String(cell.value)) : undefined,
                );
            });
            expect(names.length).toBe(expected.length);
          }),
          { numRuns: strength.oracleCases, seed: 42 },
        )
        .catch((e: unknown) => {
          disagreements = 1;
          throw e;
        })
        .finally(() => recordFigures('oracle', { cases: n, disagreements }));
    },
    strength.torture ? 3_600_000 : 300_000,
  );
});
