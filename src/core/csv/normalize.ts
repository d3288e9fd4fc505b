/** `https://www.Acme.com/about` → `acme.com`: Salesforce "Website" holds URLs, our field holds domains. */
export function normalizeDomain(text: string): string {
  return text
    .trim()
    .toLowerCase()
    .replace(/^[a-z][a-z0-9+.-]*:\/\//, '')
    .replace(/[/?#].*$/, '')
    .replace(/:\d+$/, '')
    .replace(/^www\./, '')
    .replace(/\.$/, '');
}

/** "High Touch", "tech-touch", "Low" → high, tech, low. Anything else is left for validation to refuse. */
export function normalizeTouchModel(text: string): string {
  const word = text.trim().toLowerCase().replace(/[\s_-]*touch$/, '');
  return word || text.trim();
}

/** "At Risk", "at_risk" → at-risk. */
export function normalizeLifecycleStage(text: string): string {
  return text.trim().toLowerCase().replace(/[\s_]+/g, '-');
}

/** "Champion; Executive Sponsor" → [champion, executive_sponsor]. */
export function parseRoles(text: string): string[] {
  return text
    .split(/[;,|]/)
    .map((r) => r.trim().toLowerCase().replace(/[\s-]+/g, '_'))
    .filter(Boolean);
}
