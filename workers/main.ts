// `npm start`: every role in one process; `npm start -- --role pipeline` (or poller|sender|web,
// comma-separated) runs only those, for scaling out across machines.
import { runRoles } from '../src/app/bootstrap.js';
import { ROLES, type Role } from '../src/app/roles.js';

const flag = process.argv.indexOf('--role');
const wanted = flag >= 0 ? (process.argv[flag + 1] ?? '').split(',').filter(Boolean) : [...ROLES];
const unknown = wanted.filter((r) => !(ROLES as readonly string[]).includes(r));
if (unknown.length || wanted.length === 0) {
  console.error(`unknown role: ${unknown.join(', ') || '(none)'}; choose from ${ROLES.join(', ')}`);
  process.exit(2);
}
await runRoles(wanted as Role[]);
