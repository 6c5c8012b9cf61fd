import { render } from 'preact';
import '../../assets/extension-page.css';
import '../../assets/sidepanel.css';
import { localiseDocument } from '../../components/localise-document';
import { App } from './App';

localiseDocument({ titleKey: 'sidePanelTitle' });
render(<App />, document.getElementById('app') as HTMLElement);
