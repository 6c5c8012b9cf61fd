import { t } from '../../components/i18n';
import { canScanPage } from '../../utils/scan-this-page';
import type { PageState } from './page-state';

/**
 * The sentence the popup shows for every state but "found": why nothing is listed, in plain
 * words, with the one action that helps (resume a paused site, open the options).
 */
export function PageStatus({
  state,
  onResume,
  onOpenOptions,
  onScan,
}: {
  state: Exclude<PageState, { kind: 'found' }>;
  onResume: () => void;
  onOpenOptions: () => void;
  /** "Scan this page" (utils/scan-this-page.ts); absent where it cannot help. */
  onScan?: () => void;
}) {
  return (
    <div class="tl-status" data-testid="page-state" data-state={state.kind} role="status">
      <p>{describeState({ state })}</p>
      {state.kind === 'paused' && (
        <button type="button" class="tl-button" data-testid="resume-site" onClick={onResume}>
          {t('resumeOnSite', [state.host])}
        </button>
      )}
      {state.kind === 'not-running' && onScan && canScanPage({ reason: state.reason }) && (
        <button type="button" class="tl-button" data-testid="scan-this-page" onClick={onScan}>
          {t('scanThisPage')}
        </button>
      )}
      {state.kind === 'not-running' && state.reason !== 'unreachable' && (
        <button type="button" class="tl-button" onClick={onOpenOptions}>
          {t('openOptions')}
        </button>
      )}
    </div>
  );
}

function describeState({ state }: { state: Exclude<PageState, { kind: 'found' }> }): string {
  switch (state.kind) {
    case 'loading':
      return t('stateLoading');
    case 'scanning':
      return t('stateScanning');
    case 'nothing-found':
      return t('stateNothingFound');
    case 'paused':
      return t('statePaused', [state.host]);
    case 'restricted':
      return t(
        state.reason === 'web-store'
          ? 'stateRestrictedStore'
          : state.reason === 'pdf-viewer'
            ? 'stateRestrictedPdf'
            : 'stateRestrictedBrowser',
      );
    case 'not-running':
      switch (state.reason) {
        case 'denied':
          return t('stateDenied', [state.host ?? '']);
        case 'not-news':
          return t('stateNotNews', [state.host ?? '']);
        case 'not-listed':
          return t('stateNotListed', [state.host ?? '']);
        default:
          return t('stateUnreachable');
      }
  }
}
