import { Tag } from 'antd';
import type { AccidentGrade } from '@anjian/domain';

/** Colours of the four grades, shared by the list, the detail page and the dashboard. */
export const gradeColors: Record<AccidentGrade, string> = {
  特别重大: '#a8071a',
  重大: '#d4380d',
  较大: '#d48806',
  一般: '#1677ff',
};

export function GradeTag({ grade, testId }: { grade: AccidentGrade; testId?: string }) {
  return (
    <Tag color={gradeColors[grade]} data-testid={testId} style={{ marginInlineEnd: 0 }}>
      {grade}
    </Tag>
  );
}
