/**
 * Stable error codes shared by the server and the web client. The server answers
 * `{"error":{"code","message","details"}}`; the client shows `message` (Chinese) or maps `code` itself.
 */
export const errorCatalog = {
  VALIDATION_FAILED: { status: 400, message: '请求参数有误' },
  AUTH_REQUIRED: { status: 401, message: '请先登录' },
  AUTH_INVALID_CREDENTIALS: { status: 401, message: '用户名或密码错误' },
  AUTH_SESSION_EXPIRED: { status: 401, message: '会话已过期，请重新登录' },
  AUTH_MFA_INVALID: { status: 401, message: '动态验证码错误' },
  AUTH_LOCKED: { status: 423, message: '账号已锁定，请稍后再试' },
  AUTH_DISABLED: { status: 403, message: '账号已停用' },
  AUTH_EXPIRED: { status: 403, message: '账号已过期' },
  AUTH_PASSWORD_CHANGE_REQUIRED: { status: 403, message: '请先修改密码' },
  AUTH_MFA_REQUIRED: { status: 403, message: '请先完成双因素认证' },
  AUTH_MFA_ENROLL_REQUIRED: { status: 403, message: '所属角色要求启用双因素认证，请先绑定' },
  CSRF_INVALID: { status: 403, message: '安全校验失败，请刷新页面后重试' },
  FORBIDDEN: { status: 403, message: '无权执行此操作' },
  NOT_FOUND: { status: 404, message: '资源不存在' },
  CONFLICT: { status: 409, message: '数据冲突' },
  IDEMPOTENCY_KEY_REUSED: {
    status: 409,
    message: '该次提交的幂等键已用于内容不同的另一请求，请刷新页面后重新填写提交',
  },
  IDEMPOTENCY_IN_PROGRESS: { status: 409, message: '同一次提交仍在处理中，请稍后刷新查看结果' },
  USERNAME_TAKEN: { status: 409, message: '用户名已存在' },
  PASSWORD_POLICY: { status: 400, message: '密码不符合安全策略' },
  PASSWORD_WRONG: { status: 400, message: '原密码错误' },
  HAZARD_STEP_NOT_ALLOWED: { status: 409, message: '当前状态不允许此操作' },
  HAZARD_PLAN_REQUIRED: { status: 409, message: '重大隐患须先落实治理方案（五落实）' },
  MAJOR_HAZARD_UNKNOWN_CHEMICAL: { status: 400, message: '表1中没有该危险化学品（名称或 CAS 号）' },
  MAJOR_HAZARD_UNKNOWN_SYMBOL: { status: 400, message: '表2中没有该危险性类别符号' },
  MAJOR_HAZARD_AMBIGUOUS_CHEMICAL: { status: 400, message: '名称或 CAS 号对应表1中的多个条目，请按名称选择' },
  MAJOR_HAZARD_BETA_UNDETERMINED: { status: 400, message: '无法确定校正系数 β，请填写危险性类别或 β' },
  MAJOR_HAZARD_STANDARD_CONFLICT: {
    status: 400,
    message: '填写的临界量或校正系数与 GB 18218-2018 的规定不一致',
  },
  RULE_NOT_IN_FORCE: { status: 409, message: '该日期没有生效的法定规则，请核对规则的生效日期' },
  RULE_AMBIGUOUS: { status: 409, message: '同一日期有两个生效的规则版本，请先修正规则' },
  ENFORCEMENT_STEP_NOT_ALLOWED: { status: 409, message: '案件当前状态不允许此操作' },
  ENFORCEMENT_LEGAL_REVIEW_REQUIRED: {
    status: 409,
    message: '重大执法决定须经法制审核通过后方可作出（行政处罚法 第五十八条）',
  },
  ENFORCEMENT_INVESTIGATOR_EXCLUDED: {
    status: 409,
    message: '本案调查人员不得进行法制审核或主持听证（行政处罚法 第五十八条、第六十四条）',
  },
  ENFORCEMENT_HEARING_NOT_OFFERED: { status: 409, message: '告知书未告知听证权利，不能登记听证申请' },
  ENFORCEMENT_FINE_OUTSIDE_STATUTE: { status: 400, message: '罚款金额超出法定幅度' },
  ENFORCEMENT_FINE_REASON_REQUIRED: {
    status: 400,
    message: '罚款金额超出裁量基准幅度或低于法定下限，须记录理由',
  },
  ENFORCEMENT_ACCIDENT_GRADE_MISMATCH: {
    status: 400,
    message: '事故等级与伤亡、损失数字不符（条例 第三条）',
  },
  ENFORCEMENT_DRAW_INSUFFICIENT: { status: 409, message: '可抽取的检查对象或执法人员不足' },
  ENFORCEMENT_DOC_PATTERN_INVALID: { status: 400, message: '文书编号格式有误' },
  ENFORCEMENT_DOC_NUMBER_INVALID: { status: 400, message: '文书编号与格式不符' },
  PAYLOAD_TOO_LARGE: { status: 413, message: '文件或请求过大' },
  UNSUPPORTED_MEDIA_TYPE: { status: 415, message: '不支持的文件类型' },
  RATE_LIMITED: { status: 429, message: '请求过于频繁，请稍后再试' },
  INTERNAL: { status: 500, message: '服务器内部错误' },
} as const satisfies Record<string, { status: number; message: string }>;

export type ErrorCode = keyof typeof errorCatalog;

/** One field-level problem, as listed in `details` of a 400. */
export interface FieldIssue {
  field: string;
  message: string;
}

export interface ErrorBody {
  error: { code: ErrorCode; message: string; details?: unknown };
}

/** Thrown by services; the HTTP layer maps `code` to a status through `errorCatalog`. */
export class AppError extends Error {
  readonly code: ErrorCode;
  readonly details: unknown;
  /** Set when the error hides an object outside the actor's scope; the server audit-logs it as denied. */
  deniedAccess?: { objectType: string; objectId: string };
  constructor(code: ErrorCode, message?: string, details?: unknown) {
    super(message ?? errorCatalog[code].message);
    this.name = 'AppError';
    this.code = code;
    this.details = details;
  }

  /** An existing object outside the actor's data scope answers 404, exactly like a missing one. */
  static outOfScope(objectType: string, objectId: string): AppError {
    const err = new AppError('NOT_FOUND');
    err.deniedAccess = { objectType, objectId };
    return err;
  }

  /**
   * A write that names a division or sector outside the actor's scope: a 400 on the field (the caller
   * chose the value), audit-logged as a denied access like a 404 out of scope (等保 8.1.4.3).
   */
  static outOfScopeField(details: FieldIssue[], objectType: string, objectId: string): AppError {
    const err = new AppError('VALIDATION_FAILED', undefined, details);
    err.deniedAccess = { objectType, objectId };
    return err;
  }

  /** A 400 naming the fields at fault. */
  static invalid(details: FieldIssue[], message?: string): AppError {
    return new AppError('VALIDATION_FAILED', message, details);
  }
  get status(): number {
    return errorCatalog[this.code].status;
  }
}
