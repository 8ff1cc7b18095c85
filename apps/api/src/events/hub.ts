/**
 * One Redis subscriber per API process fans search events out to every local listener
 * (SSE clients, compat endpoints waiting for a result). Adding a client costs no connection.
 */
import { type Logger, type PublishedEvent, searchKeys } from '@kuya/shared';
import type { Redis } from 'ioredis';

export type EventListener = (event: PublishedEvent) => void;

export class EventHub {
  private readonly listeners = new Map<string, Set<EventListener>>();
  private subscriber: Redis | undefined;

  constructor(
    private readonly redis: Redis,
    private readonly logger: Logger,
  ) {}

  async start(): Promise<void> {
    // A subscriber connection may queue commands while reconnecting, and must resubscribe itself.
    const sub = this.redis.duplicate({
      enableOfflineQueue: true,
      maxRetriesPerRequest: null,
      connectionName: 'kuya-api-events',
    });
    sub.on('error', (err) => this.logger.warn({ err: err.message }, 'event subscriber error'));
    sub.on('message', (_channel: string, message: string) => this.dispatch(message));
    await sub.subscribe(searchKeys.eventsChannel);
    this.subscriber = sub;
  }

  private dispatch(message: string) {
    let event: PublishedEvent;
    try {
      event = JSON.parse(message);
    } catch {
      return;
    }
    const set = this.listeners.get(event.searchId);
    if (!set) return;
    for (const listener of set) listener(event);
  }

  /** Registers a listener; returns the function that removes it. */
  subscribe(searchId: string, listener: EventListener): () => void {
    let set = this.listeners.get(searchId);
    if (!set) {
      set = new Set();
      this.listeners.set(searchId, set);
    }
    set.add(listener);
    return () => {
      set.delete(listener);
      if (set.size === 0) this.listeners.delete(searchId);
    };
  }

  get listenerCount(): number {
    let n = 0;
    for (const set of this.listeners.values()) n += set.size;
    return n;
  }

  async stop(): Promise<void> {
    this.listeners.clear();
    this.subscriber?.disconnect();
  }
}
