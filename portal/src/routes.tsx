import type { RouteObject } from 'react-router';
import { Layout } from './components/Layout';
import { Home } from './pages/Home';
import { NotFound, PageError } from './pages/NotFound';
import { Profile } from './pages/Profile';
import { Register, RegisterCurrent } from './pages/Register';

/** The portal's pages. The gateway must answer these paths with index.html (client-side routing). */
export const routes: RouteObject[] = [
  {
    element: <Layout />,
    children: [
      {
        errorElement: <PageError />,
        children: [
          { index: true, element: <Home /> },
          { path: 'profile', element: <Profile /> },
          { path: 'register', element: <RegisterCurrent /> },
          { path: 'symposia/:id/register', element: <Register /> },
          { path: '*', element: <NotFound /> },
        ],
      },
    ],
  },
];
