import { Tag } from 'antd';
import type { AccidentGrade } from '@anjian/domain';
import { lookup } from '../../../api/lookup.ts';

/** Colours of the four grades, shared by the list, the detail page and the dashboard. */
export const gradeColors: Record<AccidentGrade, string> = {
  特别重大: '#a8071a',
  重大: '#d4380d',
  较大: '#d48806',
  一般: '#1677ff',
};

/** `grade` is a string: a supplement's grades before and after come typed so from the server. */
export function GradeTag({ grade, testId }: { grade: string; testId?: string }) {
  return (
    <Tag color={lookup(gradeColors, grade)} data-testid={testId} style={{ marginInlineEnd: 0 }}>
      {grade}
    </Tag>
  );
}
