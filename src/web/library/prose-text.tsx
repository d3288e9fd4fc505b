import { Text } from '@mantine/core';
import type { TextProps } from '@mantine/core';
import { paragraphs } from './prose.ts';

/** Block text from a playbook file, one <p> per paragraph. */
export function ProseText({ text, ...props }: { text: string } & TextProps) {
  return (
    <>
      {paragraphs(text).map((paragraph, index) => (
        <Text key={index} {...props} style={{ overflowWrap: 'anywhere' }}>{paragraph}</Text>
      ))}
    </>
  );
}
