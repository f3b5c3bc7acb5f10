import type { z } from 'zod';

/**
 * Validation messages in plain, specific Chinese (issue 11 item 8): "不能小于 0", "最多 200 个字符", "应为数字"
 * — never zod's "数值过小：期望 number >=0". The server and the browser both install it
 * (`z.config(zhValidationLocale)`); a schema's own message still wins.
 */
const typeNames: Record<string, string> = {
  string: '文字',
  number: '数字',
  int: '整数',
  boolean: '是或否',
  array: '列表',
  object: '对象',
  date: '日期',
  bigint: '整数',
  null: '空值',
  undefined: '空',
};
const formatNames: Record<string, string> = {
  email: '电子邮箱地址',
  url: '网址',
  uuid: '编号（UUID）',
  guid: '编号（GUID）',
  date: '日期（YYYY-MM-DD）',
  datetime: '日期时间（ISO 8601）',
  time: '时间（HH:MM）',
  ipv4: 'IPv4 地址',
  ipv6: 'IPv6 地址',
  regex: '规定格式',
};
const fmt = (v: unknown) =>
  v instanceof Date ? v.toISOString().slice(0, 10) : typeof v === 'bigint' ? v.toString() : String(v);

export function zhIssueMessage(issue: z.core.$ZodRawIssue): string {
  switch (issue.code) {
    case 'invalid_type': {
      if (issue.input === undefined) return '必填';
      if (issue.input === null) return '不能为空';
      return `应为${typeNames[issue.expected] ?? issue.expected}`;
    }
    case 'invalid_value':
      return issue.values.length === 1
        ? `应为 ${fmt(issue.values[0])}`
        : `应为以下之一：${issue.values.map(fmt).join('、')}`;
    case 'too_small': {
      const min = fmt(issue.minimum);
      if (issue.origin === 'string')
        return Number(issue.minimum) <= 1 && issue.inclusive !== false ? '不能为空' : `至少 ${min} 个字符`;
      if (issue.origin === 'array' || issue.origin === 'set')
        return Number(issue.minimum) <= 1 ? '至少选择一项' : `至少 ${min} 项`;
      if (issue.origin === 'date') return issue.inclusive ? `不能早于 ${min}` : `应晚于 ${min}`;
      return issue.inclusive ? `不能小于 ${min}` : `应大于 ${min}`;
    }
    case 'too_big': {
      const max = fmt(issue.maximum);
      if (issue.origin === 'string') return `最多 ${max} 个字符`;
      if (issue.origin === 'array' || issue.origin === 'set') return `最多 ${max} 项`;
      if (issue.origin === 'file') return `文件不能超过 ${max} 字节`;
      if (issue.origin === 'date') return issue.inclusive ? `不能晚于 ${max}` : `应早于 ${max}`;
      return issue.inclusive ? `不能大于 ${max}` : `应小于 ${max}`;
    }
    case 'invalid_format': {
      if (issue.format === 'starts_with') return `应以“${String(issue.prefix)}”开头`;
      if (issue.format === 'ends_with') return `应以“${String(issue.suffix)}”结尾`;
      if (issue.format === 'includes') return `应包含“${String(issue.includes)}”`;
      return `格式不正确，应为${formatNames[issue.format] ?? '规定格式'}`;
    }
    case 'not_multiple_of':
      return Number(issue.divisor) === 1 ? '应为整数' : `应为 ${fmt(issue.divisor)} 的整数倍`;
    case 'unrecognized_keys':
      return `不认识的字段：${issue.keys.join('、')}`;
    case 'invalid_key':
      return '字段名无效';
    case 'invalid_union':
      return '内容不符合任何一种允许的格式';
    case 'invalid_element':
      return '其中有无效的值';
    case 'custom':
    default:
      return '无效';
  }
}

export const zhValidationLocale: Partial<z.core.$ZodConfig> = {
  localeError: (issue) => ({ message: zhIssueMessage(issue) }),
};
