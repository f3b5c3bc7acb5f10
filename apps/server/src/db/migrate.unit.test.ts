import { describe, expect, it } from 'vitest';
import { migrationChecksum, readMigrations } from './migrate.ts';

describe('migration files', () => {
  it('are named by decision 0010: 0001–0011 as they landed, then a UTC timestamp', () => {
    const names = readMigrations().map((m) => m.name);
    expect(names.length).toBeGreaterThanOrEqual(11);
    const wrong = names.filter(
      (n) => !/^(?:00(?:0[1-9]|1[01])|20\d{6}T(?:[01]\d|2[0-3])[0-5]\d)_[a-z0-9_]+\.sql$/.test(n),
    );
    expect(wrong, 'name new migrations YYYYMMDDTHHMM_<what>.sql in UTC (decision 0010)').toEqual([]);
  });

  it('checksum the text, not its line endings', () => {
    expect(migrationChecksum('a;\nb;\n')).toBe(migrationChecksum('a;\r\nb;\r\n'));
    expect(migrationChecksum('a;\nb;\n')).not.toBe(migrationChecksum('a;\nb; \n'));
    expect(migrationChecksum('')).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
  });
});
