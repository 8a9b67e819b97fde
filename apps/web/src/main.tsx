import { StrictMode } from 'react';
import * as ReactDOM from 'react-dom/client';
import { App } from './app/App';
import './styles.css';
import { startTheme } from './ui/theme';

startTheme();

const root = ReactDOM.createRoot(document.getElementById('root') as HTMLElement);

root.render(
  <StrictMode>
    <App />
  </StrictMode>,
);
