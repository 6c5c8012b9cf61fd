import { render } from 'preact';
import '../../assets/extension-page.css';
import '../../assets/sidepanel.css';
import { localiseDocument } from '../../components/localise-document';
import { App } from './App';

// The panel scrolls to the quoted article itself; a restored scroll offset from an earlier
// layout (another panel width) would land somewhere else.
history.scrollRestoration = 'manual';
localiseDocument({ titleKey: 'sidePanelTitle' });
render(<App />, document.getElementById('app') as HTMLElement);
