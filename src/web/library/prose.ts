/**
 * Paragraphs of YAML block text. Playbook files wrap prose at a fixed width, so a single line
 * break is only wrapping and a blank line starts a new paragraph.
 */
export function paragraphs(text: string): string[] {
  return text
    .split(/\n\s*\n/)
    .map((paragraph) => paragraph.replace(/\s*\n\s*/g, ' ').trim())
    .filter(Boolean);
}

const ROLE_LABELS: Record<string, string> = { csm: 'CSM', ops: 'CS Ops' };

/** A step owner's role as people write it. */
export function roleLabel(role: string): string {
  return ROLE_LABELS[role] ?? role.charAt(0).toUpperCase() + role.slice(1);
}
