import type { DocumentTemplate, TemplateBlock } from '../documents/template.ts';

/**
 * The documents of a 现场检查 (安全生产执法文书: 现场检查记录, 责令限期整改指令书, 整改复查意见书) as versioned
 * templates, numbered like the case documents (`（沙坡头）应急检记〔2026〕1号`). The kinds' abbreviations are
 * those of the 应急管理部 执法文书 forms; an administrator may change them (doc_kind). A template is never
 * edited in place: a change is a new version, so an issued document keeps the one it had.
 *
 * Cited: 《中华人民共和国安全生产法》(2021修正) 第六十五条 (检查中发现的事故隐患责令排除、限期改正; 复查).
 */
export interface InspectionDocumentKind {
  code: string;
  name: string;
  abbreviation: string;
  /** Served on the inspected enterprise: its accounts may read and download it. */
  servedOnParty: boolean;
  template: DocumentTemplate;
}

const party: TemplateBlock = {
  type: 'fields',
  columns: 1,
  rows: [
    { label: '被检查单位', path: 'party.name' },
    { label: '统一社会信用代码', path: 'party.creditCode' },
    { label: '地址', path: 'party.address' },
    { label: '主要负责人', path: 'party.principal' },
  ],
};

/** 现场检查记录: what was checked, found and done on the spot; signed there, kept by the office. */
export const inspectionRecordKind: InspectionDocumentKind = {
  code: 'enforcement.inspection-record',
  name: '现场检查记录',
  abbreviation: '应急检记',
  servedOnParty: false,
  template: {
    key: 'enforcement.inspection-record',
    version: 1,
    title: '现场检查记录',
    blocks: [
      party,
      {
        type: 'fields',
        columns: 2,
        rows: [
          { label: '检查日期', path: 'inspectedOn' },
          { label: '检查人员', path: 'inspector' },
        ],
      },
      { type: 'heading', text: '检查情况' },
      {
        type: 'list',
        path: 'findings',
        item: '{{#}}. {{.checklistItem}}：{{.description}}（位置：{{.location}}；依据：{{.legalBasis}}；{{.level}}隐患）',
        empty: '本次检查未发现问题。',
      },
      { type: 'heading', text: '现场处理措施' },
      { type: 'list', path: 'measures', item: '{{#}}. {{.name}}', empty: '无' },
      { type: 'signatures', parties: ['检查人员', '被检查单位负责人'] },
    ],
  },
};

/** 责令限期整改指令书: each finding with its own deadline (安全生产法 第六十五条). */
export const rectifyOrderKind: InspectionDocumentKind = {
  code: 'enforcement.rectify-order',
  name: '责令限期整改指令书',
  abbreviation: '应急责改',
  servedOnParty: true,
  template: {
    key: 'enforcement.rectify-order',
    version: 1,
    title: '责令限期整改指令书',
    blocks: [
      party,
      { type: 'paragraph', text: '经{{inspectedOn}}现场检查，发现你单位存在下列问题：' },
      {
        type: 'list',
        path: 'findings',
        item: '{{#}}. {{.description}}（位置：{{.location}}；依据：{{.legalBasis}}），限于{{.deadline}}前整改完毕。',
      },
      {
        type: 'paragraph',
        text:
          '依据《中华人民共和国安全生产法》第六十五条的规定，现责令你单位对上述问题按期整改完毕，达到有关法律、' +
          '法规、规章和国家标准或者行业标准的要求，并将整改情况书面报告本机关。整改期间，应当采取措施保证安全。',
      },
      {
        type: 'paragraph',
        text: '如不服本指令，可以依法申请行政复议或者提起行政诉讼，但本指令不停止执行。',
      },
      { type: 'signatures', parties: ['执法人员', '被检查单位负责人签收'] },
    ],
  },
};

/** 整改复查意见书: per finding, rectified or not, after the 指令书's deadline or the enterprise's report. */
export const rectifyReviewKind: InspectionDocumentKind = {
  code: 'enforcement.rectify-review',
  name: '整改复查意见书',
  abbreviation: '应急复查',
  servedOnParty: true,
  template: {
    key: 'enforcement.rectify-review',
    version: 1,
    title: '整改复查意见书',
    blocks: [
      party,
      {
        type: 'paragraph',
        text: '本机关于{{reviewedOn}}对《责令限期整改指令书》（{{orderNumber}}）所列问题的整改情况进行了复查，意见如下：',
      },
      { type: 'heading', text: '已整改' },
      {
        type: 'list',
        path: 'rectified',
        item: '{{#}}. {{.description}}（位置：{{.location}}）',
        empty: '无',
      },
      { type: 'heading', text: '未整改' },
      {
        type: 'list',
        path: 'unrectified',
        item: '{{#}}. {{.description}}（位置：{{.location}}）：{{.comment}}',
        empty: '无',
      },
      { type: 'paragraph', text: '{{conclusion}}' },
      { type: 'signatures', parties: ['复查人员', '被复查单位负责人签收'] },
    ],
  },
};

export const inspectionDocumentKinds: readonly InspectionDocumentKind[] = [
  inspectionRecordKind,
  rectifyOrderKind,
  rectifyReviewKind,
];

export const isInspectionDocumentServed = (kind: string) =>
  inspectionDocumentKinds.some((k) => k.code === kind && k.servedOnParty);

/** The review's closing words: every finding rectified, or what remains and what follows. */
export const reviewConclusion = (unrectified: number) =>
  unrectified === 0
    ? '经复查，上述问题已全部整改完毕。'
    : `经复查，尚有${unrectified}项问题未整改完毕。你单位应当立即采取措施消除事故隐患；拒不执行的，本机关将依照《中华人民共和国安全生产法》的有关规定依法处理。`;
