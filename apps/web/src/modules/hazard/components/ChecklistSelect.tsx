import { Select } from 'antd';
import { useChecklists } from '../use-checklists.ts';

interface Props {
  value?: string;
  onChange?: (code: string | undefined) => void;
  id?: string;
}

/** 排查清单条目 from GET /api/risk/checklists, grouped by standard; the value is the item's code. */
export function ChecklistSelect({ value, onChange, id }: Props) {
  const lists = useChecklists();
  return (
    <Select<string>
      id={id}
      value={value}
      onChange={(v) => onChange?.(v ?? undefined)}
      allowClear
      showSearch
      optionFilterProp="label"
      placeholder="选择对应的判定标准条目（可不选）"
      aria-label="排查清单条目"
      data-testid="hazard-checklist"
      popupMatchSelectWidth={false}
      style={{ width: '100%' }}
      options={lists.map((l) => ({
        label: `${l.title}（${l.docNo}）`,
        options: l.items.map((i) => ({
          value: i.code,
          label: `${i.code} ${i.text}${i.major ? '【重大】' : ''}`,
        })),
      }))}
    />
  );
}
