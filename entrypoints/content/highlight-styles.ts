import type { Topic } from '../../knowledge/types';
import type { MarkStyle } from '../../utils/settings';
import { flashHighlightName, highlightName } from './highlight-layer';

/** A colour name or hex code from settings; anything else falls back to the topic colour. */
const safeColor = /^(#[0-9a-f]{3,8}|[a-z]{3,20})$/i;

/**
 * The `::highlight()` rules for every topic. Only a few properties apply to highlight pseudos
 * (colour, background, text-decoration, text-shadow:
 * https://drafts.csswg.org/css-pseudo-4/#highlight-styling), so the underline cannot be offset.
 */
export function highlightCss({
  topics,
  markStyle,
  topicColors,
}: {
  topics: readonly Topic[];
  markStyle: MarkStyle;
  topicColors: Readonly<Record<string, string>>;
}): string {
  const rules = topics.map((topic) => {
    const override = topicColors[topic.id];
    const color = override && safeColor.test(override) ? override : topic.color;
    const name = highlightName({ topic: topic.id });
    return markStyle === 'background'
      ? `::highlight(${name}){background-color:color-mix(in srgb,${color} 24%,transparent);}`
      : `::highlight(${name}){text-decoration:underline dotted ${color};text-decoration-thickness:2px;}`;
  });
  rules.push(
    `::highlight(${flashHighlightName}){background-color:#fde047;color:#111827;text-decoration:none;}`,
  );
  return rules.join('\n');
}

export interface HighlightStyles {
  update(css: string): void;
  /** Adopts the sheet in a document or shadow root (again, if the page replaced the list). */
  adoptIn(root: Document | ShadowRoot): void;
  /** Takes the sheet out of every root it was adopted in (the content script is going away). */
  detach(): void;
}

/**
 * The highlight rules live in one constructable stylesheet adopted by the document (and by
 * each open shadow root that has marks, since document styles do not reach into shadow trees).
 * Adopting a sheet adds no node or attribute to the page.
 */
export function createHighlightStyles(): HighlightStyles {
  // Made with the first rules (once settings are read), not at start-up.
  let created: CSSStyleSheet | null = null;
  const sheetOf = () => {
    created ??= new CSSStyleSheet();
    return created;
  };
  const roots = new Set<Document | ShadowRoot>();
  return {
    update(css) {
      sheetOf().replaceSync(css);
    },
    adoptIn(root) {
      const sheet = sheetOf();
      roots.add(root);
      if (root.adoptedStyleSheets.includes(sheet)) return;
      // Assign a new array: Firefox's Xray view of the page's ObservableArray has no push().
      root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
    },
    detach() {
      for (const root of roots) {
        root.adoptedStyleSheets = root.adoptedStyleSheets.filter((adopted) => adopted !== created);
      }
      roots.clear();
    },
  };
}
