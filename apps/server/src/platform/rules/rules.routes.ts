import { ruleListDto, ruleListQuery, ruleVersionDto, ruleVersionInput } from '@anjian/domain';
import type { AppContext } from '../app-context.ts';
import { created } from '../http/reply.ts';
import { errorResponses } from '../http/schemas.ts';
import type { TypedApp } from '../http/typed-app.ts';
import { addRuleVersion, listRules } from './rules.ts';

const tags = ['rules'];

/** 法定规则版本 (platform): the figures set by law, versioned, and the administrator's new versions. */
export function registerRuleRoutes(app: TypedApp, ctx: AppContext) {
  app.get(
    '/rules',
    {
      // Reference data like the holiday schedule: every business role reads it.
      config: { access: { permission: 'org.read' } },
      schema: {
        tags,
        summary: '法定规则（期限、比例、规章版本）的全部版本：生效日期、依据、是否已核实、修改人',
        querystring: ruleListQuery,
        response: { 200: ruleListDto, ...errorResponses },
      },
    },
    (req) => listRules(ctx, req.query.key),
  );
  app.post(
    '/rules',
    {
      config: { access: { permission: 'reference.write' } },
      schema: {
        tags,
        summary: '新增规则版本（自生效日起适用；同日版本为更正，须说明理由，原版本保留）',
        body: ruleVersionInput,
        response: { 201: ruleVersionDto, ...errorResponses },
      },
    },
    async (req, reply) => created(reply, await addRuleVersion(ctx, req.rc, req.body)),
  );
}
