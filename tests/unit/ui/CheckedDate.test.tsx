import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CheckedDate, monthOf } from '../../../components/CheckedDate';
import { EntryCard } from '../../../components/EntryCard';
import { entryById, testKnowledgeBase } from './fixtures';
import { installEnglishMessages } from './install-i18n';

beforeEach(() => installEnglishMessages());
afterEach(() => cleanup());

describe('CheckedDate', () => {
  it('says when the entry was checked as month and year', () => {
    render(<CheckedDate checked="2026-12-01" />);
    const line = screen.getByTestId('entry-checked');
    expect(line.textContent).toBe('As of December 2026');
    expect(line.querySelector('time')?.getAttribute('datetime')).toBe('2026-12-01');
  });

  it('names every month from the messages', () => {
    render(<CheckedDate checked="2025-01-31" />);
    expect(screen.getByTestId('entry-checked').textContent).toBe('As of January 2025');
    expect(monthOf('2025-09-02')).toEqual({ month: 'monthSeptember', year: '2025' });
  });

  it('shows nothing for a date it cannot read', () => {
    const { container } = render(<CheckedDate checked="2026-13-01" />);
    expect(container.textContent).toBe('');
    expect(monthOf('December 2026')).toBeUndefined();
  });

  it('appears in the full entry view, under the title', () => {
    render(
      <EntryCard entry={entryById('article-5')} knowledgeBase={testKnowledgeBase} variant="full" />,
    );
    expect(screen.getByTestId('entry-checked').textContent).toBe('As of November 2026');
  });

  it('stands once on the face of the compact (hover card) variant, expanded or not', () => {
    render(
      <EntryCard
        entry={entryById('article-5')}
        knowledgeBase={testKnowledgeBase}
        variant="compact"
      />,
    );
    expect(screen.getAllByTestId('entry-checked').map((line) => line.textContent)).toEqual([
      'As of November 2026',
    ]);
    fireEvent.click(screen.getByTestId('card-more'));
    expect(screen.getAllByTestId('entry-checked')).toHaveLength(1);
  });
});
