import { useState } from 'preact/hooks';
import { type MessageKey, t } from '../../components/i18n';
import { type HostInputProblem, parseHostInput } from '../../utils/site-rules';

const problemMessages: Record<HostInputProblem, MessageKey> = {
  empty: 'hostProblemEmpty',
  'has-path': 'hostProblemPath',
  'bad-characters': 'hostProblemCharacters',
  'no-dot': 'hostProblemNoDot',
  'too-long': 'hostProblemTooLong',
};

/**
 * A list of host names the reader edits: type a site, get told at once what is wrong with it
 * (the field is marked invalid and the reason is read out), add it, remove it.
 */
export function SiteList({
  id,
  heading,
  hint,
  sites,
  onAdd,
  onRemove,
  removeLabel = 'removeSite',
}: {
  id: string;
  heading: MessageKey;
  hint: MessageKey;
  sites: string[];
  onAdd?: (host: string) => void;
  onRemove: (host: string) => void;
  removeLabel?: MessageKey;
}) {
  const [text, setText] = useState('');
  const [problem, setProblem] = useState<MessageKey>();
  const errorId = `${id}-error`;
  const add = () => {
    const parsed = parseHostInput({ text });
    if (parsed.problem) {
      setProblem(problemMessages[parsed.problem]);
      return;
    }
    if (sites.includes(parsed.host)) {
      setProblem('hostProblemDuplicate');
      return;
    }
    onAdd?.(parsed.host);
    setText('');
    setProblem(undefined);
  };
  return (
    <div class="tl-site-list" data-testid={id}>
      <h3 id={`${id}-heading`}>{t(heading)}</h3>
      <p class="tl-hint" id={`${id}-hint`}>
        {t(hint)}
      </p>
      {onAdd && (
        <form
          class="tl-site-form"
          onSubmit={(event) => {
            event.preventDefault();
            add();
          }}
        >
          <label class="tl-visually-hidden" for={`${id}-input`}>
            {t('siteInputLabel', [t(heading)])}
          </label>
          <input
            id={`${id}-input`}
            class="tl-input"
            data-testid={`${id}-input`}
            type="text"
            inputMode="url"
            autoComplete="off"
            spellcheck={false}
            placeholder="example.com"
            value={text}
            aria-invalid={problem ? true : undefined}
            aria-describedby={problem ? `${errorId} ${id}-hint` : `${id}-hint`}
            onInput={(event) => {
              setText(event.currentTarget.value);
              setProblem(undefined);
            }}
          />
          <button type="submit" class="tl-button" data-testid={`${id}-add`}>
            {t('addSite')}
          </button>
        </form>
      )}
      {problem && (
        <p class="tl-error" id={errorId} role="alert" data-testid={`${id}-error`}>
          {t(problem)}
        </p>
      )}
      {sites.length === 0 ? (
        <p class="tl-empty">{t('noSites')}</p>
      ) : (
        <ul class="tl-sites" aria-labelledby={`${id}-heading`}>
          {sites.map((site) => (
            <li key={site} data-site={site}>
              <span>{site}</span>
              <button
                type="button"
                class="tl-button tl-button--small"
                aria-label={t(
                  removeLabel === 'removeSite' ? 'removeSiteNamed' : 'resumeSiteNamed',
                  [site],
                )}
                onClick={() => onRemove(site)}
              >
                {t(removeLabel)}
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
