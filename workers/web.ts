// The web role alone (same as `npm start -- --role web`).
import { runRoles } from '../src/app/bootstrap.js';

await runRoles(['web']);
