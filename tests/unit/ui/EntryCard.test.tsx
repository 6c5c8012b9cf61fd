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
    expect(position.textContent).toContain('Describes');
    expect(position.textContent).toContain('paragraph 4');
    const link = within(position).getByRole('link', {
      name: 'No US Security Guarantees for Ukraine',
    });
    expect(link.getAttribute('href')).toBe(testKnowledgeBase.opEd.url);
    expect(screen.getByTestId('op-ed-caveat').textContent).toContain('Justin Logan');
    expect(screen.getByTestId('op-ed-caveat').textContent).toContain('not confirmed');
  });

  it('names the op-ed without a link or caveat in the compact variant', () => {
    renderCard('compact');
    const position = screen.getByTestId('op-ed-position');
    expect(within(position).queryByRole('link')).toBeNull();
    expect(position.textContent).toContain('No US Security Guarantees for Ukraine');
    expect(screen.queryByTestId('op-ed-caveat')).toBeNull();
  });

  it('quotes the treaty under its article heading with source and checked date', () => {
    renderCard('full');
    const quote = screen.getByTestId('treaty-text');
    expect(quote.textContent).toContain('North Atlantic Treaty, Article 5: Collective defence');
    expect(quote.textContent).toContain('shall be considered an attack against them all');
    expect(quote.textContent).toContain('checked 2026-11-20');
    expect(quote.querySelector('mark')?.textContent).toBe(
      'an armed attack against one or more of them',
    );
  });

  it('quotes only the excerpt in the compact variant', () => {
    renderCard('compact');
    const quote = screen.getByTestId('treaty-text').querySelector('blockquote');
    expect(quote?.textContent).toBe('an armed attack against one or more of them');
  });

  it('attributes every other view in full and one in compact', () => {
    renderCard('full');
    expect(screen.getAllByTestId('party-view')).toHaveLength(2);
    expect(screen.getAllByTestId('party-view')[0]?.textContent).toContain('NATO:');
    renderCard('compact');
    const cards = screen.getAllByTestId('entry-card');
    expect(within(cards[1] as HTMLElement).getAllByTestId('party-view')).toHaveLength(1);
    expect(cards[1]?.textContent).toContain('1 more in the full entry');
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
