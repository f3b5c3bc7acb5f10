import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parsePublicOrigin } from '../../config.ts';
import { call, login, startTestApp } from '../../../test/test-app.ts';

describe('ANJIAN_PUBLIC_ORIGIN', () => {
  it.each([
    [undefined, undefined],
    ['https://aj.example.gov.cn', 'https://aj.example.gov.cn'],
    ['https://aj.example.gov.cn/', 'https://aj.example.gov.cn'],
    ['http://10.0.0.5:8080', 'http://10.0.0.5:8080'],
  ])('%s → %s', (value, origin) => {
    expect(parsePublicOrigin(value)).toBe(origin);
  });
  it.each([
    'aj.example.gov.cn',
    'ftp://aj.example.gov.cn',
    'https://aj.example.gov.cn/anjian',
    'https://u:p@aj.example.gov.cn',
    'https://aj.example.gov.cn/?x=1',
  ])('refuses %s at start', (value) => {
    expect(() => parsePublicOrigin(value)).toThrow(/ANJIAN_PUBLIC_ORIGIN/);
  });
});

describe('风险告知卡 behind a proxy', () => {
  let built: Awaited<ReturnType<typeof startTestApp>>;
  beforeAll(async () => {
    built = await startTestApp('pglite', { publicOrigin: 'https://aj.example.gov.cn' });
  });
  afterAll(async () => built?.stop());

  it('points the QR code and the printed address at the public origin, not the request host', async () => {
    const unit = await built.ctx.db.selectFrom('risk_unit').select('id').limit(1).executeTakeFirstOrThrow();
    const city = await login(built.app, 'city_admin');
    const pdf = await call(built.app, city, 'GET', `/api/risk/units/${unit.id}/card.pdf`);
    expect(pdf.statusCode).toBe(200);
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'card-')), 'card.pdf');
    fs.writeFileSync(file, pdf.rawPayload);
    const text = execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' });
    expect(text).toContain(`https://aj.example.gov.cn/public/risk-units/${unit.id}`);
    expect(text).not.toContain('localhost');
  });
});
