import { Fragment } from 'react';
import { parseMarkedText } from './marked-text.ts';

/** Search-highlight markup from the API, rendered as text with <mark>: never as HTML. */
export function HighlightedText({ html }: { html: string }) {
  return (
    <>
      {parseMarkedText(html).map((segment, index) =>
        segment.marked ? <mark key={index}>{segment.text}</mark> : <Fragment key={index}>{segment.text}</Fragment>,
      )}
    </>
  );
}
