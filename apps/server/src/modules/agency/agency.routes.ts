import { z } from 'zod';
import {
  agencyBody,
  agencyPatch,
  contractBody,
  endContractBody,
  listAgenciesQuery,
  listVisitsQuery,
  pageOf,
  staffBody,
  uuidParam,
  visitBody,
} from '@anjian/domain';
import type { TypedApp } from '../../platform/http/typed-app.ts';
import type { AppContext } from '../../platform/app-context.ts';
import { errorResponses } from '../../platform/http/schemas.ts';
import { agencyDetailSchema, agencySchema, agencyVisitSchema as visitSchema } from '@anjian/domain';
import * as agencies from './agency.service.ts';
import { created } from '../../platform/http/reply.ts';

const tags = ['agency'];
const contractParam = z.object({ id: z.uuid(), contractId: z.uuid() }).strict();

/** Third-party technical service agencies (第三方机构): registry, staff, contracts, visits. */
export function registerAgencyRoutes(app: TypedApp, ctx: AppContext) {
  const read = { access: { permission: 'agency.read' as const } };
  const write = { access: { permission: 'agency.write' as const } };
  const one = { 200: agencyDetailSchema, ...errorResponses };

  app.get(
    '/agencies',
    {
      config: read,
      schema: {
        tags,
        summary: '第三方机构列表',
        querystring: listAgenciesQuery,
        response: { 200: pageOf(agencySchema), ...errorResponses },
      },
    },
    (req) => agencies.listAgencies(ctx, req.rc, req.query),
  );
  app.post(
    '/agencies',
    {
      config: write,
      schema: {
        tags,
        summary: '登记第三方机构',
        body: agencyBody,
        response: { 201: agencyDetailSchema, ...errorResponses },
      },
    },
    async (req, reply) => created(reply, await agencies.createAgency(ctx, req.rc, req.body)),
  );
  app.get(
    '/agencies/:id',
    {
      config: read,
      schema: { tags, summary: '机构详情（资质、人员、合同）', params: uuidParam, response: one },
    },
    (req) => agencies.getAgency(ctx, req.rc, req.params.id),
  );
  app.patch(
    '/agencies/:id',
    {
      config: write,
      schema: { tags, summary: '修改机构信息与资质', params: uuidParam, body: agencyPatch, response: one },
    },
    (req) => agencies.updateAgency(ctx, req.rc, req.params.id, req.body),
  );
  app.post(
    '/agencies/:id/staff',
    {
      config: write,
      schema: {
        tags,
        summary: '添加机构人员',
        params: uuidParam,
        body: staffBody,
        response: { 201: agencyDetailSchema, ...errorResponses },
      },
    },
    async (req, reply) => created(reply, await agencies.addStaff(ctx, req.rc, req.params.id, req.body)),
  );
  app.post(
    '/agencies/:id/contracts',
    {
      config: write,
      schema: {
        tags,
        summary: '新增服务合同（托管/政府购买服务）',
        params: uuidParam,
        body: contractBody,
        response: { 201: agencyDetailSchema, ...errorResponses },
      },
    },
    async (req, reply) => created(reply, await agencies.addContract(ctx, req.rc, req.params.id, req.body)),
  );
  app.post(
    '/agencies/:id/contracts/:contractId/end',
    {
      config: write,
      schema: { tags, summary: '终止服务合同', params: contractParam, body: endContractBody, response: one },
    },
    (req) => agencies.endContract(ctx, req.rc, req.params.id, req.params.contractId, req.body.endsOn),
  );
  app.get(
    '/agencies/:id/visits',
    {
      config: read,
      schema: {
        tags,
        summary: '服务记录',
        params: uuidParam,
        querystring: listVisitsQuery,
        response: { 200: pageOf(visitSchema), ...errorResponses },
      },
    },
    (req) => agencies.listVisits(ctx, req.rc, req.params.id, req.query),
  );
  app.post(
    '/agencies/:id/visits',
    {
      config: { access: { permission: 'agency.visit' } },
      schema: {
        tags,
        summary: '登记服务记录',
        params: uuidParam,
        body: visitBody,
        response: { 201: visitSchema, ...errorResponses },
      },
    },
    async (req, reply) => created(reply, await agencies.recordVisit(ctx, req.rc, req.params.id, req.body)),
  );
}
