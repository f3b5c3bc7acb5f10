/** Moved to demo/random.ts; this re-export stays until the module demo seeders import it from there. */
export { prng } from '../demo/random.ts';
