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
const stopServices: (() => Promise<void>)[] = [];
app.addHook('onClose', async () => {
  stopJobs();
  await Promise.all(stopServices.map((stop) => stop()));
});
await app.listen({ port: config.port, host: config.host });
// A service that cannot start (a port taken, a broker down) is logged; the API keeps serving.
for (const service of modules.flatMap((m) => m.services ?? [])) {
  try {
    stopServices.push(await service.start(ctx));
  } catch (err) {
    app.log.error({ err, service: service.name }, 'service failed to start');
  }
}
app.log.info(
  `Anjian listening on http://localhost:${config.port} (database: ${handle.kind}${config.demo ? ', demo mode' : ''})`,
);

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    app.log.info(`${signal}: closing`);
    void app.close().then(() => process.exit(0));
  });
}
