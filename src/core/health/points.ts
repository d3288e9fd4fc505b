/** Maps a raw value onto 0–100 along piecewise-linear points (sorted by raw), flat beyond the ends. */
export function scoreFromPoints(raw: number, points: readonly { raw: number; score: number }[]): number {
  const first = points[0]!;
  const last = points[points.length - 1]!;
  if (raw <= first.raw) return first.score;
  if (raw >= last.raw) return last.score;
  for (let i = 1; i < points.length; i++) {
    const b = points[i]!;
    if (raw <= b.raw) {
      const a = points[i - 1]!;
      return a.score + ((raw - a.raw) / (b.raw - a.raw)) * (b.score - a.score);
    }
  }
  return last.score;
}
