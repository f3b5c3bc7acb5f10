import { z } from 'zod';
import {
  updateCheckTaskBody,
  updateRiskEventBody,
  updateRiskMeasureBody,
  updateRiskObjectBody,
  updateRiskUnitBody,
  uuidParam,
} from '@anjian/domain';
import type { TypedApp } from '../../platform/http/typed-app.ts';
import type { AppContext } from '../../platform/app-context.ts';
import type { RequestContext } from '../../platform/access/actor.ts';
import { errorResponses } from '../../platform/http/schemas.ts';
import * as edit from './risk-model-edit.service.ts';
import { riskEventSchema, riskMeasureSchema, riskObjectSchema, riskUnitDetailSchema } from '@anjian/domain';
import { taskDetailSchema } from './risk-model.routes.ts';
import { noContent } from '../../platform/http/reply.ts';

const tags = ['risk'];
/** 排查记录 have no PATCH or DELETE on purpose: the OpenAPI document says so next to every edit. */
const evidence =
  '排查记录是风险管控的证据，不可修改、不可删除（没有对应接口）；其下已有排查记录或关联隐患的行不能删除。';

/** One row kind of the model: its path, table, name, edit body and answer. */
interface Kind<B extends z.ZodType> {
  path: string;
  table: edit.Editable;
  name: string;
  body: B;
  response: z.ZodType;
  update: (ctx: AppContext, rc: RequestContext, id: string, v: z.infer<B>) => Promise<unknown>;
  cascade: string;
}
const kind = <B extends z.ZodType>(k: Kind<B>) => k;

const kinds = [
  kind({
    path: 'objects',
    table: 'risk_object',
    name: '风险分析对象',
    body: updateRiskObjectBody,
    response: riskObjectSchema,
    update: edit.updateObject,
    cascade: '单元、事件、措施、任务',
  }),
  kind({
    path: 'units',
    table: 'risk_unit',
    name: '风险分析单元',
    body: updateRiskUnitBody,
    response: riskUnitDetailSchema,
    update: edit.updateUnit,
    cascade: '事件、措施、任务',
  }),
  kind({
    path: 'events',
    table: 'risk_event',
    name: '安全风险事件',
    body: updateRiskEventBody,
    response: riskEventSchema,
    update: edit.updateEvent,
    cascade: '措施、任务',
  }),
  kind({
    path: 'measures',
    table: 'risk_measure',
    name: '管控措施',
    body: updateRiskMeasureBody,
    response: riskMeasureSchema,
    update: edit.updateMeasure,
    cascade: '排查任务',
  }),
  kind({
    path: 'tasks',
    table: 'risk_check_task',
    name: '隐患排查任务',
    body: updateCheckTaskBody,
    response: taskDetailSchema,
    update: edit.updateTask,
    cascade: '无',
  }),
];

/** PATCH and DELETE for every row kind of the risk model; 排查记录 stay immutable (they are evidence). */
export function registerRiskModelEditRoutes(app: TypedApp, ctx: AppContext) {
  const write = { access: { permission: 'risk.write' as const } };
  for (const k of kinds) {
    app.patch(
      `/risk/${k.path}/:id`,
      {
        config: write,
        schema: {
          tags,
          summary: `修改${k.name}（只改所给字段${k.table === 'risk_event' ? '；给出 assessment 时按标准分值表重新评级' : ''}）`,
          description: `与新建相同的权限和数据范围；范围外的 id 为 404 并记审计。上级和所属企业不可改；未知字段或取值不合法为 400。${evidence}`,
          params: uuidParam,
          body: k.body,
          response: { 200: k.response, ...errorResponses },
        },
      },
      (req) => k.update(ctx, req.rc, req.params.id, req.body as never),
    );
    app.delete(
      `/risk/${k.path}/:id`,
      {
        config: write,
        schema: {
          tags,
          summary: `删除${k.name}（连同其下${k.cascade}）；其下已有排查记录时 409，记录作为证据保留`,
          description: `整棵子树在一个事务中删除并记审计；其下有排查记录（或其关联的隐患）时 409，消息写明条数，什么也不删。${evidence}`,
          params: uuidParam,
          response: { 204: z.null(), ...errorResponses },
        },
      },
      async (req, reply) => {
        await edit.remove(ctx, req.rc, k.table, req.params.id);
        return noContent(reply);
      },
    );
  }
}
