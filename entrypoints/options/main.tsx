import { render } from 'preact';
import '../../assets/extension-page.css';
import '../../assets/options.css';
import { localiseDocument } from '../../components/localise-document';
import { App } from './App';

localiseDocument({ titleKey: 'optionsTitle' });
render(<App />, document.getElementById('app') as HTMLElement);
