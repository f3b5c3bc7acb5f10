import type { DocumentTemplate, TemplateBlock } from '../documents/template.ts';
import type { CaseStep } from './case-machine.ts';

/**
 * The documents a case step produces (issue 13 item 4), as versioned templates. Their text follows the
 * articles they cite; the layout is the paper form's (label：value lines, signature lines). A template
 * is never edited in place: a change is a new version, so an issued document keeps the one it had.
 */
export interface CaseDocumentKind {
  /** The document kind's code (registered with `ensureDocumentKinds`). */
  code: string;
  /** 行政处罚告知书 */
  name: string;
  /** 应急罚告: the {kind} part of the number. */
  abbreviation: string;
  /** Served on the party: the enterprise may read and download it. */
  servedOnParty: boolean;
  template: DocumentTemplate;
}

const party: TemplateBlock = {
  type: 'fields',
  columns: 1,
  rows: [
    { label: '当事人', path: 'party.name' },
    { label: '统一社会信用代码', path: 'party.creditCode' },
    { label: '地址', path: 'party.address' },
    { label: '主要负责人', path: 'party.principal' },
  ],
};

const penaltyNotice: CaseDocumentKind = {
  code: 'enforcement.penalty-notice',
  name: '行政处罚告知书',
  abbreviation: '应急罚告',
  servedOnParty: true,
  template: {
    key: 'enforcement.penalty-notice',
    version: 1,
    title: '行政处罚告知书',
    blocks: [
      party,
      { type: 'fields', columns: 1, rows: [{ label: '案件编号', path: 'caseNo' }] },
      { type: 'heading', text: '违法事实' },
      { type: 'paragraph', text: '{{facts}}' },
      { type: 'heading', text: '拟作出的行政处罚' },
      {
        type: 'paragraph',
        text: '依据{{penalty.citation}}，本机关拟对你（单位）作出如下行政处罚：{{penalty.text}}。',
      },
      { type: 'heading', text: '你（单位）的权利' },
      {
        type: 'paragraph',
        text: '根据《中华人民共和国行政处罚法》第四十四条、第四十五条的规定，你（单位）有权进行陈述和申辩。{{hearingRight}}',
      },
      { type: 'signatures', parties: ['执法人员', '当事人'] },
    ],
  },
};

const penaltyDecision: CaseDocumentKind = {
  code: 'enforcement.penalty-decision',
  name: '行政处罚决定书',
  abbreviation: '应急罚',
  servedOnParty: true,
  template: {
    key: 'enforcement.penalty-decision',
    version: 1,
    title: '行政处罚决定书',
    blocks: [
      party,
      { type: 'fields', columns: 1, rows: [{ label: '案件编号', path: 'caseNo' }] },
      { type: 'heading', text: '违法事实和证据' },
      { type: 'paragraph', text: '{{facts}}' },
      { type: 'heading', text: '行政处罚的依据和内容' },
      {
        type: 'paragraph',
        text: '依据{{penalty.citation}}，决定给予你（单位）如下行政处罚：{{penalty.text}}。',
      },
      { type: 'heading', text: '履行方式和期限' },
      {
        type: 'paragraph',
        text:
          '罚款应当自收到本决定书之日起十五日内缴至指定银行或者通过电子支付系统缴纳（《中华人民共和国行政处罚法》' +
          '第六十七条）。到期不缴纳罚款的，每日按罚款数额的百分之三加处罚款，加处罚款的数额不超过罚款的数额' +
          '（第七十二条）。',
      },
      { type: 'heading', text: '救济途径' },
      {
        type: 'paragraph',
        text: '如不服本决定，可以依法申请行政复议或者提起行政诉讼。复议、诉讼期间，本决定不停止执行（第七十三条）。',
      },
      { type: 'signatures', parties: ['执法机关（印章）', '当事人签收'] },
    ],
  },
};

const transferLetter: CaseDocumentKind = {
  code: 'enforcement.transfer',
  name: '涉嫌犯罪案件移送书',
  abbreviation: '应急移',
  servedOnParty: false,
  template: {
    key: 'enforcement.transfer',
    version: 1,
    title: '涉嫌犯罪案件移送书',
    blocks: [
      { type: 'fields', columns: 1, rows: [{ label: '案件编号', path: 'caseNo' }] },
      party,
      { type: 'heading', text: '移送理由' },
      {
        type: 'paragraph',
        text:
          '本机关在办理上述案件中，发现当事人的违法行为涉嫌构成犯罪，依据《中华人民共和国行政处罚法》第二十七条' +
          '和《行政执法机关移送涉嫌犯罪案件的规定》，现将该案移送你单位。{{comment}}',
      },
      { type: 'heading', text: '违法事实' },
      { type: 'paragraph', text: '{{facts}}' },
      { type: 'signatures', parties: ['移送机关（印章）', '接收单位签收'] },
    ],
  },
};

export const caseDocumentKinds: readonly CaseDocumentKind[] = [
  penaltyNotice,
  penaltyDecision,
  transferLetter,
];

/** The document a step issues, if it issues one: 告知 → 告知书, 决定 → 决定书, 移送 → 移送书. */
export const documentOfStep = (step: CaseStep | 'file'): CaseDocumentKind | null =>
  step === 'notify'
    ? penaltyNotice
    : step === 'decide'
      ? penaltyDecision
      : step === 'transfer'
        ? transferLetter
        : null;

export const isServedOnParty = (kind: string) =>
  caseDocumentKinds.some((k) => k.code === kind && k.servedOnParty);

/** 听证 right as the notice states it (行政处罚法 第六十三条、第六十四条; its 五日 are working days, 第八十五条). */
export const hearingRightText = (offered: boolean) =>
  offered
    ? '根据第六十三条、第六十四条的规定，你（单位）有权要求听证，应当在本机关告知后五日内提出；逾期未提出的，视为放弃听证权利。'
    : '陈述、申辩可以向本机关书面或者口头提出，本机关将充分听取你（单位）的意见（第四十五条）。';
