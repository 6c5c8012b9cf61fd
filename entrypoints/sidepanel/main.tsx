import '../../assets/extension-page.css';
import '../../assets/sidepanel.css';
import { renderInReadersLanguage } from '../../components/page-language';
import { App } from './App';

// The panel scrolls to the quoted article itself; a restored scroll offset from an earlier
// layout (another panel width) would land somewhere else.
history.scrollRestoration = 'manual';
void renderInReadersLanguage({
  root: document.getElementById('app') as HTMLElement,
  titleKey: 'sidePanelTitle',
  app: (knowledgeBase) => <App knowledgeBase={knowledgeBase} />,
});
