/**
 * Accounts for every unit of the benchmark's provinces: an officer per commune, department and
 * ministry (`cb.<code>`), a leader (`ld.<code>`) and a secretariat (`tt.<code>`) per province. All share
 * one password hash (scrypt costs ~50 ms a hash; the password is the demo's).
 */
import type { Database } from '../src/server/db/database.ts';
import { DEMO_PASSWORD } from '../src/server/demo/demo-data.ts';
import { hashPassword } from '../src/server/accounts/password.ts';

export const officerOf = (unitCode: string) => `cb.${unitCode.toLowerCase()}`;
export const secretariatOf = (provinceCode: string) => `tt.${provinceCode}`;
export const benchPassword = DEMO_PASSWORD;

export async function addUsers(database: Database, provinceCodes: string[]): Promise<number> {
  const hash = await hashPassword(DEMO_PASSWORD);
  const result = await database.pool.query(
    `insert into users (username, display_name, unit_id, role, password_hash)
     select 'cb.' || lower(u.code), 'Cán bộ đầu mối ' || u.full_name, u.id, 'officer', $2
     from units u left join units p on p.id = u.parent_id
     where u.valid_to is null
       and (u.level = 'ministry' or (u.level in ('commune', 'department') and p.code = any($1)))
     union all
     select r.prefix || p.code, r.title || p.full_name, p.id, r.role, $2
     from units p cross join (values ('ld.', 'Lãnh đạo Ban Chỉ đạo ', 'leader'),
                                     ('tt.', 'Thường trực Ban Chỉ đạo ', 'secretariat')) r(prefix, title, role)
     where p.level = 'province' and p.valid_to is null and p.code = any($1)
     on conflict (username) do nothing`,
    [provinceCodes, hash],
  );
  return result.rowCount ?? 0;
}
