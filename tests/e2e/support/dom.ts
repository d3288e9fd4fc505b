import type { Page } from 'playwright-core';

// page.evaluate runs in the browser; these helpers pass it strings so the Node-side type check
// (the root tsconfig has no DOM library) needs no browser globals.

export function activeElementText(page: Page): Promise<string | null> {
  return page.evaluate('document.activeElement ? document.activeElement.textContent : null') as Promise<string | null>;
}

export function activeElementId(page: Page): Promise<string | null> {
  return page.evaluate('document.activeElement ? document.activeElement.id : null') as Promise<string | null>;
}

export function documentScrollWidth(page: Page): Promise<number> {
  return page.evaluate('document.documentElement.scrollWidth') as Promise<number>;
}

export interface FocusStyle {
  text: string | null;
  outlineStyle: string;
  outlineWidth: number;
}

export function focusedElementStyle(page: Page): Promise<FocusStyle> {
  return page.evaluate(`(() => {
    const el = document.activeElement;
    const style = getComputedStyle(el);
    return { text: el.textContent, outlineStyle: style.outlineStyle, outlineWidth: parseFloat(style.outlineWidth) };
  })()`) as Promise<FocusStyle>;
}

export function activeElementAttribute(page: Page, name: string): Promise<string | null> {
  return page.evaluate(`document.activeElement ? document.activeElement.getAttribute(${JSON.stringify(name)}) : null`) as Promise<string | null>;
}
