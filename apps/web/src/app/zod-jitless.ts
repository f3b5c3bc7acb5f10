import { z } from 'zod';

/**
 * zod 4 probes `new Function("")` on its first object parse to decide whether to compile validators;
 * under the server's CSP (`script-src 'self'`, no 'unsafe-eval') that probe is reported as a CSP `eval`
 * violation on every page load, although zod catches the throw (issue 15). Jitless mode skips the probe.
 * Imported first by main.tsx, before any schema parses.
 */
z.config({ jitless: true });
