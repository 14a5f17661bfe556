import { useEffect, type ReactNode } from 'react';
import { Layout, useLocaleState } from 'react-admin';

/** react-admin's layout, keeping the page's `lang` in step with the chosen language. */
export function PilarLayout({ children }: { children: ReactNode }) {
  const [locale] = useLocaleState();
  useEffect(() => {
    document.documentElement.lang = locale;
  }, [locale]);
  return <Layout>{children}</Layout>;
}
