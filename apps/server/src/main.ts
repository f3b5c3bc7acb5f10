import { buildApp } from './app.ts';
import { loadConfig } from './config.ts';
import { userJobs } from './modules/users/user.jobs.ts';
import { hazardJobs } from './modules/hazard/hazard.jobs.ts';
import { securityJobs } from './modules/security/security-alerts.ts';
import { selfInspectionJobs } from './modules/self-inspection/self-inspection.jobs.ts';
import { startJobs } from './platform/jobs/scheduler.ts';

const config = loadConfig();
const { app, ctx, handle } = await buildApp(config);
const stopJobs = startJobs(ctx, [...userJobs, ...hazardJobs, ...selfInspectionJobs, ...securityJobs]);
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
