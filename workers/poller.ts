// The poller role alone (same as `npm start -- --role poller`).
import { runRoles } from '../src/app/bootstrap.js';

await runRoles(['poller']);
