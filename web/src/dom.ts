/**
 * Element builders. Data only ever becomes text nodes or attribute values, never markup:
 * listing titles come from strangers and may contain `<img onerror=…>`.
 */

type Child = Node | string | number | null | undefined | false;
type Attrs = Record<string, string | number | boolean | null | undefined>;

function setAttrs(el: Element, attrs: Attrs): void {
  for (const [name, value] of Object.entries(attrs)) {
    if (value === null || value === undefined || value === false) continue;
    el.setAttribute(name, value === true ? '' : String(value));
  }
}

function append(el: Element, children: Child[]): void {
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    el.append(typeof child === 'object' ? child : document.createTextNode(String(child)));
  }
}

/** An HTML element: `h('p', { class: 'note' }, 'text', child)`. */
export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs: Attrs = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  setAttrs(el, attrs);
  append(el, children);
  return el;
}

const SVG_NS = 'http://www.w3.org/2000/svg';

/** An SVG element, same shape as `h`. */
export function s<K extends keyof SVGElementTagNameMap>(
  tag: K,
  attrs: Attrs = {},
  ...children: Child[]
): SVGElementTagNameMap[K] {
  const el = document.createElementNS(SVG_NS, tag);
  setAttrs(el, attrs);
  append(el, children);
  return el;
}

/** Only http(s) links leave the page; anything else (javascript:, data:) is dropped. */
function safeUrl(url: string | null | undefined): string | null {
  if (!url) return null;
  try {
    const parsed = new URL(url, window.location.href);
    return parsed.protocol === 'https:' || parsed.protocol === 'http:' ? parsed.href : null;
  } catch {
    return null;
  }
}

/** A link to the listing on eBay when its URL is safe, else plain text. */
export function listingLink(title: string, url: string | null | undefined, attrs: Attrs = {}): HTMLElement {
  const href = safeUrl(url);
  if (!href) return h('span', attrs, title);
  return h('a', { ...attrs, href, target: '_blank', rel: 'noopener noreferrer nofollow' }, title);
}

/** A section with a heading and an optional one-line explanation. */
export function section(id: string, title: string, intro: string | null, ...children: Child[]): HTMLElement {
  const headingId = `${id}-heading`;
  return h(
    'section',
    { id, class: 'panel', 'aria-labelledby': headingId },
    h('h2', { id: headingId }, title),
    intro ? h('p', { class: 'panel-intro' }, intro) : null,
    ...children,
  );
}
