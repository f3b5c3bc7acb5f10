// zod 4 probes `new Function("")` when it builds its first object schema (at module load) to decide whether
// to compile validators; under the server's CSP (no 'unsafe-eval') the probe is reported as an `eval`
// violation on every page load, although zod catches the throw (issue 15). zod reads its configuration
// from this global, so jitless mode must be set before any module runs: a classic script, run before the
// deferred module scripts (an inline script would itself break the CSP).
globalThis.__zod_globalConfig = Object.assign(globalThis.__zod_globalConfig || {}, { jitless: true });
