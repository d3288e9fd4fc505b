const ENTITIES: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#34;': '"', '&#39;': "'", '&#x27;': "'" };

/**
 * Email bodies are rendered HTML-escaped (safe to show as HTML); a mail client given a mailto:
 * link or a pasted draft wants the plain text back.
 */
export function htmlUnescape(text: string): string {
  return text.replace(/&(?:amp|lt|gt|quot|#34|#39|#x27);/g, (entity) => ENTITIES[entity]!);
}

/** A mailto: link that opens the draft in the user's mail client (RFC 6068: %20, CRLF line breaks). */
export function mailtoHref(to: string | null | undefined, subject: string | undefined, body: string): string {
  const encode = (value: string) => encodeURIComponent(value.replace(/\r?\n/g, '\r\n'));
  const params = [subject ? `subject=${encode(subject)}` : null, `body=${encode(body)}`].filter(Boolean).join('&');
  return `mailto:${to ? encodeURIComponent(to).replace(/%40/g, '@') : ''}?${params}`;
}
