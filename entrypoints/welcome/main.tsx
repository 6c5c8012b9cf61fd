import { render } from 'preact';
import '../../assets/extension-page.css';
import '../../assets/welcome.css';
import { localiseDocument } from '../../components/localise-document';
import { App } from './App';

localiseDocument();
render(<App />, document.getElementById('app') as HTMLElement);
