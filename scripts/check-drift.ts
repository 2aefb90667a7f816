/** Fails when the Drizzle schema has changes that no checked-in migration holds. */
import { execFileSync } from 'node:child_process';

const out = execFileSync('npx', ['drizzle-kit', 'generate', '--name', 'drift-check'], { encoding: 'utf8' });
const status = execFileSync('git', ['status', '--porcelain', 'drizzle'], { encoding: 'utf8' });
if (status.trim() !== '') {
  console.error(`Schema drift: the schema has changes without a migration.\n${out}\n${status}`);
  console.error('Run `npm run db:generate -- --name <change>` and commit the migration.');
  process.exit(1);
}
console.log('No schema drift.');
