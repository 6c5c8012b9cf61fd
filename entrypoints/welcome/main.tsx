import '../../assets/extension-page.css';
import '../../assets/welcome.css';
import { renderInReadersLanguage } from '../../components/page-language';
import { App } from './App';

void renderInReadersLanguage({
  root: document.getElementById('app') as HTMLElement,
  app: (knowledgeBase) => <App knowledgeBase={knowledgeBase} />,
});
