import { expect, it } from 'vitest';
import { describeEachEngine } from '../../test/test-app.ts';
import { countUpTo } from './count.ts';

describeEachEngine('countUpTo', (t) => {
  it('counts exactly below the cap and says "capped" above it', async () => {
    const { db } = t().ctx;
    expect(await countUpTo(db, db.selectFrom('division').where('level', '=', 'county'))).toEqual({
      total: 3,
      totalCapped: false,
    });
    expect(await countUpTo(db, db.selectFrom('division').where('level', '=', 'village'), 516)).toEqual({
      total: 516,
      totalCapped: false,
    });
    expect(await countUpTo(db, db.selectFrom('division').where('level', '=', 'village'), 515)).toEqual({
      total: 515,
      totalCapped: true,
    });
  });
});
