import { z } from 'zod';
import {
  documentDto,
  documentKindDto,
  documentKindInput,
  documentKindParams,
  publicDocumentDto,
  uuidParam,
  withdrawDocumentInput,
} from '@anjian/domain';
import type { AppContext } from '../app-context.ts';
import { sendDownload } from '../http/reply.ts';
import { errorResponses } from '../http/schemas.ts';
import type { TypedApp } from '../http/typed-app.ts';
import * as documents from './documents.ts';

const tags = ['documents'];

/** 执法文书 (platform): the public verification, the issuing office's detail, PDF and withdrawal, the kinds. */
export function registerDocumentRoutes(app: TypedApp, ctx: AppContext) {
  app.get(
    '/public/documents/:id',
    {
      config: { access: { public: true } },
      schema: {
        tags,
        summary: '文书核验（扫码，无需登录）：编号、种类、制发机关、日期、SHA-256 与状态，不含任何个人信息',
        params: uuidParam,
        response: { 200: publicDocumentDto, ...errorResponses },
      },
    },
    (req) => documents.publicDocument(ctx, req.params.id),
  );
  app.get(
    '/documents/:id',
    {
      config: { access: { permission: 'document.read' } },
      schema: {
        tags,
        summary: '文书详情（制发机关及上级）',
        params: uuidParam,
        response: { 200: documentDto, ...errorResponses },
      },
    },
    (req) => documents.getDocument(ctx, req.rc, req.params.id),
  );
  app.get(
    '/documents/:id/pdf',
    {
      config: { access: { permission: 'document.read' } },
      schema: { tags, summary: '文书 PDF（与核验页 SHA-256 一致的原件）', params: uuidParam },
    },
    async (req, reply) =>
      sendDownload(reply, { ...(await documents.documentPdf(ctx, req.rc, req.params.id)), inline: true }),
  );
  app.post(
    '/documents/:id/withdraw',
    {
      config: { access: { permission: 'document.withdraw' } },
      schema: {
        tags,
        summary: '撤回文书（核验页显示“已撤回”；编号保留，不再使用）',
        params: uuidParam,
        body: withdrawDocumentInput,
        response: { 200: documentDto, ...errorResponses },
      },
    },
    (req) => documents.withdrawDocument(ctx, req.rc, req.params.id, req.body.reason),
  );
  app.get(
    '/documents/kinds',
    {
      config: { access: { permission: 'reference.write' } },
      schema: {
        tags,
        summary: '文书种类与编号格式',
        response: { 200: z.array(documentKindDto), ...errorResponses },
      },
    },
    () => documents.listDocumentKinds(ctx),
  );
  app.put(
    '/documents/kinds/:code',
    {
      config: { access: { permission: 'reference.write' } },
      schema: {
        tags,
        summary: '修改文书种类的名称、简称与编号格式（如 （{authority}）{kind}〔{year}〕{seq}号）',
        params: documentKindParams,
        body: documentKindInput,
        response: { 200: documentKindDto, ...errorResponses },
      },
    },
    (req) => documents.updateDocumentKind(ctx, req.rc, req.params.code, req.body),
  );
}
