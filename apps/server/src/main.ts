import { buildApp } from './app.ts';
import { loadConfig } from './config.ts';

const config = loadConfig();
const { app, handle } = await buildApp(config);
await app.listen({ port: config.port, host: config.host });
app.log.info(`Anjian listening on http://localhost:${config.port} (database: ${handle.kind}${config.demo ? ', demo mode' : ''})`);

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    app.log.info(`${signal}: closing`);
    void app.close().then(() => process.exit(0));
  });
}
