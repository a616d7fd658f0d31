// RouterProvider from 'react-router' (not react-router/dom): under Vitest the /dom entry resolves to
// another copy of the router module, and its context would not reach NavLink.
import { render } from '@testing-library/react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { routes } from '../routes';
import { SessionProvider } from '../session/Session';

/** The whole portal (layout, session, pages) at one path, as the browser would show it. */
export function renderApp(path: string) {
  const router = createMemoryRouter(routes, { initialEntries: [path] });
  render(
    <SessionProvider>
      <RouterProvider router={router} />
    </SessionProvider>,
  );
  return router;
}
