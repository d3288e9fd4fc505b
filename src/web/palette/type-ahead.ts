/**
 * Keeps what is typed between Ctrl/Cmd-K and the moment the palette's search box has focus: on a
 * first use its code may still be loading, and the modal opens with a transition, so someone who
 * types at once during a call would otherwise lose the first letters.
 */
export function createTypeAhead(timeoutMs = 3_000) {
  let typed = '';
  let timer: number | undefined;
  const onKey = (event: KeyboardEvent) => {
    if (event.ctrlKey || event.metaKey || event.altKey || event.isComposing) return;
    if (event.key.length === 1) typed += event.key;
    else if (event.key === 'Backspace') typed = typed.slice(0, -1);
    else return;
    // Not into whatever field had focus before the palette was asked for.
    event.preventDefault();
    event.stopPropagation();
  };
  const stop = () => {
    window.removeEventListener('keydown', onKey, true);
    window.clearTimeout(timer);
  };
  return {
    start() {
      stop();
      typed = '';
      window.addEventListener('keydown', onKey, true);
      // Never keeps swallowing keys if the palette fails to open.
      timer = window.setTimeout(stop, timeoutMs);
    },
    /** Stops keeping keys and hands over what was typed (empty when nothing). */
    take(): string {
      stop();
      const text = typed;
      typed = '';
      return text;
    },
  };
}

export type TypeAhead = ReturnType<typeof createTypeAhead>;
