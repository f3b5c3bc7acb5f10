import { buildApp } from './app.ts';
import { loadConfig } from './config.ts';
import { modules } from './modules/index.ts';
import { startJobs } from './platform/jobs/scheduler.ts';

const config = loadConfig();
const { app, ctx, handle } = await buildApp(config);
const stopJobs = startJobs(
  ctx,
  modules.flatMap((m) => m.jobs ?? []),
);
app.addHook('onClose', async () => stopJobs());
await app.listen({ port: config.port, host: config.host });
app.log.info(
  `Anjian listening on http://localhost:${config.port} (database: ${handle.kind}${config.demo ? ', demo mode' : ''})`,
);

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    app.log.info(`${signal}: closing`);
    void app.close().then(() => process.exit(0));
  });
}
