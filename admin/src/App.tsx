import { Admin, CustomRoutes, Resource } from 'react-admin';
import { Route } from 'react-router-dom';
import apiSchema from 'virtual:api-schema';
import { ChangePasswordPage } from './account/ChangePasswordPage.tsx';
import { createAuthProvider } from './auth/authProvider.ts';
import { masksPersonalData, unreadableTypes } from './auth/permissions.ts';
import { createSession } from './auth/session.ts';
import { TrashList } from './common/trash.tsx';
import { Dashboard } from './dashboard/index.ts';
import { createApolloClient } from './data/apolloClient.ts';
import { createDataProvider } from './data/dataProvider.ts';
import { grammarOf } from './data/grammar.ts';
import { createI18nProvider } from './i18n/i18nProvider.ts';
import { PilarLayout } from './layout/PilarLayout.tsx';
import { theme } from './layout/theme.ts';
import { accessByResource } from './resources/defineResource.ts';
import { resources } from './resources/index.ts';
import { GrammarContext } from './schema/useGrammar.ts';

const i18nProvider = createI18nProvider();
const client = createApolloClient({ uri: '/graphql', getLocale: () => i18nProvider.getLocale() });
const session = createSession(client);
const dataProvider = createDataProvider(client, apiSchema, {
  withoutPersonalData: async () => masksPersonalData((await session.viewer())?.role),
  unreadableTypes: async () => unreadableTypes((await session.viewer())?.role),
});
const authProvider = createAuthProvider(client, apiSchema, { session, accessOf: accessByResource(resources) });
const grammar = grammarOf(apiSchema);

/** Resources with a trash (the API can restore their records) get it at `/<resource>/trash`. */
const hasTrash = (name: string) => !!grammar.entities.get(name)?.restore;

/**
 * The admin panel: every resource of the API, each shown to the roles that may use it (menus
 * and buttons follow `authProvider.canAccess`; the server decides).
 */
export function App() {
  return (
    <GrammarContext value={grammar}>
      <Admin
        dataProvider={dataProvider}
        authProvider={authProvider}
        i18nProvider={i18nProvider}
        dashboard={Dashboard}
        layout={PilarLayout}
        theme={theme}
        title="Pilar"
        disableTelemetry
      >
        {resources.map((resource) => (
          <Resource key={resource.name} {...resource}>
            {hasTrash(resource.name) && <Route path="trash" element={<TrashList />} />}
          </Resource>
        ))}
        <CustomRoutes>
          <Route path="/change-password" element={<ChangePasswordPage />} />
        </CustomRoutes>
      </Admin>
    </GrammarContext>
  );
}
