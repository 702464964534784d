/**
 * A circuit breaker for one city deployment. A city that is down costs every request CITY_TIMEOUT_MS
 * (or a refused connection) before it is reported CITY_UNAVAILABLE; after `failures` failures in a
 * row the breaker opens and the city is reported unavailable at once, and after `resetMs` a single
 * request is let through as a probe (half-open): its success closes the breaker, its failure opens it
 * again for another `resetMs`. Kept free of I/O and of the clock so that it can be tested alone.
 */
export type BreakerState = 'closed' | 'half-open' | 'open';

export interface BreakerSettings {
  /** Consecutive failures that open the breaker; 0 turns it off (the city is always asked). */
  failures: number;
  /** How long an open breaker refuses before it lets one probe through. */
  resetMs: number;
}

export const DEFAULT_BREAKER_SETTINGS: BreakerSettings = { failures: 5, resetMs: 30_000 };

/** What the breaker lets a request do: go to the city (possibly as the probe), or not at all. */
export type Admission = 'ask' | 'probe' | 'refuse';

export class CityBreaker {
  private current: BreakerState = 'closed';
  private failuresInRow = 0;
  private openedAt = 0;

  constructor(
    readonly settings: BreakerSettings,
    /** Injected so that tests need not wait; Date.now in the gateway. */
    private readonly now: () => number = Date.now,
    /** Told of every change of state (metrics). */
    private readonly onChange: (state: BreakerState) => void = () => {},
  ) {}

  get state(): BreakerState {
    return this.current;
  }

  /** Called before asking the city: whether to ask it. */
  admit(): Admission {
    if (this.current === 'closed') return 'ask';
    // While the probe is out, everything else is refused: one request decides, not a burst.
    if (this.current === 'half-open') return 'refuse';
    if (this.now() - this.openedAt < this.settings.resetMs) return 'refuse';
    this.moveTo('half-open');
    return 'probe';
  }

  /** The city answered (any HTTP answer below 500, with or without GraphQL errors). */
  succeeded(): void {
    this.failuresInRow = 0;
    if (this.current !== 'closed') this.moveTo('closed');
  }

  /** The city timed out, refused the connection or answered 5xx. */
  failed(): void {
    if (this.settings.failures === 0) return;
    this.failuresInRow += 1;
    // A request that was let through before the breaker opened may fail after it: it changes nothing.
    if (this.current === 'open') return;
    if (this.current === 'half-open' || this.failuresInRow >= this.settings.failures) {
      this.openedAt = this.now();
      this.moveTo('open');
    }
  }

  private moveTo(state: BreakerState): void {
    this.current = state;
    this.onChange(state);
  }
}
