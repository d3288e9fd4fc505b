import { createTheme, defaultVariantColorsResolver, parseThemeColor } from '@mantine/core';
import type { CSSVariablesResolver, VariantColorsResolver } from '@mantine/core';

// Mantine's light variants put mid-shade text on a tint, about 3:1: below WCAG AA for the small
// text of badges. Shade 9 darkened by a third keeps the hue and clears 4.5:1 on every tint.
const readableLightVariants: VariantColorsResolver = (input) => {
  const resolved = defaultVariantColorsResolver(input);
  if (input.variant !== 'light') return resolved;
  const parsed = parseThemeColor({ color: input.color ?? input.theme.primaryColor, theme: input.theme });
  if (!parsed.isThemeColor) return resolved;
  const strong = `color-mix(in srgb, var(--mantine-color-${parsed.color}-9), black 35%)`;
  return { ...resolved, color: strong, hoverColor: strong };
};

export const theme = createTheme({
  primaryColor: 'blue',
  // White text on shade 6 blue is 3.6:1; shade 8 is 4.9:1 (WCAG AA for normal text).
  primaryShade: 8,
  defaultRadius: 'md',
  fontFamily: 'Inter, system-ui, -apple-system, "Segoe UI", Roboto, sans-serif',
  headings: { fontFamily: 'Inter, system-ui, -apple-system, "Segoe UI", Roboto, sans-serif' },
  focusRing: 'auto',
  variantColorResolver: readableLightVariants,
});

// Mantine's "dimmed" gray is 3.3:1 on white; gray 7 is readable (WCAG AA) and still secondary.
export const cssVariablesResolver: CSSVariablesResolver = () => ({
  variables: {},
  light: { '--mantine-color-dimmed': 'var(--mantine-color-gray-7)' },
  dark: {},
});
