import {
  acknowledgeAlarmBody,
  listMonitoringAlarmsQuery,
  listMonitoringPointsQuery,
  monitoringAlarmMapSchema,
  monitoringAlarmSchema,
  monitoringIngestStatsSchema,
  monitoringPointBody,
  monitoringPointSchema,
  monitoringPolicyBody,
  monitoringPolicySchema,
  monitoringTrendQuery,
  monitoringTrendSchema,
  pageOf,
  uuidParam,
} from '@anjian/domain';
import type { TypedApp } from '../../platform/http/typed-app.ts';
import type { AppContext } from '../../platform/app-context.ts';
import { errorResponses, noContent as noContentSchema } from '../../platform/http/schemas.ts';
import { created, noContent } from '../../platform/http/reply.ts';
import * as svc from './monitoring.service.ts';

const tags = ['monitoring'];

/** 重大危险源在线监测预警: points and thresholds, live trends, alarms and their acknowledgement. */
export function registerMonitoringRoutes(app: TypedApp, ctx: AppContext) {
  const read = { access: { permission: 'monitoring.read' as const } };
  const write = { access: { permission: 'monitoring.write' as const } };
  const ack = { access: { permission: 'monitoring.ack' as const } };
  const point = { 200: monitoringPointSchema, ...errorResponses };

  app.get(
    '/monitoring/points',
    {
      config: read,
      schema: {
        tags,
        summary: '监测点位列表（按单元、企业、区划；企业看本企业，监管看辖区）',
        querystring: listMonitoringPointsQuery,
        response: { 200: pageOf(monitoringPointSchema), ...errorResponses },
      },
    },
    (req) => svc.listPoints(ctx, req.rc, req.query),
  );
  app.post(
    '/monitoring/points',
    {
      config: write,
      schema: {
        tags,
        summary: '企业为本企业的重大危险源单元配置监测点位（液位、温度、压力、气体浓度；高报、高高报）',
        body: monitoringPointBody,
        response: { 201: monitoringPointSchema, ...errorResponses },
      },
    },
    async (req, reply) => created(reply, await svc.createPoint(ctx, req.rc, req.body)),
  );
  app.get(
    '/monitoring/points/:id',
    {
      config: read,
      schema: { tags, summary: '监测点位详情（含 MQTT 主题、最新值）', params: uuidParam, response: point },
    },
    (req) => svc.getPoint(ctx, req.rc, req.params.id),
  );
  app.put(
    '/monitoring/points/:id',
    {
      config: write,
      schema: {
        tags,
        summary: '修改监测点位及其报警阈值（审计前后值）',
        params: uuidParam,
        body: monitoringPointBody,
        response: point,
      },
    },
    (req) => svc.updatePoint(ctx, req.rc, req.params.id, req.body),
  );
  app.delete(
    '/monitoring/points/:id',
    {
      config: write,
      schema: {
        tags,
        summary: '停用监测点位（历史读数与报警保留）',
        params: uuidParam,
        response: { 204: noContentSchema, ...errorResponses },
      },
    },
    async (req, reply) => {
      await svc.retirePoint(ctx, req.rc, req.params.id);
      return noContent(reply);
    },
  );
  app.get(
    '/monitoring/points/:id/trend',
    {
      config: read,
      schema: {
        tags,
        summary: '监测点位实时趋势（最近 N 分钟的逐分钟最小、最大、平均、末值）',
        params: uuidParam,
        querystring: monitoringTrendQuery,
        response: { 200: monitoringTrendSchema, ...errorResponses },
      },
    },
    (req) => svc.getTrend(ctx, req.rc, req.params.id, req.query.minutes),
  );
  app.get(
    '/monitoring/alarms',
    {
      config: read,
      schema: {
        tags,
        summary: '监测报警列表（默认未消除的；按区划、类型、企业、点位筛选）',
        querystring: listMonitoringAlarmsQuery,
        response: { 200: pageOf(monitoringAlarmSchema), ...errorResponses },
      },
    },
    (req) => svc.listAlarms(ctx, req.rc, req.query),
  );
  app.get(
    '/monitoring/alarm-map',
    {
      config: read,
      schema: {
        tags,
        summary: '报警分布图：辖区内有未消除报警的企业（坐标、按类型计数、最严重类型）',
        response: { 200: monitoringAlarmMapSchema, ...errorResponses },
      },
    },
    (req) => svc.alarmMap(ctx, req.rc),
  );
  app.get(
    '/monitoring/alarms/:id',
    {
      config: read,
      schema: {
        tags,
        summary: '监测报警详情',
        params: uuidParam,
        response: { 200: monitoringAlarmSchema, ...errorResponses },
      },
    },
    (req) => svc.getAlarm(ctx, req.rc, req.params.id),
  );
  app.post(
    '/monitoring/alarms/:id/acknowledge',
    {
      config: ack,
      schema: {
        tags,
        summary: '确认报警（记录确认人、时间、处置说明；审计）',
        params: uuidParam,
        body: acknowledgeAlarmBody,
        response: { 200: monitoringAlarmSchema, ...errorResponses },
      },
    },
    (req) => svc.acknowledgeAlarm(ctx, req.rc, req.params.id, req.body),
  );
  app.get(
    '/monitoring/ingest-stats',
    {
      config: read,
      schema: {
        tags,
        summary: '采集计数（接收、入库、按原因丢弃的报文数）',
        response: { 200: monitoringIngestStatsSchema, ...errorResponses },
      },
    },
    () => svc.ingestStats(ctx),
  );
  app.get(
    '/monitoring/policy',
    {
      config: read,
      schema: {
        tags,
        summary: '报警转隐患时长、离线判定时长',
        response: { 200: monitoringPolicySchema, ...errorResponses },
      },
    },
    () => svc.loadPolicy(ctx.db),
  );
  app.put(
    '/monitoring/policy',
    {
      config: { access: { permission: 'reference.write' as const } },
      schema: {
        tags,
        summary: '修改报警转隐患时长、离线判定时长（系统管理员；审计）',
        body: monitoringPolicyBody,
        response: { 200: monitoringPolicySchema, ...errorResponses },
      },
    },
    (req) => svc.updatePolicy(ctx, req.rc, req.body),
  );
}
