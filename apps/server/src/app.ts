import fs from 'node:fs';
import path from 'node:path';
import Fastify, { type FastifyInstance } from 'fastify';
import fastifyCookie from '@fastify/cookie';
import fastifyHelmet from '@fastify/helmet';
import fastifyRateLimit from '@fastify/rate-limit';
import fastifyStatic from '@fastify/static';
import fastifySwagger from '@fastify/swagger';
import fastifySwaggerUi from '@fastify/swagger-ui';
import {
  type ZodTypeProvider,
  jsonSchemaTransform,
  serializerCompiler,
  validatorCompiler,
} from 'fastify-type-provider-zod';
import { z } from 'zod';
import { withSafeText, zhValidationLocale } from '@anjian/domain';
import type { Config } from './config.ts';
import { type DatabaseHandle, openDatabase } from './db/database.ts';
import { migrate } from './db/migrate.ts';
import { seed } from './demo/seed.ts';
import { type AppContext, createAppContext } from './platform/app-context.ts';
import { loadAuditKey } from './platform/audit/audit.ts';
import { recordRefusal } from './platform/audit/refusals.ts';
import { installErrorHandler, sendError } from './platform/http/error-handler.ts';
import { type RouteAccess, installGuard } from './platform/http/guard.ts';
import { installIdempotency } from './platform/http/idempotency.ts';
import { registerWorkbenchRoute } from './platform/http/workbench.ts';
import { registerDocumentRoutes } from './platform/documents/documents.routes.ts';
import { registerRuleRoutes } from './platform/rules/rules.routes.ts';
import { modules } from './modules/index.ts';
import { version } from './version.ts';

z.config(zhValidationLocale);

export type App = FastifyInstance;

/** Powerful browser features no page of the platform uses (the 执法 camera goes through a file input). */
export const PERMISSIONS_POLICY =
  'camera=(), microphone=(), geolocation=(), payment=(), usb=(), serial=(), bluetooth=(), hid=(), midi=(), display-capture=(), interest-cohort=()';

export interface BuiltApp {
  app: FastifyInstance;
  ctx: AppContext;
  handle: DatabaseHandle;
  /** Every API route with its declared access: the documented decision the security matrix tests. */
  routes: { method: string; url: string; access: RouteAccess }[];
}

/**
 * Builds the whole server: database (migrated and seeded), security plumbing, every module's routes,
 * the OpenAPI document and the web client. `handle` lets tests share one database between apps.
 */
export async function buildApp(
  config: Config,
  opts: { handle?: DatabaseHandle; seed?: boolean } = {},
): Promise<BuiltApp> {
  const handle = opts.handle ?? (await openDatabase(config));
  await migrate(handle.db);
  const app = Fastify({
    logger: {
      level: config.logLevel,
      redact: {
        paths: ['req.headers.cookie', 'req.headers["x-csrf-token"]', 'res.headers["set-cookie"]'],
        censor: '***',
      },
    },
    // A hop count trusts that many proxies in front of us (the same rule as proxy-addr's number form).
    trustProxy:
      typeof config.trustedProxies === 'number'
        ? (
            (hops: number) => (_addr: string, i: number) =>
              i < hops
          )(config.trustedProxies)
        : config.trustedProxies,
    bodyLimit: 1024 * 1024,
    genReqId: () => crypto.randomUUID(),
    // A URL Fastify cannot decode answers the documented envelope, not Fastify's own (issue 15).
    frameworkErrors: (err, _req, reply) => {
      void (err.code === 'FST_ERR_BAD_URL'
        ? sendError(reply, 'VALIDATION_FAILED', '请求地址格式有误', [{ field: 'url', message: '无法解码' }])
        : sendError(reply, 'INTERNAL'));
    },
  });
  // API answers are never cached (they carry personal and scoped data); no page may use the camera,
  // microphone, location or payment APIs (SECURITY.md AUTH-03). onSend runs for error answers too.
  app.addHook('onSend', async (req, reply) => {
    reply.header('Permissions-Policy', PERMISSIONS_POLICY);
    if (req.url.startsWith('/api/')) reply.header('Cache-Control', 'no-store');
  });
  // Every body, query and params schema first goes through the shared text refinement (IP-01): NUL, lone
  // surrogates, controls, bidi and zero-width characters are a 400 on their field; strings are NFC.
  app.setValidatorCompiler<z.ZodType>((route) =>
    validatorCompiler({
      ...route,
      schema: route.schema instanceof z.ZodType ? withSafeText(route.schema) : route.schema,
    }),
  );
  app.setSerializerCompiler(serializerCompiler);
  const ctx = createAppContext({
    db: handle.db,
    dbKind: handle.kind,
    config,
    auditKey: loadAuditKey(config.auditKey, config.dataDir),
    log: app.log,
  });
  if (opts.seed !== false)
    await seed(ctx).catch(async (err: unknown) => {
      if (!opts.handle) await handle.close(); // a refused start leaves no database open behind it
      throw err;
    });

  await app.register(fastifyCookie);
  await app.register(fastifyHelmet, {
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        imgSrc: ["'self'", 'data:', 'blob:'],
        styleSrc: ["'self'", "'unsafe-inline'"],
        scriptSrc: ["'self'"],
        connectSrc: ["'self'"],
        workerSrc: ["'self'", 'blob:'],
      },
    },
    hsts: config.production,
  });
  await app.register(fastifyRateLimit, { global: false });
  await app.register(fastifySwagger, {
    openapi: {
      info: {
        title: 'Anjian 安监 API',
        version,
        description:
          '安全生产综合监管服务平台 API。写操作需携带 X-CSRF-Token（登录或 GET /api/auth/me 返回）。',
      },
      components: { securitySchemes: { session: { type: 'apiKey', in: 'cookie', name: 'anjian_sid' } } },
      security: [{ session: [] }],
    },
    transform: jsonSchemaTransform,
  });
  await app.register(fastifySwaggerUi, { routePrefix: '/api/docs' });
  // The API's map is public while developing; in production only signed-in users read it (issue 15).
  const docsAccess = { public: !config.production };

  installErrorHandler(
    app,
    async (req, denied) => {
      // A page load without a session asks `me` first: that is how the client learns it must sign in, not an
      // attack. With a cookie the server does not know (tampered, forged, long gone) it is a refusal.
      if (
        denied.code === 'AUTH_REQUIRED' &&
        !req.sessionUnknown &&
        req.method === 'GET' &&
        req.routeOptions.url === '/api/auth/me'
      )
        return;
      await recordRefusal(ctx.db, ctx.auditKey, req.rc, {
        kind: denied.deniedAccess
          ? 'out_of_scope'
          : denied.code === 'AUTH_REQUIRED' && req.sessionUnknown
            ? 'SESSION_UNKNOWN'
            : denied.code,
        objectType: denied.deniedAccess?.objectType ?? 'route',
        objectId:
          denied.deniedAccess?.objectId ?? `${req.method} ${req.routeOptions.url ?? req.url.split('?')[0]}`,
      });
    },
    ctx.db,
  );
  installGuard(app, ctx, { publicDocs: !config.production });
  installIdempotency(app, ctx);
  const routes: BuiltApp['routes'] = [];
  app.addHook('onRoute', (r) => {
    if (!r.url.startsWith('/api/') || r.url.startsWith('/api/docs')) return;
    for (const method of [r.method].flat())
      if (method !== 'HEAD') routes.push({ method, url: r.url, access: r.config?.access ?? {} });
  });

  await app.register(
    async (api) => {
      const typed = api.withTypeProvider<ZodTypeProvider>();
      for (const m of modules) await m.registerRoutes(typed, ctx);
      registerDocumentRoutes(typed, ctx);
      registerRuleRoutes(typed, ctx);
      registerWorkbenchRoute(
        typed,
        ctx,
        modules.flatMap((m) => m.todos ?? []),
      );
    },
    { prefix: '/api' },
  );
  app.get('/api/openapi.json', { config: { access: docsAccess }, schema: { hide: true } }, async () =>
    app.swagger(),
  );

  serveWebClient(app, config.webDist);
  app.addHook('onClose', async () => {
    if (!opts.handle) await handle.close();
  });
  return { app, ctx, handle, routes };
}

/** The built web client with an SPA fallback: every non-API GET that is not a file gets index.html. */
function serveWebClient(app: FastifyInstance, dist: string) {
  if (!fs.existsSync(path.join(dist, 'index.html'))) {
    app.get('/', { config: { access: { public: true } }, schema: { hide: true } }, async (_req, reply) =>
      reply
        .type('text/plain; charset=utf-8')
        .send('Web client not built: run `npm run build` (npm start does it for you).'),
    );
    return;
  }
  void app.register(fastifyStatic, { root: dist, wildcard: false, index: ['index.html'] });
  app.get('/*', { config: { access: { public: true } }, schema: { hide: true } }, async (req, reply) => {
    if (req.url.startsWith('/api/'))
      return sendError(reply, 'NOT_FOUND', `接口不存在：GET ${req.url.split('?')[0]}`);
    const file = path.join(dist, path.normalize(req.url.split('?')[0] ?? '/'));
    if (file.startsWith(dist) && fs.existsSync(file) && fs.statSync(file).isFile())
      return reply.sendFile(path.relative(dist, file));
    return reply.type('text/html; charset=utf-8').sendFile('index.html');
  });
}
