import { Liquid, type FS } from 'liquidjs';

export interface RenderLimits {
  /** Characters parsed per render, partials included. */
  parseChars: number;
  /** Wall-clock budget of one render, checked before every tag and output. */
  renderMs: number;
  /** LiquidJS allocation units (characters of strings built, items of arrays and ranges). */
  memory: number;
  /** Characters of rendered output. */
  outputChars: number;
}

export const DEFAULT_RENDER_LIMITS: RenderLimits = {
  parseChars: 100_000,
  renderMs: 500,
  memory: 2_000_000,
  outputChars: 200_000,
};

export interface SafeLiquidOptions {
  escapeHtml: boolean;
  /** Templates `include`/`render` may load by name; nothing else can be loaded. */
  partials?: Readonly<Record<string, string>>;
  limits?: RenderLimits;
}

/**
 * A LiquidJS instance that cannot touch the file system and stops runaway templates.
 * Create one per render: LiquidJS counts `parseLimit` over the instance's whole lifetime.
 */
export function createSafeLiquid(options: SafeLiquidOptions): Liquid {
  const limits = options.limits ?? DEFAULT_RENDER_LIMITS;
  const liquid = new Liquid({
    fs: inMemoryFs(options.partials ?? {}),
    root: ['/'],
    relativeReference: false,
    cache: false,
    strictFilters: true,
    strictVariables: false,
    ownPropertyOnly: true,
    // Dates render the same whichever machine or locale renders them.
    timezoneOffset: 0,
    locale: 'en-US',
    outputEscape: options.escapeHtml ? 'escape' : undefined,
    parseLimit: limits.parseChars,
    renderLimit: limits.renderMs,
    memoryLimit: limits.memory,
  });
  if (options.escapeHtml) {
    // The built-in `raw` filter switches escaping off; merge fields hold customer data, so an
    // email body must never print one unescaped.
    liquid.registerFilter('raw', (value: unknown) => value);
  }
  return liquid;
}

function inMemoryFs(partials: Readonly<Record<string, string>>): FS {
  const nameOf = (file: string) => file.replace(/^\/+/, '').replace(/\.liquid$/, '');
  const has = (file: string) => Object.hasOwn(partials, nameOf(file));
  const read = (file: string) => {
    if (!has(file)) throw new Error(`template "${nameOf(file)}" not found`);
    return partials[nameOf(file)];
  };
  return {
    exists: async (file) => has(file),
    existsSync: has,
    readFile: async (file) => read(file),
    readFileSync: read,
    resolve: (_dir, file) => file,
    contains: async (_root, file) => has(file),
    containsSync: (_root, file) => has(file),
    sep: '/',
    dirname: () => '/',
  };
}

/** LiquidJS appends `, line:1, col:5` to messages; callers report positions in their own terms. */
export function stripLiquidPosition(message: string): string {
  return message.replace(/, line:\d+, col:\d+$/, '');
}
