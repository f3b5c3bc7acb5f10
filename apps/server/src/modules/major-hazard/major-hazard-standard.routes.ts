import { standardEntryBody, standardEntryParams, standardTableDto, standardTableParam } from '@anjian/domain';
import type { TypedApp } from '../../platform/http/typed-app.ts';
import type { AppContext } from '../../platform/app-context.ts';
import { errorResponses } from '../../platform/http/schemas.ts';
import * as standard from './major-hazard-standard.service.ts';

const tags = ['major-hazard'];

/** GB 18218-2018 Tables 1–6 as reference data: regulators and the administrator read, the administrator edits. */
export function registerMajorHazardStandardRoutes(app: TypedApp, ctx: AppContext) {
  const response = { 200: standardTableDto, ...errorResponses };
  app.get(
    '/major-hazard/standard/tables/:table',
    {
      config: { access: { permission: ['majorhazard.read', 'reference.write'] as const } },
      schema: {
        tags,
        summary: 'GB 18218-2018 表1–表6（标准参数；含出厂值、修订号、修改人）',
        params: standardTableParam,
        response,
      },
    },
    (req) => standard.listStandardTable(ctx, req.params.table),
  );
  app.put(
    '/major-hazard/standard/tables/:table/entries/:key',
    {
      config: { access: { permission: 'reference.write' as const } },
      schema: {
        tags,
        summary: '修改标准参数的一个条目（系统管理员；校验后生效，修订号 +1，审计前后值与原因）',
        params: standardEntryParams,
        body: standardEntryBody,
        response,
      },
    },
    (req) => standard.updateStandardEntry(ctx, req.rc, req.params.table, req.params.key, req.body),
  );
}
