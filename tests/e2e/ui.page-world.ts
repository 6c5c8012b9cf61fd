/**
 * Functions the UI tests run inside pages. Each is serialised on its own (no imports, outer
 * variables or inner named functions), like harness/page-world.ts.
 */

/** The extension page's language once its app has rendered (null before: for `waitFor`). */
export function renderedPageLanguage(): string | null {
  return document.querySelector('#app *') ? document.documentElement.lang : null;
}

/** The popup's state (`data-state` of the status block), 'found' when the list shows alone. */
export function popupStateOrNull(): string | null {
  const state = document.querySelector('[data-testid="page-state"]')?.getAttribute('data-state');
  if (state) return state;
  return document.querySelector('[data-testid="found-concepts"]') ? 'found' : null;
}

/** The popup state once it is `wanted`, else null (for `waitFor`). */
export function popupStateIs(wanted: string): boolean {
  const state = document.querySelector('[data-testid="page-state"]')?.getAttribute('data-state');
  return (
    (state ?? (document.querySelector('[data-testid="found-concepts"]') ? 'found' : null)) ===
    wanted
  );
}

export interface FoundGroup {
  topic: string;
  items: { entryId: string; count: string; stance: string | null }[];
}

/** The "On this page" list as the reader sees it: topic groups, counts, stances. */
export function readFoundGroups(): FoundGroup[] {
  return [...document.querySelectorAll('[data-testid="found-concepts"] section')].map(
    (section) => ({
      topic: section.querySelector('h3')?.textContent?.trim() ?? '',
      items: [...section.querySelectorAll('[data-testid="found-concept"]')].map((item) => ({
        entryId: item.getAttribute('data-entry-id') ?? '',
        count: item.querySelector('.tl-count [aria-hidden="true"]')?.textContent ?? '',
        stance: item.querySelector('[data-stance]')?.getAttribute('data-stance') ?? null,
      })),
    }),
  );
}

export interface EntryView {
  entryId: string | null;
  title: string;
  opEd: string;
  opEdLink: string | null;
  stance: string | null;
  views: number;
  treatyText: string;
  relatedIds: string[];
}

/** The full entry card on an extension page, or null while absent. */
export function readEntryView(): EntryView | null {
  const card = document.querySelector('[data-testid="entry-card"]');
  if (!card) return null;
  const opEd = card.querySelector('[data-testid="op-ed-position"]');
  return {
    entryId: card.getAttribute('data-entry-id'),
    title: card.querySelector('h2')?.textContent ?? '',
    opEd: opEd?.textContent ?? '',
    opEdLink: opEd?.querySelector('a')?.getAttribute('href') ?? null,
    stance: opEd?.querySelector('[data-stance]')?.getAttribute('data-stance') ?? null,
    views: card.querySelectorAll('[data-testid="party-view"]').length,
    treatyText: card.querySelector('[data-testid="treaty-text"]')?.textContent ?? '',
    relatedIds: [...card.querySelectorAll('[data-testid="related-entries"] a[data-entry-id]')].map(
      (link) => link.getAttribute('data-entry-id') ?? '',
    ),
  };
}

/** True once no extension highlight marks anything on the page. */
export function noMarksLeft(): boolean {
  for (const [name, highlight] of CSS.highlights) {
    if (name.startsWith('treaty-lens-') && highlight.size > 0) return false;
  }
  return true;
}

export interface QuotedArticle {
  articleId: string | null;
  marked: string;
}

export interface FocusedControl {
  description: string;
  outlineStyle: string;
  outlineWidth: number;
}

/** What has keyboard focus and whether its focus ring shows. */
export function readFocus(): FocusedControl | null {
  const active = document.activeElement;
  if (!active || active === document.body) return null;
  const style = getComputedStyle(active);
  return {
    description: `${active.tagName.toLowerCase()}${active.id ? `#${active.id}` : ''}[${active.getAttribute('data-testid') ?? active.textContent?.trim().slice(0, 30) ?? ''}]`,
    outlineStyle: style.outlineStyle,
    outlineWidth: Number.parseFloat(style.outlineWidth),
  };
}

/**
 * Clears stored settings from an extension page: later tests start from the defaults. Firefox's
 * `chrome.*` takes callbacks, so its promise-returning `browser.*` goes first.
 */
export function clearStoredSettings(): Promise<boolean> {
  type StorageApi = { storage: { sync: { clear(): Promise<void> } } };
  const scope = globalThis as unknown as { browser?: StorageApi; chrome: StorageApi };
  return (scope.browser ?? scope.chrome).storage.sync.clear().then(() => true);
}

/** Stores a raw settings value, as an older version, a sync conflict or a hand edit might. */
export function storeRawSettings(value: unknown): Promise<boolean> {
  type StorageApi = { storage: { sync: { set(items: object): Promise<void> } } };
  const scope = globalThis as unknown as { browser?: StorageApi; chrome: StorageApi };
  return (scope.browser ?? scope.chrome).storage.sync.set({ settings: value }).then(() => true);
}

export function isChecked(selector: string): boolean | null {
  const input = document.querySelector(selector) as HTMLInputElement | null;
  return input ? input.checked : null;
}

export function textOf(selector: string): string | null {
  return document.querySelector(selector)?.textContent ?? null;
}

/** Sites listed in an options site list (`data-testid` of the list), or null while empty. */
export function listedSites(listId: string): string[] | null {
  const sites = [...document.querySelectorAll(`[data-testid="${listId}"] [data-site]`)].map(
    (item) => item.getAttribute('data-site') ?? '',
  );
  return sites.length > 0 ? sites : null;
}

/** The quoted article once its heading is in view, else null (for `waitFor`). */
export function quotedArticleInView(): QuotedArticle | null {
  const article = document.querySelector('[data-testid="treaty-document"] [data-quoted="true"]');
  const heading = article?.querySelector('h3')?.getBoundingClientRect();
  if (!article || !heading || heading.top < 0 || heading.bottom > window.innerHeight) return null;
  return {
    articleId: article.getAttribute('data-article-id'),
    marked: article.querySelector('mark')?.textContent ?? '',
  };
}

/** What assistive technology is given for the hover card (in its open shadow root). */
export interface CardAccessibility {
  role: string | null;
  label: string | null;
  modal: string | null;
  pinned: boolean;
  /** Focus is on the card itself (the page's active element is our host, and inside it, the card). */
  focused: boolean;
  live: {
    role: string | null;
    politeness: string | null;
    atomic: string | null;
    text: string;
    /** Not removed from the accessibility tree (display, visibility, aria-hidden). */
    exposed: boolean;
  };
}

export function readCardAccessibility(): CardAccessibility | null {
  const host = document.querySelector('treaty-lens-card');
  const root = host?.shadowRoot;
  const card = root?.querySelector('[data-testid="hover-card"]');
  const live = root?.querySelector('[data-testid="card-announcer"]');
  if (!host || !root || !card || !live) return null;
  const style = getComputedStyle(live);
  return {
    role: card.getAttribute('role'),
    label: card.getAttribute('aria-label'),
    modal: card.getAttribute('aria-modal'),
    pinned: card.getAttribute('data-pinned') === 'true',
    focused: document.activeElement === host && root.activeElement === card,
    live: {
      role: live.getAttribute('role'),
      politeness: live.getAttribute('aria-live'),
      atomic: live.getAttribute('aria-atomic'),
      text: live.textContent ?? '',
      exposed:
        style.display !== 'none' &&
        style.visibility !== 'hidden' &&
        live.closest('[aria-hidden="true"]') === null,
    },
  };
}

/** The live region's text once it has some (for `waitFor`). */
export function cardAnnouncementOrNull(): string | null {
  const live = document
    .querySelector('treaty-lens-card')
    ?.shadowRoot?.querySelector('[data-testid="card-announcer"]');
  return live?.textContent || null;
}

/** Clicks the card's pin button (a DOM click: the card's handlers run in the content script). */
export function clickPinButton(): boolean {
  const button = document
    .querySelector('treaty-lens-card')
    ?.shadowRoot?.querySelector<HTMLElement>('[data-testid="pin-card"]');
  button?.click();
  return button !== null && button !== undefined;
}

/**
 * What overflows inside `root` (in `host`'s shadow root when given): visible elements that stick
 * out of the root's box sideways, and text that runs past the box it sits in (a long word that
 * does not wrap). Also the page itself scrolling sideways. Empty when everything fits.
 */
export function overflowingIn({ host, root }: { host?: string; root: string }): string[] {
  const scope = host ? document.querySelector(host)?.shadowRoot : document;
  const rootElement = scope?.querySelector(root);
  if (!rootElement) return [`no ${root}`];
  // No inner functions: tsx would wrap them in a `__name` helper the page does not have.
  const box = rootElement.getBoundingClientRect();
  const found: string[] = [];
  if (document.documentElement.scrollWidth > document.documentElement.clientWidth + 1) {
    let widest = document.body;
    for (const element of document.querySelectorAll('body *')) {
      if (element.getBoundingClientRect().right > widest.getBoundingClientRect().right) {
        widest = element as HTMLElement;
      }
    }
    found.push(
      `the page scrolls sideways: ${document.documentElement.scrollWidth} px in ${document.documentElement.clientWidth}, furthest ${widest.outerHTML.slice(0, 80)}`,
    );
  }
  for (const element of rootElement.querySelectorAll('*')) {
    if (!element.checkVisibility({ visibilityProperty: true })) continue;
    const rect = element.getBoundingClientRect();
    if (rect.width > 0 && (rect.right > box.right + 1 || rect.left < box.left - 1)) {
      found.push(
        `${element.getAttribute('data-testid') ?? element.outerHTML.slice(0, 60)} sticks out`,
      );
    }
  }
  const texts = document.createTreeWalker(rootElement, NodeFilter.SHOW_TEXT);
  for (let text = texts.nextNode(); text; text = texts.nextNode()) {
    let block = text.parentElement;
    while (block && getComputedStyle(block).display.startsWith('inline')) {
      block = block.parentElement;
    }
    if (!block?.checkVisibility({ visibilityProperty: true })) continue;
    // Text for screen readers only sits in a clipped 1 px box on purpose.
    if (block.getBoundingClientRect().width <= 1) continue;
    const range = document.createRange();
    range.selectNodeContents(text);
    const blockBox = block.getBoundingClientRect();
    for (const line of range.getClientRects()) {
      if (line.width > 0 && (line.right > blockBox.right + 1 || line.left < blockBox.left - 1)) {
        found.push(`text runs out of its box: ${text.textContent?.slice(0, 40)}`);
        break;
      }
    }
  }
  return found;
}

/** Whether the page sees the theme `dark` asks for (emulated, or the browser's own). */
export function colorSchemeIs(dark: boolean): boolean {
  return matchMedia('(prefers-color-scheme: dark)').matches === dark;
}

/** Opens every <details> on the page, so what they hold is measured too. */
export function openAllDetails(): number {
  const closed = [...document.querySelectorAll('details:not([open])')];
  for (const details of closed) details.setAttribute('open', '');
  return closed.length;
}
