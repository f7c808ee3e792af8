// `npm run codedesk -- <command> ...`: one file per command group under src/cli/.
const COMMANDS: Record<string, () => Promise<{ run(args: string[]): Promise<number> }>> = {
  consult: () => import('./consult.command.js'),
  migrate: () => import('./migrate.command.js'),
  refdata: () => import('./refdata.command.js'),
  reviewer: () => import('./reviewer.command.js'),
  token: () => import('./token.command.js'),
};

const [name, ...args] = process.argv.slice(2);
const load = name ? COMMANDS[name] : undefined;
if (!load) {
  console.error(`usage: codedesk <${Object.keys(COMMANDS).join('|')}> ...`);
  process.exit(2);
}
try {
  process.exitCode = await (await load()).run(args);
} catch (err) {
  console.error(err instanceof Error ? err.message : err);
  process.exitCode = 1;
}
