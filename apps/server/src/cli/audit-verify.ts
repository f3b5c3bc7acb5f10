/**
 * `npm run audit:verify`: walks the audit hash chain (SECURITY.md AU-03) and reports the first row
 * that was edited, inserted or follows a deleted one. Exits 1 when the chain is broken.
 */
import { loadConfig } from '../config.ts';
import { openDatabase } from '../db/database.ts';
import { loadAuditKey, verifyAuditChain } from '../platform/audit/audit.ts';

const config = loadConfig();
const handle = await openDatabase(config);
try {
  const report = await verifyAuditChain(handle.db, loadAuditKey(config.auditKey, config.dataDir));
  if (report.ok) {
    console.log(`audit chain OK: ${report.rows} rows verified`);
  } else {
    const b = report.firstBroken;
    console.error(
      `audit chain BROKEN at row id ${b?.id}: ${b?.problem === 'hash' ? 'row content was edited' : 'previous row was deleted, or a row was inserted'} (${report.rows - 1} rows before it verify)`,
    );
    process.exitCode = 1;
  }
} finally {
  await handle.close();
}
