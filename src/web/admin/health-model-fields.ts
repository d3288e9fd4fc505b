/** One editable number of the health model, found by walking the config (see docs/metrics-and-health.md). */
export interface ModelField {
  /** Form path, the same as the API's issue paths: `config.components.usage.weight`. */
  path: string;
  label: string;
}

export interface PointsField {
  path: string;
  label: string;
  count: number;
}

export interface ComponentFields {
  name: string;
  numbers: ModelField[];
  texts: ModelField[];
  curves: PointsField[];
}

const LABELS: Record<string, string> = {
  weight: 'Weight',
  windowDays: 'Window (days)',
  maxAgeDays: 'Oldest answer (days)',
  champion: 'Points for an active champion',
  sponsor: 'Points for an active executive sponsor',
  priorityWeights: 'Ticket weight',
  points: 'Score by raw value',
  nps: 'Score by NPS answer',
  csat: 'Score by CSAT answer',
  metric: 'Metric',
  measure: 'Measure',
  activeMetric: 'Active users metric',
  seatsTrait: 'Seats trait',
  seatsMetric: 'Seats metric',
};

export function fieldLabel(key: string): string {
  return LABELS[key] ?? key.replace(/([A-Z])/g, ' $1').replace(/^./, (c) => c.toUpperCase());
}

function isPoints(value: unknown): value is { raw: number; score: number }[] {
  return Array.isArray(value) && value.every((p) => typeof p === 'object' && p !== null && 'raw' in p && 'score' in p);
}

/**
 * The fields of each component, weight first, read from the model itself so a component or
 * setting added on the server shows up without a change here.
 */
export function componentFields(components: Record<string, Record<string, unknown>>): ComponentFields[] {
  return Object.entries(components).map(([name, settings]) => {
    const base = `config.components.${name}`;
    const fields: ComponentFields = { name, numbers: [], texts: [], curves: [] };
    const keys = Object.keys(settings).sort((a, b) => (a === 'weight' ? -1 : b === 'weight' ? 1 : 0));
    for (const key of keys) {
      const value = settings[key];
      if (typeof value === 'number') fields.numbers.push({ path: `${base}.${key}`, label: fieldLabel(key) });
      else if (typeof value === 'string') fields.texts.push({ path: `${base}.${key}`, label: fieldLabel(key) });
      else if (isPoints(value)) fields.curves.push({ path: `${base}.${key}`, label: fieldLabel(key), count: value.length });
      else if (value && typeof value === 'object') {
        // Nested numbers, such as the support component's weight per ticket priority.
        for (const [inner, innerValue] of Object.entries(value)) {
          if (typeof innerValue === 'number') fields.numbers.push({ path: `${base}.${key}.${inner}`, label: `${fieldLabel(key)}: ${inner}` });
        }
      }
    }
    return fields;
  });
}

export const TIER_ORDER = ['critical', 'at-risk', 'neutral', 'healthy', 'unscored'] as const;
