import { prng } from '@anjian/domain';
import { rssMiB, type ServerProcess } from './harness.ts';

export interface SoakReport {
  seconds: number;
  requests: number;
  writes: number;
  errors: string[];
  rssMiB: number[];
  /** Mean RSS of the last third of samples over the mean of the first third. */
  memoryGrowth: number;
  ok: boolean;
}

/**
 * Mixed reads and writes at modest concurrency for a bounded time, on 127.0.0.1 only: no error may
 * occur and memory must stay flat (last third of the samples within 25 % of the first third).
 */
export async function soak(
  server: ServerProcess,
  session: { cookie: string; csrf: string },
  ids: { enterpriseId: string; accidentId: string },
  seconds: number,
  workers = 4,
): Promise<SoakReport> {
  const r = prng(7);
  const end = Date.now() + seconds * 1000;
  const errors: string[] = [];
  const samples: number[] = [];
  let requests = 0;
  let writes = 0;
  const sampler = setInterval(() => {
    const m = rssMiB(server.child.pid);
    if (m !== null) samples.push(m);
  }, 2000);
  const reads = [
    '/api/enterprises?page=1&pageSize=20',
    `/api/enterprises/${ids.enterpriseId}`,
    '/api/accidents?page=1&pageSize=20',
    `/api/accidents/${ids.accidentId}`,
    '/api/indicators?division=640500&year=2015',
    '/api/users?page=1&pageSize=20',
  ];
  await Promise.all(
    Array.from({ length: workers }, async (_, w) => {
      for (let i = 0; Date.now() < end; i++) {
        const write = r.next() < 0.2;
        const res = write
          ? await fetch(`${server.base}/api/accidents`, {
              method: 'POST',
              headers: {
                'content-type': 'application/json',
                cookie: session.cookie,
                'x-csrf-token': session.csrf,
              },
              body: JSON.stringify({
                occurredAt: new Date(Date.now() - 3600_000).toISOString(),
                divisionCode: '640521100',
                title: `压测事故 ${w}-${i}`,
                category: 'road_traffic',
                accidentType: '06',
                deaths: r.int(0, 2),
                seriousInjuries: r.int(0, 3),
                directLoss: r.int(0, 500),
              }),
            })
          : await fetch(`${server.base}${r.pick(reads)}`, { headers: { cookie: session.cookie } });
        await res.arrayBuffer();
        requests++;
        if (write) writes++;
        if (res.status >= 400) errors.push(`${res.status} ${res.url}`);
      }
    }),
  );
  clearInterval(sampler);
  const third = Math.max(1, Math.floor(samples.length / 3));
  const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / Math.max(1, xs.length);
  const growth = mean(samples.slice(-third)) / Math.max(1, mean(samples.slice(0, third)));
  return {
    seconds,
    requests,
    writes,
    errors: errors.slice(0, 20),
    rssMiB: samples,
    memoryGrowth: Math.round(growth * 100) / 100,
    ok: errors.length === 0 && growth <= 1.25,
  };
}
