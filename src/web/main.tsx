import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/app.tsx';
import './app/styles/base.css';
import './app/styles/components.css';
import './app/styles/forms.css';
import './app/styles/tables.css';
import './app/styles/header.css';
import './app/styles/layout.css';
import './app/styles/home.css';
import './app/styles/units.css';
import './app/styles/tasks.css';
import './app/styles/notifications.css';
import './app/styles/indicators.css';
import './app/styles/dashboard.css';
import './app/styles/reports.css';
import './app/styles/publishing.css';

const root = document.getElementById('root');
if (!root) throw new Error('#root is missing from index.html');
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
