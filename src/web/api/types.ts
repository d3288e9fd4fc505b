import type { components } from './schema';

type Schemas = components['schemas'];

export type User = Schemas['User'];
export type Account = Schemas['Account'];
export type AccountPatch = Schemas['AccountPatch'];
export type Contact = Schemas['Contact'];
export type TimelineEvent = Schemas['TimelineEvent'];
export type DemoLogin = Schemas['DemoLogin'];
