// The pipeline role alone (same as `npm start -- --role pipeline`).
import { runRoles } from '../src/app/bootstrap.js';

await runRoles(['pipeline']);
