import { useEffect, type ReactNode } from 'react';
import { Layout, useLocaleState } from 'react-admin';
import { PilarAppBar } from '../account/AccountMenu.tsx';

/** react-admin's layout, keeping the page's `lang` in step with the chosen language; its user menu offers the password change. */
export function PilarLayout({ children }: { children: ReactNode }) {
  const [locale] = useLocaleState();
  useEffect(() => {
    document.documentElement.lang = locale;
  }, [locale]);
  return <Layout appBar={PilarAppBar}>{children}</Layout>;
}
