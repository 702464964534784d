import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { BrowserRouter } from 'react-router';
import { Provider } from 'urql';
import { App } from './app/App';
import './auth/messages';
import { SIGN_IN_POPUP_PATH, sessionStore } from './auth/session-store';
import './workspace/forms/messages';
import './workspace/messages';
import './app/app.css';
import './i18n/i18n';
import { graphqlClient } from './shared/graphql-client';

// The sign-in popup only hands the provider's answer back to the page that opened it.
if (window.location.pathname === SIGN_IN_POPUP_PATH) {
  void sessionStore.completePopup();
} else {
  void sessionStore.start();
  renderApp();
}

function renderApp() {
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <Provider value={graphqlClient}>
        <BrowserRouter>
          <App />
        </BrowserRouter>
      </Provider>
    </StrictMode>,
  );
}
