import fs from 'node:fs';

/**
 * One knob for the reliability tests: CI runs them short; `npm run torture` sets ANJIAN_TORTURE=1 and the
 * same code runs at full strength (issue 15 item 10). Figures go to ANJIAN_TORTURE_FIGURES (JSON lines)
 * so scripts/torture.mjs can write docs/reliability.md from what actually ran.
 */
const torture = process.env.ANJIAN_TORTURE === '1';
const fromEnv = (name: string, fallback: number) => {
  const v = Number(process.env[name]);
  return Number.isFinite(v) && v > 0 ? v : fallback;
};

export const strength = {
  torture,
  crashRounds: fromEnv('ANJIAN_TORTURE_CRASH_ROUNDS', torture ? 50 : 3),
  fuzzTotal: fromEnv('ANJIAN_TORTURE_FUZZ_TOTAL', torture ? 10_000 : 0),
  oracleCases: fromEnv('ANJIAN_TORTURE_ORACLE_CASES', torture ? 1_000 : 50),
};

/** Runs per operation: 20 in CI, or enough that all operations together reach fuzzTotal. */
export const fuzzRunsPerOperation = (operations: number) =>
  strength.fuzzTotal > 0 ? Math.ceil(strength.fuzzTotal / operations) : 20;

export const recordFigures = (test: string, figures: Record<string, unknown>) => {
  const file = process.env.ANJIAN_TORTURE_FIGURES;
  if (file) fs.appendFileSync(file, JSON.stringify({ test, ...figures }) + '\n');
};
