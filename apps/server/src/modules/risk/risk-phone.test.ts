import { sql } from 'kysely';
import { expect, it } from 'vitest';
import { call, describeEachEngine, enterpriseOf, latestAudit, login } from '../../../test/test-app.ts';
import { sealLegacyPhones } from './risk-model.service.ts';

describeEachEngine(
  'a risk unit phone sealed at rest, masked in answers, revealed by an audited action (DC-02, PI-02)',
  (t) => {
    const newUnit = async (responsiblePhone?: string) => {
      const s = await login(t().app, 'ent_user');
      const enterpriseId = await enterpriseOf(t());
      const object = (
        await call(t().app, s, 'POST', '/api/risk/objects', { enterpriseId, kind: '场所', name: '罐区' })
      ).json();
      const res = await call(t().app, s, 'POST', '/api/risk/units', {
        objectId: object.id,
        name: '液氨储罐',
        department: '储运部',
        responsiblePerson: '马强',
        ...(responsiblePhone === undefined ? {} : { responsiblePhone }),
      });
      expect(res.statusCode, res.body).toBe(201);
      return { s, unit: res.json() };
    };
    const stored = (id: string) =>
      t().ctx.db.selectFrom('risk_unit').selectAll().where('id', '=', id).executeTakeFirstOrThrow();

    it('stores no plain digits, answers masked, reveals the number once asked and audits it', async () => {
      const { s, unit } = await newUnit('１３９ 5501 2468'); // full-width and spaced, as pasted
      expect(unit.responsiblePhone).toBe('139****2468');
      const row = await stored(unit.id);
      expect(row.responsible_phone).toMatch(/^sm4:1:/);
      const { responsible_phone_masked: masked, ...rest } = row;
      expect(masked).toBe('139****2468'); // the masked form only: never the middle digits
      expect(JSON.stringify(rest)).not.toMatch(/5501|2468/);
      expect(row.responsible_phone_index).toBe(t().ctx.personal.index('13955012468'));
      // Nothing in the audit log holds the number either (AU-02).
      const audit = await latestAudit(t(), 3);
      expect(JSON.stringify(audit)).not.toMatch(/55012468/);

      const revealed = await call(t().app, s, 'POST', `/api/risk/units/${unit.id}/reveal-phone`);
      expect(revealed.statusCode, revealed.body).toBe(200);
      expect(revealed.json()).toEqual({ responsiblePhone: '13955012468' });
      const [last] = await latestAudit(t(), 1);
      expect(last).toMatchObject({
        action: 'risk.unit.reveal_phone',
        object_id: unit.id,
        event_type: 'sensitive_view',
      });
    });

    it('an edit without a phone keeps it; null clears it', async () => {
      const { s, unit } = await newUnit('13955012468');
      const kept = await call(t().app, s, 'PATCH', `/api/risk/units/${unit.id}`, { name: '液氨储罐区' });
      expect(kept.json().responsiblePhone).toBe('139****2468');
      const cleared = await call(t().app, s, 'PATCH', `/api/risk/units/${unit.id}`, {
        responsiblePhone: null,
      });
      expect(cleared.json().responsiblePhone).toBeNull();
      expect((await stored(unit.id)).responsible_phone_index).toBeNull();
    });

    it("a unit outside the caller's scope reveals nothing (404)", async () => {
      const { unit } = await newUnit('13955012468');
      const { division_code } = await t()
        .ctx.db.selectFrom('enterprise')
        .select('division_code')
        .where('id', '=', await enterpriseOf(t()))
        .executeTakeFirstOrThrow();
      // A county administrator of another county.
      const county = await login(t().app, division_code.startsWith('640521') ? 'hy_admin' : 'zn_admin');
      const res = await call(t().app, county, 'POST', `/api/risk/units/${unit.id}/reveal-phone`);
      expect([403, 404]).toContain(res.statusCode);
      expect(res.body).not.toMatch(/55012468/);
    });

    it('seals phones written in plain text before sealing existed', async () => {
      const { unit } = await newUnit();
      await sql`UPDATE risk_unit SET responsible_phone = '13700001111' WHERE id = ${unit.id}`.execute(
        t().ctx.db,
      );
      expect(await sealLegacyPhones(t().ctx)).toBeGreaterThanOrEqual(1);
      const row = await stored(unit.id);
      expect(row.responsible_phone).toMatch(/^sm4:1:/);
      expect(row.responsible_phone_masked).toBe('137****1111');
      expect(t().ctx.personal.open(row.responsible_phone!)).toBe('13700001111');
      expect(await sealLegacyPhones(t().ctx)).toBe(0);
    });
  },
);
