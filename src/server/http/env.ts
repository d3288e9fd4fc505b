import type { Logger } from 'pino';
import type { Role, TokenScope } from '../../core/auth/permissions.ts';
import type { Config } from '../config.ts';
import type { Database } from '../db/client.ts';
import type { Auth } from '../modules/users/auth.ts';
import type { Jobs } from '../jobs/jobs.ts';

export type Principal =
  | { kind: 'user'; id: string; email: string; name: string; role: Role; sessionId: string }
  | { kind: 'token'; id: string; name: string; scopes: TokenScope[]; createdBy: string | null };

/** Everything a request handler may reach; built once per process. */
export interface Services {
  config: Config;
  database: Database;
  auth: Auth;
  jobs: Jobs | null;
  logger: Logger;
}

export interface AppEnv {
  Variables: {
    requestId: string;
    services: Services;
    principal?: Principal;
  };
}
