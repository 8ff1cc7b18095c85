/**
 * The simulator's clock: real time plus an offset that tests move. Token expiry and quota windows
 * read it; the listing data has its own fixed "now" (see SimulatorOptions.dataNow).
 */
export class SimClock {
  private offsetMs: number;

  constructor(private readonly initialOffsetMs = 0) {
    this.offsetMs = initialOffsetMs;
  }

  now(): number {
    return Date.now() + this.offsetMs;
  }

  advance(ms: number): void {
    this.offsetMs += ms;
  }

  set(epochMs: number): void {
    this.offsetMs = epochMs - Date.now();
  }

  reset(): void {
    this.offsetMs = this.initialOffsetMs;
  }

  snapshot(): { now: string; offsetMs: number } {
    return { now: new Date(this.now()).toISOString(), offsetMs: this.offsetMs };
  }
}

/** ISO-8601 with `Z` and without milliseconds, as SearchAPI writes `created_at`. */
export function isoSeconds(ms: number): string {
  return new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');
}
