import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import { ROLES, TOKEN_SCOPES } from '../../core/auth/permissions.ts';
import type { Role, TokenScope } from '../../core/auth/permissions.ts';
import { ConfigError, SERVER_ROLES, describeDatabase, loadConfig } from '../config.ts';
import type { ServerRole } from '../config.ts';
import { isDatabaseUnavailable } from '../db/client.ts';
import { openDatabase } from '../db/client.ts';
import { runMigrations } from '../db/migrate.ts';
import { AppError } from '../http/errors.ts';
import { startPlaymaker } from '../runtime.ts';
import { VERSION } from '../version.ts';
import { withDatabase } from './context.ts';
import { registerImportCommands } from './import-commands.ts';
import { registerSignalCommands } from './signal-commands.ts';
import { registerPlaybookCommands } from './playbook-commands.ts';
import { registerDemoCommands } from './demo-commands.ts';
import { createUser, findUserByEmail, listUsers, updateUser } from '../modules/users/service.ts';
import { createToken, listTokens, revokeToken } from '../modules/users/tokens.ts';

/** Exit 2: the command line or the configuration is wrong. Exit 1: it was right but the work failed. */
class UsageError extends Error {}

function port(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0 || n > 65_535) throw new InvalidArgumentError('must be a port number (0-65535)');
  return n;
}

function scopes(value: string): TokenScope[] {
  const list = value.split(',').map((s) => s.trim()).filter(Boolean);
  const bad = list.find((s) => !(TOKEN_SCOPES as readonly string[]).includes(s));
  if (bad || !list.length) throw new InvalidArgumentError(`must be a comma-separated list of ${TOKEN_SCOPES.join(', ')}`);
  return list as TokenScope[];
}

async function findOrFail(ctx: Parameters<Parameters<typeof withDatabase>[0]>[0], email: string) {
  const user = await findUserByEmail(ctx.database.db, email);
  if (!user) throw new UsageError(`no user with email ${email}`);
  return user;
}

const program = new Command()
  .name('playmaker')
  .description('Playmaker: customer-success playbooks as code')
  .version(VERSION)
  .showSuggestionAfterError(true)
  .exitOverride()
  .configureOutput({ writeErr: (s) => process.stderr.write(s), outputError: () => {} });

program
  .command('serve')
  .description('Run the API and the job workers (one process on the embedded database; split with --role on PostgreSQL)')
  .addOption(new Option('--role <role>', 'what this process runs').choices(SERVER_ROLES).default('all'))
  .option('--port <port>', 'HTTP port (default: $PORT or 3000)', port)
  .option('--host <host>', 'address to listen on (default: $HOST or 0.0.0.0)')
  .option('--demo', 'seed the demo company and team on first start and print the demo logins')
  .action(async (opts: { role: ServerRole; port?: number; host?: string; demo?: boolean }) => {
    const base = loadConfig();
    const config = { ...base, ...(opts.port !== undefined ? { port: opts.port, publicUrl: process.env.PLAYMAKER_PUBLIC_URL ?? `http://localhost:${opts.port}` } : {}), ...(opts.host ? { host: opts.host } : {}), demo: base.demo || !!opts.demo };
    const running = await startPlaymaker({ config, role: opts.role });
    const lines = [`Playmaker ${VERSION} (${opts.role}) on ${describeDatabase(config)}`];
    if (running.url) lines.push(`Listening on ${running.url}  (API reference: ${running.url}/api/docs)`);
    if (running.demoLogins.length) {
      lines.push('Demo logins (password for all: ' + running.demoLogins[0]!.password + '):');
      for (const l of running.demoLogins) lines.push(`  ${l.role.padEnd(8)} ${l.email}  (${l.name})`);
    }
    process.stderr.write(lines.join('\n') + '\n');
    const shutdown = async (signal: string) => {
      running.services.logger.info({ signal }, 'shutting down');
      await running.stop();
      process.exit(0);
    };
    process.once('SIGINT', () => void shutdown('SIGINT'));
    process.once('SIGTERM', () => void shutdown('SIGTERM'));
  });

program
  .command('migrate')
  .description('Apply pending database migrations (also done automatically by serve)')
  .action(async () => {
    const config = loadConfig();
    const database = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir, poolSize: 1 });
    try {
      await runMigrations(database);
      process.stdout.write(`Migrations applied to ${describeDatabase(config)}\n`);
    } finally {
      await database.close();
    }
  });

const users = program.command('users').description('Manage the people who use Playmaker');

users
  .command('create')
  .description('Create a person; the first admin is made this way')
  .requiredOption('--email <email>', 'sign-in email')
  .requiredOption('--name <name>', 'full name')
  .addOption(new Option('--role <role>', 'role').choices(ROLES).default('csm'))
  .option('--password <password>', 'initial password (or set PLAYMAKER_USER_PASSWORD)')
  .option('--start-date <date>', 'start date, YYYY-MM-DD')
  .action(async (opts: { email: string; name: string; role: Role; password?: string; startDate?: string }) => {
    const password = opts.password ?? process.env.PLAYMAKER_USER_PASSWORD;
    if (!password) throw new UsageError('users create needs --password or PLAYMAKER_USER_PASSWORD');
    if (password.length < 8) throw new UsageError('--password must be at least 8 characters');
    if (opts.startDate && !/^\d{4}-\d{2}-\d{2}$/.test(opts.startDate)) throw new UsageError('--start-date must be YYYY-MM-DD');
    await withDatabase(async (ctx) => {
      const user = await createUser(ctx.database.db, ctx.auth, { email: opts.email, name: opts.name, role: opts.role, password, startDate: opts.startDate });
      process.stdout.write(`Created ${user.role} ${user.email} (${user.id})\n`);
    });
  });

users
  .command('list')
  .description('List people and their roles')
  .option('--json', 'print JSON')
  .action(async (opts: { json?: boolean }) => {
    await withDatabase(async (ctx) => {
      const rows = await listUsers(ctx.database.db);
      if (opts.json) return void process.stdout.write(JSON.stringify(rows, null, 2) + '\n');
      for (const u of rows) process.stdout.write(`${u.role.padEnd(8)} ${u.active ? 'active  ' : 'inactive'} ${u.email}  ${u.name}\n`);
    });
  });

users
  .command('set-role')
  .description("Change a person's role")
  .argument('<email>', 'sign-in email')
  .argument('<role>', `one of ${ROLES.join(', ')}`)
  .action(async (email: string, role: string) => {
    if (!(ROLES as readonly string[]).includes(role)) throw new UsageError(`role must be one of ${ROLES.join(', ')}`);
    await withDatabase(async (ctx) => {
      const user = await findOrFail(ctx, email);
      await updateUser(ctx.database.db, user.id, { role: role as Role });
      process.stdout.write(`${email} is now ${role}\n`);
    });
  });

users
  .command('deactivate')
  .description('Stop a person from signing in (their history stays)')
  .argument('<email>', 'sign-in email')
  .action(async (email: string) => {
    await withDatabase(async (ctx) => {
      const user = await findOrFail(ctx, email);
      await updateUser(ctx.database.db, user.id, { active: false });
      process.stdout.write(`${email} can no longer sign in\n`);
    });
  });

const tokens = program.command('tokens').description('Manage API tokens for machines');

tokens
  .command('create')
  .description('Create a scoped API token; it is printed once')
  .requiredOption('--name <name>', 'what the token is for')
  .requiredOption('--scopes <list>', `comma-separated: ${TOKEN_SCOPES.join(', ')}`, scopes)
  .action(async (opts: { name: string; scopes: TokenScope[] }) => {
    await withDatabase(async (ctx) => {
      const { token, record } = await createToken(ctx.database.db, { name: opts.name, scopes: opts.scopes, createdBy: null });
      process.stdout.write(`${token}\n`);
      process.stderr.write(`Token ${record.id} (${record.scopes.join(', ')}) created. It is shown only this once.\n`);
    });
  });

tokens
  .command('list')
  .description('List API tokens')
  .action(async () => {
    await withDatabase(async (ctx) => {
      for (const t of await listTokens(ctx.database.db)) {
        process.stdout.write(`${t.id}  ${t.prefix}…  ${t.scopes.join(',').padEnd(18)} ${t.revokedAt ? 'revoked' : 'active '}  ${t.name}\n`);
      }
    });
  });

tokens
  .command('revoke')
  .description('Revoke an API token')
  .argument('<id>', 'token id')
  .action(async (id: string) => {
    await withDatabase(async (ctx) => {
      await revokeToken(ctx.database.db, id);
      process.stdout.write(`Revoked ${id}\n`);
    });
  });

registerPlaybookCommands(program);
registerImportCommands(program, UsageError);
registerSignalCommands(program, UsageError);
registerDemoCommands(program);

function fail(message: string, code: number): never {
  process.stderr.write(`playmaker: ${message}\n`);
  process.exit(code);
}

try {
  await program.parseAsync(process.argv);
} catch (err) {
  if (err instanceof CommanderError) {
    if (err.exitCode === 0) process.exit(0); // --help, --version
    fail(err.message.replace(/^error: /, ''), 2);
  }
  if (err instanceof ConfigError || err instanceof UsageError) fail(err.message, 2);
  if (isDatabaseUnavailable(err)) {
    let where = 'the database';
    try {
      where = describeDatabase(loadConfig());
    } catch {}
    fail(`cannot reach ${where}: ${(err as Error).message || (err as { code?: string }).code}. Is it running, and is DATABASE_URL right?`, 1);
  }
  if (err instanceof AppError) fail(err.message, 1);
  if ((err as { code?: string }).code === 'EADDRINUSE') fail(`port already in use: ${(err as Error).message}`, 1);
  fail((err as Error).message ?? String(err), 1);
}
