import '../../assets/extension-page.css';
import '../../assets/options.css';
import { renderInReadersLanguage } from '../../components/page-language';
import { App } from './App';

void renderInReadersLanguage({
  root: document.getElementById('app') as HTMLElement,
  titleKey: 'optionsTitle',
  app: (knowledgeBase) => <App knowledgeBase={knowledgeBase} />,
});
