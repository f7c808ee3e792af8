// The sender role alone (same as `npm start -- --role sender`).
import { runRoles } from '../src/app/bootstrap.js';

await runRoles(['sender']);
