import type * as Api from '../generated/graphql.ts';
import type { FieldOf, ResourceName, ScalarFieldOf } from '../data/records.ts';
import type { AuditAction } from '../common/history/auditActions.ts';
import type { PanelResource } from '../resources/panelResources.ts';
import type { DashboardMessages } from '../dashboard/messages.ts';
import type { SavedQueryMessages } from '../resources/savedQueries/messages.ts';

/**
 * The shape of the admin's own messages. Field labels are required for every field of every
 * record and enum labels for every value, both taken from the generated API types: a field or
 * value added on the server fails the type check until it has a label in each language.
 */
type ResourceMessages<R extends ResourceName> = {
  /** `singular |||| plural` */
  name: string;
  fields: Record<FieldOf<R>, string> & Record<string, string>;
};

/** Labels of a screen over an API type that is no CRUD resource (tokens, audit events). */
type TypeMessages<T> = {
  name: string;
  fields: Record<ScalarFieldOf<T>, string> & Record<string, string>;
};

type EnumMessages = {
  AttendanceStatus: Record<Api.AttendanceStatus, string>;
  BeneficiaryStatus: Record<Api.BeneficiaryStatus, string>;
  Gender: Record<Api.Gender, string>;
  ProgramKind: Record<Api.ProgramKind, string>;
  RegionLevel: Record<Api.RegionLevel, string>;
  UserRole: Record<Api.UserRole, string>;
  VillageKind: Record<Api.VillageKind, string>;
  WorkerRole: Record<Api.WorkerRole, string>;
  WorkerStatus: Record<Api.WorkerStatus, string>;
};

export type EnumName = keyof EnumMessages;

export type DomainMessages = {
  resources: { [R in PanelResource]: ResourceMessages<R> } & {
    auditEvents: TypeMessages<Api.AuditEvent>;
    apiTokens: TypeMessages<Api.ApiToken>;
  };
  enums: EnumMessages;
  pilar: {
    title: string;
    dashboard: DashboardMessages;
    savedQueries: SavedQueryMessages;
    language: Record<'id' | 'en', string>;
    filters: { search: string; from: string; until: string; district: string; village: string };
    trash: {
      menu: string;
      title: string;
      empty: string;
      restore: string;
      restored: string;
      restoredMany: string;
    };
    conflict: {
      title: string;
      body: string;
      reload: string;
      reloaded: string;
      yourChanges: string;
      reapply: string;
      notification: string;
    };
    roster: {
      title: string;
      add: string;
      worker: string;
      added: string;
      attended: string;
      absent: string;
      remove: string;
      removed: string;
    };
    sections: {
      workerSessions: string;
      beneficiaryDistributions: string;
      regionChildren: string;
      programSessions: string;
    };
    audit: {
      /** Each action of the trail; an action not listed is shown as the API names it. */
      actions: Record<AuditAction, string>;
      actor: string;
      system: string;
      changes: string;
      field: string;
      before: string;
      after: string;
      noChanges: string;
      revealed: string;
      shownRecords: string;
      openRecord: string;
      verify: string;
      verifyTitle: string;
      verifyOk: string;
      verifyBroken: string;
      openBroken: string;
      close: string;
    };
    history: {
      data: string;
      tab: string;
      empty: string;
    };
    reveal: {
      button: string;
      title: string;
      intro: string;
      reason: string;
      reasonHelp: string;
      submit: string;
      shownFor: string;
      notice: string;
      close: string;
    };
    password: {
      menu: string;
      title: string;
      intro: string;
      current: string;
      new: string;
      newHelp: string;
      confirm: string;
      mismatch: string;
      keepTokens: string;
      keepTokensHelp: string;
      submit: string;
      changed: string;
    };
    tokens: {
      intro: string;
      create: string;
      createTitle: string;
      expiresOn: string;
      expiresOnHelp: string;
      roleHelp: string;
      allowAdHocHelp: string;
      includeRevoked: string;
      owner: string;
      status: string;
      active: string;
      expired: string;
      revokedStatus: string;
      secretTitle: string;
      secretWarning: string;
      secretLabel: string;
      secretUsage: string;
      copy: string;
      copied: string;
      copyFailed: string;
      done: string;
      revoke: string;
      revokeTitle: string;
      revokeBody: string;
      revoked: string;
      empty: string;
      noExpiry: string;
      neverUsed: string;
    };
  };
};
