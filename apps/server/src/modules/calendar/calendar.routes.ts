import { z } from 'zod';
import {
  deadlineRequest,
  deadlineResponse,
  holidayYearDto,
  holidayYearInput,
  holidayYearParams,
} from '@anjian/domain';
import type { TypedApp } from '../../platform/http/typed-app.ts';
import type { AppContext } from '../../platform/app-context.ts';
import { errorResponses } from '../../platform/http/schemas.ts';
import * as calendar from './calendar.service.ts';

const tags = ['calendar'];

export function registerCalendarRoutes(app: TypedApp, ctx: AppContext) {
  app.post(
    '/calc/deadline',
    {
      config: { access: { public: true } },
      schema: {
        tags,
        summary:
          '期限计算：起算日不计入（民法典 第二百零一条），工作日按国务院节假日安排（行政处罚法 第八十五条）；未录入安排的年份按周末计算并标记 provisional',
        body: deadlineRequest,
        response: { 200: deadlineResponse, ...errorResponses },
      },
    },
    (req) => calendar.deadline(ctx, req.body),
  );
  app.get(
    '/calendar/holidays',
    {
      // Reference data like divisions and sectors: every business role reads it, an account without one not.
      config: { access: { permission: 'org.read' } },
      schema: {
        tags,
        summary: '节假日安排（各年放假日与调休上班日）',
        response: { 200: z.array(holidayYearDto), ...errorResponses },
      },
    },
    () => calendar.listHolidayYears(ctx),
  );
  app.put(
    '/calendar/holidays/:year',
    {
      config: { access: { permission: 'reference.write' } },
      schema: {
        tags,
        summary: '录入/修改一年的节假日安排（按国务院办公厅通知；有误则拒绝并说明）',
        params: holidayYearParams,
        body: holidayYearInput,
        response: { 200: holidayYearDto, ...errorResponses },
      },
    },
    (req) => calendar.saveHolidayYear(ctx, req.rc, req.params.year, req.body),
  );
}
