import { lazy } from 'react';

/** The landing page after sign-in; its code (and the chart library's) loads on demand. */
export const Dashboard = lazy(() => import('./Dashboard.tsx'));
