import { defaultMonitoringPolicy } from '@anjian/domain';
import type { ModuleManifest } from '../../platform/module.ts';
import { seedDemoMonitoring } from './monitoring.demo.ts';
import { startIngestor } from './monitoring.ingest.ts';
import { monitoringJobs } from './monitoring.jobs.ts';
import { seedPolicy } from './monitoring-settings.repository.ts';
import { registerMonitoringRoutes } from './monitoring.routes.ts';

/** 重大危险源在线监测预警: points, MQTT ingestion into per-minute aggregates, alarms, 离线, alarm → hazard. */
export const monitoringModule: ModuleManifest = {
  name: 'monitoring',
  registerRoutes: registerMonitoringRoutes,
  jobs: monitoringJobs,
  seedReference: (ctx) => seedPolicy(ctx.db, defaultMonitoringPolicy),
  seedDemo: async (ctx) => {
    if (ctx.config.demoEnterprises) await seedDemoMonitoring(ctx);
  },
  services: [
    {
      name: 'monitoring.ingest',
      start: async (ctx) => {
        const { enabled, url, host, port, topicRoot } = ctx.config.mqtt;
        if (!enabled) return async () => {};
        const ingestor = await startIngestor(ctx, { url, host, port, topicRoot });
        ctx.log.info(`monitoring: subscribed to ${topicRoot}/+/+/+ on ${ingestor.url}`);
        return () => ingestor.stop();
      },
    },
  ],
};

export { startIngestor } from './monitoring.ingest.ts';
