/**
 * Page-world measures of the hover card (run in the page with `evaluate`, so no imports): how
 * many words it shows, how tall its content is, and where its parts sit inside its scroll box.
 */

export interface CardMeasure {
  entryId: string;
  /** Words of visible text in the card (the whole scroll box, hidden parts left out). */
  words: number;
  /** Height of the card's content (its scroll height) and of its box, in CSS px. */
  contentPx: number;
  boxPx: number;
  /** Distance from the card's top to the treaty quote's bottom edge; null without a quote. */
  treatyBottomPx: number | null;
  /** Distance from the card's top to the treaty quote's top edge; null without a quote. */
  treatyTopPx: number | null;
  /** Bottom edge of each essential part (title, meaning, op-ed line, key sentence). */
  essentialBottoms: Record<string, number>;
  /** Distance from the card's top to the bottom of its "As of <Month YYYY>" line; null without one. */
  checkedBottomPx: number | null;
  /** The key sentence quoted, as shown. */
  quote: string;
  /** The card's width in CSS px. */
  widthPx: number;
}

/** Measures the open hover card; null while there is none. */
export function measureCard(): CardMeasure | null {
  const host = document.querySelector('treaty-lens-card');
  const frame = host?.shadowRoot?.querySelector<HTMLElement>('[data-testid="hover-card"]');
  const card = frame?.querySelector('[data-testid="entry-card"][data-entry-id]');
  if (!frame || !card) return null;
  const top = frame.getBoundingClientRect().top - frame.scrollTop;
  // No inner functions: tsx would wrap them in a `__name` helper the page does not have.
  let text = '';
  const walker = document.createTreeWalker(frame, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const parent = node.parentElement;
    if (!parent || parent.getClientRects().length === 0) continue;
    if (getComputedStyle(parent).visibility === 'hidden') continue;
    text += ` ${node.textContent}`;
  }
  const words = text.split(/\s+/).filter(Boolean).length;
  const quote = frame.querySelector('[data-testid="treaty-text"] blockquote');
  const essentials: Record<string, string> = {
    title: '.tl-title',
    meaning: '[data-testid="entry-summary"]',
    opEd: '[data-testid="op-ed-position"]',
    keySentence: '[data-testid="treaty-text"] blockquote',
  };
  const essentialBottoms: Record<string, number> = {};
  for (const [name, selector] of Object.entries(essentials)) {
    const element = frame.querySelector(selector);
    if (!element || element.getClientRects().length === 0) continue;
    essentialBottoms[name] = Math.round(element.getBoundingClientRect().bottom - top);
  }
  const checked = frame.querySelector('[data-testid="entry-checked"]');
  return {
    entryId: card.getAttribute('data-entry-id') ?? '',
    words,
    contentPx: frame.scrollHeight,
    boxPx: frame.clientHeight,
    treatyTopPx: quote ? Math.round(quote.getBoundingClientRect().top - top) : null,
    treatyBottomPx: quote ? Math.round(quote.getBoundingClientRect().bottom - top) : null,
    essentialBottoms,
    checkedBottomPx:
      checked && checked.getClientRects().length > 0
        ? Math.round(checked.getBoundingClientRect().bottom - top)
        : null,
    quote: quote?.textContent?.trim() ?? '',
    widthPx: Math.round(frame.getBoundingClientRect().width),
  };
}

/** The middle of an element inside the card's shadow root, in viewport coordinates. */
export function pointInCard(selector: string): { x: number; y: number } | null {
  const element = document
    .querySelector('treaty-lens-card')
    ?.shadowRoot?.querySelector(selector)
    ?.getBoundingClientRect();
  if (!element || element.width === 0) return null;
  return { x: element.left + element.width / 2, y: element.top + element.height / 2 };
}

/** The `data-testid` (or tag) of the focused element inside the card, or null. */
export function focusInCard(): string | null {
  const host = document.querySelector('treaty-lens-card');
  if (document.activeElement !== host) return null;
  const active = host?.shadowRoot?.activeElement;
  if (!active) return null;
  return (
    active.getAttribute('data-testid') ?? active.getAttribute('data-entry-id') ?? active.tagName
  );
}

/** The open card's entry id and whether it is pinned, or null while no card is open. */
export function cardEntry(): { entryId: string; pinned: boolean } | null {
  const frame = document
    .querySelector('treaty-lens-card')
    ?.shadowRoot?.querySelector('[data-testid="hover-card"]');
  const entryId = frame?.querySelector('[data-entry-id]')?.getAttribute('data-entry-id');
  if (!frame || !entryId) return null;
  return { entryId, pinned: frame.getAttribute('data-pinned') === 'true' };
}

/** How the card paints its stance pill, its meaning tooltip and its pin/close strip. */
export function cardStyles(): {
  stanceColor: string;
  stanceBorder: string;
  textColor: string;
  tipVisibility: string;
  controlsBackground: string;
} | null {
  const root = document.querySelector('treaty-lens-card')?.shadowRoot;
  const stance = root?.querySelector('[data-testid="stance-badge"]');
  const tip = root?.querySelector('[data-testid="stance-meaning"]');
  const controls = root?.querySelector('.tl-hover-card-controls');
  const summary = root?.querySelector('[data-testid="entry-summary"]');
  if (!stance || !tip || !controls || !summary) return null;
  return {
    stanceColor: getComputedStyle(stance).color,
    stanceBorder: getComputedStyle(stance).borderTopStyle,
    textColor: getComputedStyle(summary).color,
    tipVisibility: getComputedStyle(tip).visibility,
    controlsBackground: getComputedStyle(controls).backgroundColor,
  };
}

/** Focuses the card's stance pill (what Tab would do) and says whether it took focus. */
export function focusStanceBadge(): boolean {
  const badge = document
    .querySelector('treaty-lens-card')
    ?.shadowRoot?.querySelector<HTMLElement>('[data-testid="stance-badge"]');
  badge?.focus();
  return badge?.matches(':focus') ?? false;
}

/** The side panel's stored target (read from an extension page). */
export function storedSidePanelTarget(): Promise<unknown> {
  type StorageApi = { storage: { local: { get(key: string): Promise<Record<string, unknown>> } } };
  const scope = globalThis as unknown as { browser?: StorageApi; chrome: StorageApi };
  return (scope.browser ?? scope.chrome).storage.local
    .get('sidePanelTarget')
    .then((items) => items.sidePanelTarget ?? null);
}

/** The open card's language and the words it shows in it: title, More button, key sentence. */
export function cardLanguage(): {
  lang: string;
  entryId: string;
  title: string;
  more: string;
  quoteLang: string | null;
} | null {
  const frame = document
    .querySelector('treaty-lens-card')
    ?.shadowRoot?.querySelector('[data-testid="hover-card"]');
  const card = frame?.querySelector('[data-testid="entry-card"][data-entry-id]');
  const more = frame?.querySelector('[data-testid="card-more"]');
  if (!frame || !card || !more || !frame.getAttribute('lang')) return null;
  return {
    lang: frame.getAttribute('lang') ?? '',
    entryId: card.getAttribute('data-entry-id') ?? '',
    title: frame.querySelector('.tl-title')?.textContent?.trim() ?? '',
    more: more.textContent?.trim() ?? '',
    quoteLang:
      frame.querySelector('[data-testid="treaty-text"] blockquote')?.getAttribute('lang') ?? null,
  };
}

/** True once the open hover card shows `entryId`, else null (still the last card, or none). */
export function cardShowsEntry(entryId: string): true | null {
  const card = document
    .querySelector('treaty-lens-card')
    ?.shadowRoot?.querySelector('[data-testid="hover-card"] [data-testid="entry-card"]');
  return card?.getAttribute('data-entry-id') === entryId ? true : null;
}

/** True when no hover card is open. */
export function noCardOpen(): true | null {
  const host = document.querySelector('treaty-lens-card');
  return host?.shadowRoot?.querySelector('[data-testid="entry-card"]') ? null : true;
}
