import fs from 'node:fs';
import ExcelJS from 'exceljs';
import { expect, it } from 'vitest';
import { type Session, call, describeEachEngine, latestAudit, login } from '../../../test/test-app.ts';

const YEAR = 2019;

function multipart(file: Buffer) {
  const boundary = '----anjian' + Math.random().toString(16).slice(2);
  const head = Buffer.from(
    `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="d.xlsx"\r\nContent-Type: application/vnd.openxmlformats-officedocument.spreadsheetml.sheet\r\n\r\n`,
  );
  return {
    payload: Buffer.concat([head, file, Buffer.from(`\r\n--${boundary}--\r\n`)]),
    contentType: `multipart/form-data; boundary=${boundary}`,
  };
}

const file = (s: Session, url: string, body: Buffer) => {
  const m = multipart(body);
  return {
    method: 'POST' as const,
    url,
    payload: m.payload,
    headers: { cookie: s.cookie, 'x-csrf-token': s.csrf, 'content-type': m.contentType },
  };
};

const road = (divisionCode: string, deaths: number, day = '03-01') => ({
  occurredAt: `${YEAR}-${day}T10:00:00+08:00`,
  divisionCode,
  title: '道路交通事故',
  category: 'road_traffic',
  accidentType: '02',
  deaths,
  seriousInjuries: 0,
  directLoss: 12,
});

describeEachEngine('indicators, denominators and plans', (t) => {
  it('enters denominators; a batch with one bad row writes nothing and names the row', async () => {
    const { app, ctx } = t();
    const spt = await login(app, 'spt_admin');
    const bad = await call(app, spt, 'POST', '/api/denominators/batch', {
      rows: [
        { divisionCode: '640502', year: YEAR, kind: 'motor_vehicles', value: 100_000 },
        { divisionCode: '640521', year: YEAR, kind: 'gdp', value: 1 },
      ],
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.details).toEqual([
      { field: 'rows.1.divisionCode', message: '不在本账号的管辖范围内' },
    ]);
    expect(await ctx.db.selectFrom('stat_denominator').selectAll().execute()).toEqual([]);
    const typo = await call(app, spt, 'POST', '/api/denominators/batch', {
      rows: [{ divisionCode: '640502', year: YEAR, kind: 'cars', value: -1 }],
    });
    expect(typo.json().error.details.map((d: { field: string }) => d.field)).toEqual(
      expect.arrayContaining(['body.rows.0.kind', 'body.rows.0.value']),
    );
    const ok = await call(app, spt, 'POST', '/api/denominators/batch', {
      rows: [
        { divisionCode: '640502', year: YEAR, kind: 'motor_vehicles', value: 100_000 },
        { divisionCode: '640502', year: YEAR, kind: 'gdp', value: 150.5, source: '统计公报' },
      ],
    });
    expect(ok.json()).toEqual({ saved: 2 });
    const zn = await login(app, 'zn_admin');
    expect(
      (
        await call(app, zn, 'PUT', '/api/denominators', {
          divisionCode: '640521',
          year: YEAR,
          kind: 'motor_vehicles',
          value: 50_000,
        })
      ).statusCode,
    ).toBe(200);
  });

  it('imports the .xlsx template; a file with one bad cell imports nothing', async () => {
    const { app, ctx } = t();
    const hy = await login(app, 'hy_admin');
    const tpl = await app.inject({
      method: 'GET',
      url: '/api/denominators/template',
      headers: { cookie: hy.cookie },
    });
    expect(tpl.statusCode).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(tpl.rawPayload as unknown as ExcelJS.Buffer);
    const ws = wb.worksheets[0] as ExcelJS.Worksheet;
    ws.spliceRows(
      2,
      1,
      ['640522', '海原县', YEAR, 60, 20000, 40000, '', 380000, 900, '年鉴'],
      ['640522100', '海城镇', 'abc', 5],
    );
    const bad = await app.inject(
      file(hy, '/api/denominators/import', Buffer.from(await wb.xlsx.writeBuffer())),
    );
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.details[0].field).toMatch(/^第3行/);
    expect(
      await ctx.db
        .selectFrom('stat_denominator')
        .selectAll()
        .where('division_code', 'like', '640522%')
        .execute(),
    ).toEqual([]);
    ws.spliceRows(3, 1);
    const ok = await app.inject(
      file(hy, '/api/denominators/import', Buffer.from(await wb.xlsx.writeBuffer())),
    );
    expect(ok.json()).toEqual({ saved: 5 });
    const list = (await call(app, hy, 'GET', `/api/denominators?year=${YEAR}`)).json();
    expect(list.map((d: { kind: string; value: number }) => [d.kind, d.value])).toEqual(
      expect.arrayContaining([
        ['gdp', 60],
        ['motor_vehicles', 40000],
      ]),
    );
    expect(
      (await app.inject(file(hy, '/api/denominators/import', Buffer.from('not a spreadsheet')))).statusCode,
    ).toBe(415);
  });

  it('computes indicators from records and denominators; each lists the records it counts', async () => {
    const { app } = t();
    const spt = await login(app, 'spt_admin');
    const zn = await login(app, 'zn_admin');
    for (const [s, d, n] of [
      [spt, '640502100', 2],
      [spt, '640502', 1],
      [zn, '640521', 1],
    ] as const)
      expect((await call(app, s, 'POST', '/api/accidents', road(d, n))).statusCode).toBe(201);
    const values = (await call(app, spt, 'GET', `/api/indicators?division=640502&year=${YEAR}`)).json() as {
      key: string;
      value: number;
      numerator: number;
      denominator: number;
      unit: string;
    }[];
    expect(values).toHaveLength(20);
    expect(values.find((v) => v.key === 'road_death_rate')).toMatchObject({
      value: 0.3,
      numerator: 3,
      denominator: 100_000,
      unit: '人/万车',
    });
    expect(values.find((v) => v.key === 'gdp_death_rate')).toMatchObject({
      numerator: 3,
      denominator: 150.5,
    });
    expect(values.find((v) => v.key === 'accidents')?.value).toBe(2);
    const city = await login(app, 'city_admin');
    const cityValues = (
      await call(app, city, 'GET', `/api/indicators?division=640500&year=${YEAR}`)
    ).json() as { key: string; value: number; denominator: number }[];
    expect(cityValues.find((v) => v.key === 'road_deaths')?.value).toBe(4);
    expect(cityValues.find((v) => v.key === 'road_death_rate')).toMatchObject({ denominator: 190_000 }); // counties summed
    const rec = (
      await call(app, spt, 'GET', `/api/indicators/road_deaths/records?division=640502&year=${YEAR}`)
    ).json();
    expect(rec.records.total).toBe(2);
    expect(rec.indicator.value).toBe(3);
    const rate = (
      await call(app, city, 'GET', `/api/indicators/road_death_rate/records?division=640500&year=${YEAR}`)
    ).json();
    expect(rate.denominatorRows.map((r: { divisionCode: string }) => r.divisionCode)).toEqual([
      '640502',
      '640521',
      '640522',
    ]);
  });

  it('keeps a county to its own indicators: the city’s figures are 404 and audit-logged', async () => {
    const { app } = t();
    const spt = await login(app, 'spt_admin');
    const res = await call(app, spt, 'GET', `/api/indicators?division=640500&year=${YEAR}`);
    expect(res.statusCode).toBe(404);
    expect((await latestAudit(t(), 1))[0]).toMatchObject({
      outcome: 'denied',
      object_type: 'division',
      object_id: '640500',
    });
    expect(
      (await call(app, spt, 'GET', `/api/indicators/deaths/records?division=640521&year=${YEAR}`)).statusCode,
    ).toBe(404);
    const ranking = (
      await call(app, spt, 'GET', `/api/indicators/breakdown?parent=640500&key=road_deaths&year=${YEAR}`)
    ).json();
    expect(ranking.items.map((i: { divisionCode: string }) => i.divisionCode)).toEqual(['640502']);
    const city = await login(app, 'city_admin');
    const all = (
      await call(app, city, 'GET', `/api/indicators/breakdown?parent=640500&key=road_deaths&year=${YEAR}`)
    ).json();
    expect(
      all.items.map((i: { divisionCode: string; value: number; rank: number }) => [
        i.divisionCode,
        i.value,
        i.rank,
      ]),
    ).toEqual([
      ['640502', 3, 1],
      ['640521', 1, 2],
      ['640522', 0, 3],
    ]);
    const series = (
      await call(
        app,
        city,
        'GET',
        `/api/indicators/series?division=640500&key=deaths&from=${YEAR - 1}&to=${YEAR}`,
      )
    ).json();
    expect(series.points.map((p: { value: number }) => p.value)).toEqual([0, 4]);
    const stats = (
      await call(app, city, 'GET', `/api/accidents/stats?division=640500&from=${YEAR}&to=${YEAR}`)
    ).json();
    expect(stats.byGrade.find((g: { grade: string }) => g.grade === '较大')).toMatchObject({ accidents: 0 });
    expect(stats.byGrade.find((g: { grade: string }) => g.grade === '一般')).toMatchObject({
      accidents: 3,
      deaths: 4,
    });
  });

  it('exports the indicator table as .xlsx and as a printable PDF', async () => {
    const { app } = t();
    const city = await login(app, 'city_admin');
    const xlsx = await app.inject({
      method: 'GET',
      url: `/api/indicators/export?division=640500&year=${YEAR}&format=xlsx`,
      headers: { cookie: city.cookie },
    });
    expect(xlsx.statusCode).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(xlsx.rawPayload as unknown as ExcelJS.Buffer);
    expect(String(wb.worksheets[0]?.getCell('A1').value)).toContain('中卫市安全生产指标');
    const pdf = await app.inject({
      method: 'GET',
      url: `/api/indicators/export?division=640500&from=${YEAR - 1}&to=${YEAR}&format=pdf`,
      headers: { cookie: city.cookie },
    });
    expect(pdf.statusCode).toBe(200);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    expect(pdf.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
    if (process.env.ANJIAN_KEEP_PDF) fs.writeFileSync(process.env.ANJIAN_KEEP_PDF, pdf.rawPayload);
  });

  it('plans: the city sets targets and decomposes them; a county reads its share but cannot write', async () => {
    const { app } = t();
    const city = await login(app, 'city_admin');
    const spt = await login(app, 'spt_admin');
    const created = await call(app, city, 'POST', '/api/plans', {
      name: '测试规划',
      divisionCode: '640500',
      startYear: YEAR,
      endYear: YEAR,
      baselineFrom: YEAR - 1,
      baselineTo: YEAR - 1,
    });
    expect(created.statusCode).toBe(201);
    const id = created.json().id;
    const saved = await call(app, city, 'PUT', `/api/plans/${id}/targets`, {
      divisionCode: '640500',
      indicatorKey: 'deaths',
      baseline: 10,
      target: 8,
      statedDrop: 20,
    });
    const row = saved.json().rows[0];
    expect(row).toMatchObject({
      statedBaseline: 10,
      computedBaseline: 0,
      target: 8,
      actualYear: YEAR,
      actual: 4,
    });
    const dec = await call(app, city, 'POST', `/api/plans/${id}/decompose`, { divisionCode: '640500' });
    expect(dec.json().targets.map((x: { divisionCode: string; target: number }) => x.divisionCode)).toEqual([
      '640502',
      '640521',
      '640522',
    ]);
    expect((await call(app, spt, 'GET', '/api/plans')).json().map((p: { name: string }) => p.name)).toContain(
      '测试规划',
    );
    expect(
      (await call(app, spt, 'GET', `/api/plans/${id}/targets?division=640502`)).json().rows,
    ).toHaveLength(1);
    expect((await call(app, spt, 'GET', `/api/plans/${id}/targets?division=640500`)).statusCode).toBe(404);
    expect(
      (
        await call(app, spt, 'PUT', `/api/plans/${id}/targets`, {
          divisionCode: '640502',
          indicatorKey: 'deaths',
          target: 1,
        })
      ).statusCode,
    ).toBe(403);
    const bad = await call(app, city, 'POST', '/api/plans', {
      name: 'x',
      divisionCode: '640500',
      startYear: 2020,
      endYear: 2016,
      baselineFrom: 2015,
      baselineTo: 2015,
    });
    expect(bad.statusCode).toBe(400);
    const pdf = await app.inject({
      method: 'GET',
      url: `/api/plans/${id}/export?division=640500&format=pdf`,
      headers: { cookie: city.cookie },
    });
    expect(pdf.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
  });
});
