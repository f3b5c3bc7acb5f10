import type { Messages } from '../../app/messages.ts';

/** Texts of the document verification page: [zh-CN, en-US]. */
export const messages = {
  'doc.verifyTitle': ['执法文书核验', 'Document verification'],
  'doc.notFound': ['未找到该文书，请核对二维码或地址', 'No such document: check the QR code or address'],
  'doc.loadFailed': ['加载失败，请稍后再试', 'Could not load, please try again later'],
  'doc.valid': ['有效', 'Valid'],
  'doc.withdrawn': ['已撤回', 'Withdrawn'],
  'doc.withdrawnOn': ['撤回日期', 'Withdrawn on'],
  'doc.withdrawnNotice': [
    '该文书已被制发机关撤回，不再具有效力。',
    'The issuing authority has withdrawn this document; it no longer stands.',
  ],
  'doc.number': ['文书编号', 'Number'],
  'doc.kind': ['文书种类', 'Kind'],
  'doc.authority': ['制发机关', 'Issuing authority'],
  'doc.issuedOn': ['制发日期', 'Issued on'],
  'doc.status': ['状态', 'Status'],
  'doc.sha256': ['原件 SHA-256', 'SHA-256 of the original'],
  'doc.compareTitle': ['核对手中的 PDF 文件', 'Check a PDF you hold'],
  'doc.compareHint': [
    '将 PDF 文件拖到此处或点击选择。文件只在本机浏览器中计算摘要，不会上传。',
    'Drop the PDF here or click to choose. Its digest is computed in this browser; nothing is uploaded.',
  ],
  'doc.match': [
    '一致：该文件与登记的原件完全相同。',
    'Match: this file is identical to the registered original.',
  ],
  'doc.mismatch': [
    '不一致：该文件与登记的原件不同（可能被修改，或不是此文书）。',
    'No match: this file differs from the registered original (altered, or another document).',
  ],
  'doc.fileDigest': ['文件 SHA-256', 'SHA-256 of the file'],
  'doc.noCrypto': [
    '当前浏览器环境不支持本地计算摘要（需 HTTPS 访问）。',
    'This browser cannot compute the digest here (HTTPS is required).',
  ],
  'doc.privacy': [
    '本页仅显示文书的编号、种类、制发机关、日期和状态，不显示当事人等个人信息。',
    'This page shows only the number, kind, authority, date and status — nothing about the parties.',
  ],
} satisfies Messages;
