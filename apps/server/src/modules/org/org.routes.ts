import { z } from 'zod';
import {
  departmentBody,
  departmentPatch,
  divisionListQuery,
  divisionParam,
  listDepartmentsQuery,
  pageOf,
  uuidParam,
  sectorSchema,
} from '@anjian/domain';
import type { TypedApp } from '../../platform/http/typed-app.ts';
import type { AppContext } from '../../platform/app-context.ts';
import { errorResponses } from '../../platform/http/schemas.ts';
import { departmentSchema, divisionDetailSchema, divisionSchema } from '@anjian/domain';
import * as org from './org.service.ts';
import { created, noContent } from '../../platform/http/reply.ts';

const tags = ['organisation'];

export function registerOrgRoutes(app: TypedApp, ctx: AppContext) {
  const read = { access: { permission: 'org.read' as const } };
  const write = { access: { permission: 'org.write' as const } };

  app.get(
    '/divisions',
    {
      config: read,
      schema: {
        tags,
        summary: '行政区划（按上级懒加载）',
        querystring: divisionListQuery,
        response: { 200: z.array(divisionSchema), ...errorResponses },
      },
    },
    (req) => org.listDivisions(ctx, req.rc, req.query.parent),
  );
  app.get(
    '/divisions/:code',
    {
      config: read,
      schema: {
        tags,
        summary: '行政区划详情',
        params: divisionParam,
        response: { 200: divisionDetailSchema, ...errorResponses },
      },
    },
    (req) => org.getDivision(ctx, req.rc, req.params.code),
  );
  app.get(
    '/sectors',
    {
      config: read,
      schema: {
        tags,
        summary: '监管行业',
        response: { 200: z.array(sectorSchema), ...errorResponses },
      },
    },
    () => org.listSectors(ctx),
  );
  app.get(
    '/departments',
    {
      config: read,
      schema: {
        tags,
        summary: '部门列表',
        querystring: listDepartmentsQuery,
        response: { 200: pageOf(departmentSchema), ...errorResponses },
      },
    },
    (req) => org.listDepartments(ctx, req.rc, req.query),
  );
  app.get(
    '/departments/:id',
    {
      config: read,
      schema: {
        tags,
        summary: '部门详情',
        params: uuidParam,
        response: { 200: departmentSchema, ...errorResponses },
      },
    },
    (req) => org.getDepartment(ctx, req.rc, req.params.id),
  );
  app.post(
    '/departments',
    {
      config: write,
      schema: {
        tags,
        summary: '新建部门',
        body: departmentBody,
        response: { 201: departmentSchema, ...errorResponses },
      },
    },
    async (req, reply) => created(reply, await org.createDepartment(ctx, req.rc, req.body)),
  );
  app.patch(
    '/departments/:id',
    {
      config: write,
      schema: {
        tags,
        summary: '修改部门',
        params: uuidParam,
        body: departmentPatch,
        response: { 200: departmentSchema, ...errorResponses },
      },
    },
    (req) => org.updateDepartment(ctx, req.rc, req.params.id, req.body),
  );
  app.delete(
    '/departments/:id',
    {
      config: write,
      schema: {
        tags,
        summary: '删除部门（无用户时）',
        params: uuidParam,
        response: { 204: z.null(), ...errorResponses },
      },
    },
    async (req, reply) => {
      await org.deleteDepartment(ctx, req.rc, req.params.id);
      return noContent(reply);
    },
  );
}
