import { expect, it } from 'vitest';
import { call, describeEachEngine, login } from '../../../test/test-app.ts';

/**
 * SECURITY.md IP-01 (issue 15 item 7): a NUL or a lone surrogate in a name was a 500, bidi and
 * zero-width characters were stored (a look-alike enterprise name). Every text field of every request
 * refuses them with a Chinese 400 naming the field, and strings are stored NFC-normalised.
 */
describeEachEngine(
  'text fields (IP-01)',
  (t) => {
    const bad: [string, string][] = [
      ['NUL', '应急\u0000管理局'],
      ['a lone surrogate', '应急\uD800管理局'],
      ['an RLO override', '应急管理局\u202E局理管'],
      ['a zero-width space', '应急\u200B管理局'],
      ['an escape sequence', '\u001B[2J应急管理局'],
    ];
    for (const [what, name] of bad)
      it(`IP-01: a body field with ${what} is a Chinese 400 on that field, nothing stored`, async () => {
        const { app, ctx } = t();
        const sys = await login(app, 'sys_admin');
        const res = await call(app, sys, 'POST', '/api/departments', {
          name,
          divisionCode: '640502',
          sectors: [],
        });
        expect(res.statusCode, res.body).toBe(400);
        expect(res.json().error).toMatchObject({
          code: 'VALIDATION_FAILED',
          details: [{ field: 'body.name', message: expect.stringMatching(/不能包含|无效/) }],
        });
        const stored = await ctx.db
          .selectFrom('department')
          .select('id')
          .where('name', 'like', '应急%管理局%')
          .execute();
        expect(stored).toHaveLength(0);
      });

    it('IP-01: a NUL in a query string is a 400, not a 500', async () => {
      const { app } = t();
      const city = await login(app, 'city_admin');
      const res = await call(app, city, 'GET', '/api/enterprises?q=%00abc');
      expect(res.statusCode, res.body).toBe(400);
      expect(res.json().error.details[0].field).toBe('querystring.q');
    });

    it('IP-01: a name is stored NFC-normalised (e + combining acute → é)', async () => {
      const { app } = t();
      const sys = await login(app, 'sys_admin');
      const res = await call(app, sys, 'POST', '/api/departments', {
        name: 'Cafe\u0301 应急管理局',
        divisionCode: '640502',
        sectors: [],
      });
      expect(res.statusCode, res.body).toBe(201);
      expect(res.json().name).toBe('Caf\u00e9 应急管理局');
    });
  },
  { demoEnterprises: false },
);
