// Injected events are placed at "day N, HH:MM" of the test run and travel as hours after its start.
// Day 1 is the first 24 hours (as the server counts: "purchase on day 2" is atHours 24..48).

/** Hours after the start for day `day` (1 = the first day) at `time` ("HH:MM" into that day), or null if malformed. */
export function atHours(day: number, time: string): number | null {
  const match = /^(\d{1,2}):(\d{2})$/.exec(time.trim());
  if (!match || !Number.isInteger(day) || day < 1) return null;
  const hours = Number(match[1]);
  const minutes = Number(match[2]);
  if (hours > 23 || minutes > 59) return null;
  return (day - 1) * 24 + hours + minutes / 60;
}

/** The inverse: "day N, HH:MM" parts (day 1 first) of an offset in milliseconds after the start. */
export function offsetParts(ms: number): { day: number; time: string } {
  const totalMinutes = Math.max(0, Math.round(ms / 60_000));
  const day = Math.floor(totalMinutes / (24 * 60));
  const minutes = totalMinutes - day * 24 * 60;
  const hh = String(Math.floor(minutes / 60)).padStart(2, '0');
  const mm = String(minutes % 60).padStart(2, '0');
  return { day: day + 1, time: `${hh}:${mm}` };
}

/** Offset of `at` after `start`, both ISO strings. */
export function offsetOf(start: string, at: string): { day: number; time: string } {
  return offsetParts(new Date(at).getTime() - new Date(start).getTime());
}
