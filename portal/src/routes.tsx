import { lazy, type ComponentType } from 'react';
import { Navigate, useParams, type RouteObject } from 'react-router';
import { Layout } from './components/Layout';
import { Home } from './pages/Home';
import { NotFound, PageError } from './pages/NotFound';

/**
 * A page loaded when it is first shown, from its own chunk: the home page and the layout are in the
 * main bundle, every other page is fetched on first use (so members never download the organisers'
 * pages). The layout shows the loading state meanwhile (a Suspense boundary around its Outlet); a
 * chunk that cannot be loaded is a page error (the route's errorElement).
 */
function lazyPage<K extends string>(load: () => Promise<Record<NoInfer<K>, ComponentType>>, name: K) {
  return lazy(async () => ({ default: (await load())[name] }));
}

const Profile = lazyPage(() => import('./pages/Profile'), 'Profile');
const Register = lazyPage(() => import('./pages/Register'), 'Register');
const RegisterCurrent = lazyPage(() => import('./pages/Register'), 'RegisterCurrent');
const Programme = lazyPage(() => import('./pages/Programme'), 'Programme');
const ProgrammeCurrent = lazyPage(() => import('./pages/Programme'), 'ProgrammeCurrent');
const Agenda = lazyPage(() => import('./pages/Agenda'), 'Agenda');
const Library = lazyPage(() => import('./pages/Library'), 'Library');
const LibraryCurrent = lazyPage(() => import('./pages/Library'), 'LibraryCurrent');
const Propose = lazyPage(() => import('./pages/Propose'), 'Propose');
const Dialogue = lazyPage(() => import('./pages/Dialogue'), 'Dialogue');
const Notifications = lazyPage(() => import('./pages/Notifications'), 'Notifications');
const OrganiseHome = lazyPage(() => import('./pages/organise/Symposia'), 'OrganiseHome');
const SymposiumNew = lazyPage(() => import('./pages/organise/Symposia'), 'SymposiumNew');
const SymposiumOverview = lazyPage(() => import('./pages/organise/Symposia'), 'SymposiumOverview');
const OrganiseRegistrations = lazyPage(() => import('./pages/organise/Registrations'), 'OrganiseRegistrations');
const OrganiseProposals = lazyPage(() => import('./pages/organise/Proposals'), 'OrganiseProposals');
const OrganiseProgramme = lazyPage(() => import('./pages/organise/ProgrammeBuilder'), 'OrganiseProgramme');
const OrganiseSynthesis = lazyPage(() => import('./pages/organise/Synthesis'), 'OrganiseSynthesis');

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
          { path: 'agenda', element: <Agenda /> },
          { path: 'symposia/:id/agenda', element: <Agenda /> },
          { path: 'artefacts', element: <LibraryCurrent /> },
          { path: 'symposia/:id/artefacts', element: <Library /> },
          { path: 'symposia/:id/propose', element: <Propose /> },
          { path: 'symposia/:id', element: <SymposiumRedirect /> },
          { path: 'dialogues/:id', element: <Dialogue /> },
          { path: 'notifications', element: <Notifications /> },
          { path: 'organise', element: <OrganiseHome /> },
          { path: 'organise/new', element: <SymposiumNew /> },
          { path: 'organise/symposia/:id', element: <SymposiumOverview /> },
          { path: 'organise/symposia/:id/registrations', element: <OrganiseRegistrations /> },
          { path: 'organise/symposia/:id/proposals', element: <OrganiseProposals /> },
          { path: 'organise/symposia/:id/programme', element: <OrganiseProgramme /> },
          { path: 'organise/symposia/:id/synthesis', element: <OrganiseSynthesis /> },
          { path: '*', element: <NotFound /> },
        ],
      },
    ],
  },
];
