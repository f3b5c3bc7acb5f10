import { expect, it } from 'vitest';
import { type IndicatorValueDto, accidentDrillDown, indicatorDefinition } from '@anjian/domain';
import { type Session, call, describeEachEngine, login } from '../../../test/test-app.ts';

/**
 * Numbers that match their drill-down (issue 11): every figure of the 驾驶舱 — the KPI tiles, the map and
 * the ranking by county, the trend by year, the grade and category tiles — is compared with the list it
 * opens (GET /api/accidents with the same query the page builds): a count with the list's length, a number
 * of deaths with the sum of the list's 死亡 column.
 */
describeEachEngine(
  'dashboard figures match their drill-down lists',
  (t) => {
    const CITY = '640500';
    let s: Session;
    const get = async <T>(url: string): Promise<T> => {
      const res = await call(t().app, s, 'GET', url);
      expect(res.statusCode, `${url}: ${res.body}`).toBe(200);
      return res.json() as T;
    };
    /** The whole drill-down list: its length and the sum of its deaths. */
    const drill = async (query: Record<string, string | number>) => {
      let page = 1;
      let deaths = 0;
      let length = 0;
      let withoutDeaths = 0;
      for (;;) {
        const q = new URLSearchParams({ ...query, page: String(page), pageSize: '100' } as Record<
          string,
          string
        >);
        const body = await get<{ items: { deaths: number }[]; total: number }>(`/api/accidents?${q}`);
        length += body.items.length;
        deaths += body.items.reduce((n, a) => n + a.deaths, 0);
        withoutDeaths += body.items.filter((a) => a.deaths === 0).length;
        if (body.items.length < 100) return { length, deaths, withoutDeaths, total: body.total };
        page += 1;
      }
    };
    const matches = async (
      label: string,
      figure: { measure: 'accidents' | 'deaths'; value: number },
      query: Record<string, string | number>,
    ) => {
      const list = await drill(query);
      expect(list.total, label).toBe(list.length);
      expect(figure.measure === 'accidents' ? list.length : list.deaths, label).toBe(figure.value);
      // A number of deaths opens the accidents with deaths, and only those.
      if (figure.measure === 'deaths') expect(list.withoutDeaths, label).toBe(0);
      return list;
    };

    it('KPI tiles, map, ranking, trend, grade and category tiles', async () => {
      s = await login(t().app, 'city_admin');
      const stats = await get<{
        byYear: { year: number; accidents: number; deaths: number }[];
      }>(`/api/accidents/stats?division=${CITY}&from=2000&to=2030`);
      const years = stats.byYear.filter((y) => y.accidents > 0).map((y) => y.year);
      expect(years.length).toBeGreaterThan(0);
      const year = Math.max(...years);

      // KPI tiles (every indicator, not only the five shown: the page may show any of them).
      const indicators = await get<IndicatorValueDto[]>(`/api/indicators?division=${CITY}&year=${year}`);
      let nonZero = 0;
      for (const item of indicators) {
        const def = indicatorDefinition(item.key);
        if (!def) throw new Error(item.key);
        if (item.numerator > 0) nonZero += 1;
        await matches(
          `KPI ${item.key}`,
          { measure: def.numerator.measure, value: item.numerator },
          { divisionCode: CITY, year, ...accidentDrillDown(def) },
        );
      }
      expect(nonZero).toBeGreaterThan(3); // the walk compares real figures, not zeros

      // Map and ranking by county for the shown indicators.
      for (const key of ['gdp_death_rate', 'larger_accidents', 'accidents']) {
        const def = indicatorDefinition(key)!;
        const breakdown = await get<{ items: { divisionCode: string; numerator: number }[] }>(
          `/api/indicators/breakdown?parent=${CITY}&key=${key}&year=${year}`,
        );
        expect(breakdown.items.length).toBeGreaterThan(0);
        for (const c of breakdown.items)
          await matches(
            `map ${key} ${c.divisionCode}`,
            { measure: def.numerator.measure, value: c.numerator },
            { divisionCode: c.divisionCode, year, ...accidentDrillDown(def) },
          );
      }

      // Trend by year (accident counts) for the trend's span.
      for (const y of stats.byYear.filter((b) => b.year > year - 10))
        await matches(
          `trend ${y.year}`,
          { measure: 'accidents', value: y.accidents },
          {
            divisionCode: CITY,
            year: y.year,
          },
        );

      // Grade and category tiles of the year.
      const yearStats = await get<{
        byGrade: { grade: string; accidents: number; deaths: number }[];
        byCategory: { category: string; accidents: number }[];
      }>(`/api/accidents/stats?division=${CITY}&from=${year}&to=${year}`);
      for (const g of yearStats.byGrade) {
        const list = await matches(
          `grade ${g.grade}`,
          { measure: 'accidents', value: g.accidents },
          {
            divisionCode: CITY,
            year,
            grade: g.grade,
          },
        );
        expect(list.deaths, `grade ${g.grade} deaths`).toBe(g.deaths);
      }
      for (const c of yearStats.byCategory)
        await matches(
          `category ${c.category}`,
          { measure: 'accidents', value: c.accidents },
          {
            divisionCode: CITY,
            year,
            category: c.category,
          },
        );
    });
  },
  { demoAccidents: true },
);
