/** A small Server-Sent Events reader over fetch (Node has no EventSource), with Last-Event-ID resume. */

export interface SseEvent {
  id?: string;
  event: string;
  data: unknown;
}

export interface ReadSseOptions {
  lastEventId?: string;
  /** Called for every event; return true to stop reading. */
  onEvent?: (event: SseEvent) => boolean | undefined;
  timeoutMs?: number;
}

/** Reads until the server ends the stream, `onEvent` returns true, or the timeout passes. */
export async function readSse(url: string, options: ReadSseOptions = {}): Promise<SseEvent[]> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), options.timeoutMs ?? 120_000);
  const events: SseEvent[] = [];
  try {
    const res = await fetch(url, {
      headers: {
        accept: 'text/event-stream',
        ...(options.lastEventId ? { 'last-event-id': options.lastEventId } : {}),
      },
      signal: controller.signal,
    });
    if (!res.ok || !res.body) throw new Error(`${url} answered HTTP ${res.status}`);
    const reader = res.body.getReader();
    const decoder = new TextDecoder();
    let buffer = '';
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return events;
      buffer += decoder.decode(value, { stream: true });
      for (let sep = buffer.indexOf('\n\n'); sep >= 0; sep = buffer.indexOf('\n\n')) {
        const block = buffer.slice(0, sep);
        buffer = buffer.slice(sep + 2);
        const event = parseBlock(block);
        if (!event) continue;
        events.push(event);
        if (options.onEvent?.(event)) {
          controller.abort();
          return events;
        }
      }
    }
  } catch (err) {
    if (controller.signal.aborted && events.length > 0) return events;
    throw err;
  } finally {
    clearTimeout(timer);
  }
}

/** One event from its lines; comment lines (`: heartbeat`) and unknown fields are skipped. */
function parseBlock(block: string): SseEvent | undefined {
  let id: string | undefined;
  let event = 'message';
  const data: string[] = [];
  for (const line of block.split('\n')) {
    if (line.startsWith('id:')) id = line.slice(3).trim();
    else if (line.startsWith('event:')) event = line.slice(6).trim();
    else if (line.startsWith('data:')) data.push(line.slice(5).replace(/^ /, ''));
  }
  if (data.length === 0) return undefined;
  return { ...(id ? { id } : {}), event, data: JSON.parse(data.join('\n')) };
}
