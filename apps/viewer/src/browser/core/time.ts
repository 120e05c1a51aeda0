/** `75` -> `1:15`, `3725` -> `1:02:05`: how players show a position. */
export function formatTimestamp(seconds: number): string {
  const total = Math.max(0, Math.floor(seconds));
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  const ss = String(s).padStart(2, '0');
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${ss}` : `${m}:${ss}`;
}

export interface TimeRange {
  episode: string;
  start: number;
  end: number;
}

/** Whether a piece of evidence was said inside the range (untimed evidence never is). */
export function inRange(item: { episode: string; start: number | null }, range: TimeRange): boolean {
  return item.episode === range.episode && item.start !== null && item.start >= range.start && item.start <= range.end;
}
