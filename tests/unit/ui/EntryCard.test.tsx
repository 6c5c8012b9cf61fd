import { cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { EntryCard } from '../../../components/EntryCard';
import { entryById, hostileText, testKnowledgeBase } from './fixtures';
import { installEnglishMessages } from './install-i18n';

beforeEach(() => installEnglishMessages());
afterEach(() => cleanup());

function renderCard(
  variant: 'compact' | 'full',
  extra: Partial<Parameters<typeof EntryCard>[0]> = {},
) {
  return render(
    <EntryCard
      entry={entryById('article-5')}
      knowledgeBase={testKnowledgeBase}
      variant={variant}
      {...extra}
    />,
  );
}

describe('EntryCard', () => {
  it('shows title, summary and the entry id hook', () => {
    renderCard('full');
    const card = screen.getByTestId('entry-card');
    expect(card.dataset.entryId).toBe('article-5');
    expect(screen.getByRole('heading', { level: 2 }).textContent).toBe('Article 5');
    expect(screen.getByTestId('entry-summary').textContent).toContain('collective defence clause');
  });

  it("labels the op-ed's position with stance, paragraph, link and caveat in the full variant", () => {
    renderCard('full');
    const position = screen.getByTestId('op-ed-position');
    expect(position.textContent).toContain("The op-ed's position");
    expect(position.textContent).toContain('The op-ed: describes');
    expect(position.textContent).toContain('paragraph 4');
    const link = within(position).getByRole('link', {
      name: 'No US Security Guarantees for Ukraine',
    });
    expect(link.getAttribute('href')).toBe(testKnowledgeBase.opEd.url);
    expect(screen.getByTestId('op-ed-caveat').textContent).toContain('Justin Logan');
    expect(screen.getByTestId('op-ed-caveat').textContent).toContain('not confirmed');
  });

  it('shows the op-ed stance in one labelled line, its meaning a hover or focus away', () => {
    renderCard('compact');
    const line = screen.getByTestId('op-ed-position');
    expect(line.textContent).toContain('The op-ed: describes');
    expect(line.textContent).toContain('Cato at Liberty, paragraph 4');
    expect(within(line).queryByRole('link')).toBeNull();
    const badge = within(line).getByTestId('stance-badge');
    expect(badge.tabIndex).toBe(0);
    const meaning = document.getElementById(badge.getAttribute('aria-describedby') ?? '');
    expect(meaning?.getAttribute('role')).toBe('tooltip');
    expect(meaning?.textContent).toContain('without arguing for or against it');
    expect(screen.queryByTestId('op-ed-caveat')).toBeNull();
  });

  it('quotes the whole key sentence of the article verbatim, the excerpt marked, in the compact variant', () => {
    renderCard('compact');
    const quote = screen.getByTestId('key-sentence');
    expect(quote.textContent).toBe(
      'The Parties agree that an armed attack against one or more of them in Europe or North America shall be considered an attack against them all.',
    );
    expect(quote.querySelector('mark')?.textContent).toBe(
      'an armed attack against one or more of them',
    );
  });

  it('keeps the rest one action away: More expands the card, with every view and whole articles', () => {
    renderCard('compact');
    const more = screen.getByTestId('card-more');
    const details = screen.getByTestId('card-details');
    expect(more.getAttribute('aria-expanded')).toBe('false');
    expect(more.getAttribute('aria-controls')).toBe(details.id);
    expect(details.hidden).toBe(true);
    expect(screen.queryByTestId('party-view')).toBeNull();
    fireEvent.click(more);
    expect(more.getAttribute('aria-expanded')).toBe('true');
    expect(details.hidden).toBe(false);
    expect(within(details).getAllByTestId('party-view')).toHaveLength(2);
    expect(within(details).getByText(/each ally decides for itself/)).toBeTruthy();
  });

  it('opens the side panel at the quoted article and looks up related entries from the card', () => {
    const onOpenSidePanel = vi.fn();
    const onOpenEntry = vi.fn();
    renderCard('compact', { onOpenSidePanel, onOpenEntry });
    fireEvent.click(screen.getByTestId('card-open-side-panel'));
    expect(onOpenSidePanel).toHaveBeenCalledWith({
      entryId: 'article-5',
      documentId: 'north-atlantic-treaty',
      articleId: '5',
    });
    const lookUp = screen.getByTestId('card-look-up');
    fireEvent.click(within(lookUp).getByRole('link', { name: 'Security guarantees' }));
    expect(onOpenEntry).toHaveBeenCalledWith('security-guarantees');
  });

  it('renders hostile strings as text', () => {
    renderCard('full');
    expect(screen.getByTestId('entry-card').textContent).toContain(hostileText);
    expect(document.querySelector('img')).toBeNull();
  });

  it('links existing related entries and calls onOpenEntry', () => {
    const onOpenEntry = vi.fn();
    renderCard('full', { onOpenEntry });
    const related = screen.getByTestId('related-entries');
    const links = within(related).getAllByRole('link');
    // 'missing-entry' is dropped rather than shown as a dead link.
    expect(links.map((link) => link.textContent)).toEqual(['Security guarantees']);
    fireEvent.click(links[0] as HTMLElement);
    expect(onOpenEntry).toHaveBeenCalledWith('security-guarantees');
  });

  it('offers the whole document only when the host can open it', () => {
    const onReadDocument = vi.fn();
    renderCard('full', { onReadDocument });
    fireEvent.click(screen.getByRole('link', { name: /Read the whole North Atlantic Treaty/ }));
    expect(onReadDocument).toHaveBeenCalledWith({
      documentId: 'north-atlantic-treaty',
      articleId: '5',
    });
  });
});
