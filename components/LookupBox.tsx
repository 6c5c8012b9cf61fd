import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { Entry } from '../knowledge/types';
import { t } from './i18n';
import { StanceBadge } from './StanceBadge';
import { createEntrySearch } from './search-entries';

/**
 * The knowledge-base lookup: results as you type, an ARIA combobox so the keyboard does
 * everything (type, Up/Down to move, Enter to open, Esc to clear).
 * https://www.w3.org/WAI/ARIA/apg/patterns/combobox/examples/combobox-autocomplete-list/
 */
export function LookupBox({
  entries,
  onOpenEntry,
  query: givenQuery,
  autoFocus = false,
}: {
  entries: Entry[];
  onOpenEntry: (entryId: string) => void;
  /** Text to search for from outside (the context menu's "Look up"); the reader can edit it. */
  query?: string;
  /** Focus the box when it appears (the popup, opened by the lookup shortcut). */
  autoFocus?: boolean;
}) {
  const input = useRef<HTMLInputElement>(null);
  useEffect(() => {
    // preventScroll: the popup must not jump; the box is at its top anyway.
    if (autoFocus) input.current?.focus({ preventScroll: true });
  }, [autoFocus]);
  const search = useMemo(() => createEntrySearch({ entries }), [entries]);
  const [query, setQuery] = useState(givenQuery ?? '');
  const [activeIndex, setActiveIndex] = useState(0);
  useEffect(() => {
    if (givenQuery === undefined) return;
    setQuery(givenQuery);
    setActiveIndex(0);
  }, [givenQuery]);
  const results = useMemo(() => search.search({ query }), [search, query]);
  const open = results.length > 0;
  const active = results[Math.min(activeIndex, results.length - 1)];

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'ArrowDown' && open) {
      event.preventDefault();
      setActiveIndex((index) => (index + 1) % results.length);
    } else if (event.key === 'ArrowUp' && open) {
      event.preventDefault();
      setActiveIndex((index) => (index - 1 + results.length) % results.length);
    } else if (event.key === 'Enter' && active) {
      event.preventDefault();
      onOpenEntry(active.id);
    } else if (event.key === 'Escape' && query !== '') {
      // Esc clears first; a second Esc is left to the browser (it closes the popup).
      event.preventDefault();
      event.stopPropagation();
      setQuery('');
      setActiveIndex(0);
    }
  };

  return (
    <div class="tl-lookup">
      <label class="tl-label" for="tl-lookup-input">
        {t('lookupLabel')}
      </label>
      <input
        ref={input}
        id="tl-lookup-input"
        data-testid="lookup-input"
        class="tl-input"
        type="search"
        // biome-ignore lint/a11y/noRedundantRoles: a search field is a searchbox until told it is a combobox (ARIA 1.2)
        role="combobox"
        // Preact's types tie role="combobox" to a <datalist>; this combobox owns its own listbox.
        list={undefined}
        autoComplete="off"
        spellcheck={false}
        aria-autocomplete="list"
        aria-expanded={open}
        aria-controls="tl-lookup-results"
        aria-activedescendant={open && active ? `tl-lookup-${active.id}` : undefined}
        placeholder={t('lookupPlaceholder')}
        value={query}
        onInput={(event) => {
          setQuery(event.currentTarget.value);
          setActiveIndex(0);
        }}
        onKeyDown={onKeyDown}
      />
      <div id="tl-lookup-results" class="tl-results" role="listbox" aria-label={t('lookupResults')}>
        {results.map((entry) => (
          // Options are reached with the arrow keys from the input (focus stays there, pointed
          // at by aria-activedescendant); a pointer click works too.
          // biome-ignore lint/a11y/useKeyWithClickEvents: the combobox input handles the keyboard
          <div
            key={entry.id}
            id={`tl-lookup-${entry.id}`}
            role="option"
            tabIndex={-1}
            aria-selected={entry === active}
            class="tl-result"
            data-testid="lookup-result"
            data-entry-id={entry.id}
            onClick={() => onOpenEntry(entry.id)}
          >
            <span class="tl-result-title">{entry.title}</span>
            <StanceBadge stance={entry.opEd.stance} focusable={false} />
          </div>
        ))}
      </div>
      <p class="tl-visually-hidden" role="status">
        {query.trim() === '' ? '' : t('lookupCount', [String(results.length)])}
      </p>
      {query.trim() !== '' && results.length === 0 && <p class="tl-empty">{t('lookupNothing')}</p>}
    </div>
  );
}
