import { Navigate, useParams, type RouteObject } from 'react-router';
import { Layout } from './components/Layout';
import { Dialogue } from './pages/Dialogue';
import { Home } from './pages/Home';
import { NotFound, PageError } from './pages/NotFound';
import { Notifications } from './pages/Notifications';
import { Profile } from './pages/Profile';
import { Programme, ProgrammeCurrent } from './pages/Programme';
import { Propose } from './pages/Propose';
import { Register, RegisterCurrent } from './pages/Register';

/** /symposia/:id (notifications link there): the symposium's registration page. */
function SymposiumRedirect() {
  const { id = '' } = useParams();
  return <Navigate replace to={`/symposia/${encodeURIComponent(id)}/register`} />;
}

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
          { path: 'programme', element: <ProgrammeCurrent /> },
          { path: 'symposia/:id/programme', element: <Programme /> },
          { path: 'symposia/:id/propose', element: <Propose /> },
          { path: 'symposia/:id', element: <SymposiumRedirect /> },
          { path: 'dialogues/:id', element: <Dialogue /> },
          { path: 'notifications', element: <Notifications /> },
          { path: '*', element: <NotFound /> },
        ],
      },
    ],
  },
];
