import type * as Api from '../generated/graphql.ts';
import type { FieldOf, ResourceName } from '../data/records.ts';

/**
 * The shape of the admin's own messages. Field labels are required for every field of every
 * record and enum labels for every value, both taken from the generated API types: a field or
 * value added on the server fails the type check until it has a label in each language.
 */
export interface ResourceMessages<R extends ResourceName> {
  /** `singular |||| plural` */
  name: string;
  fields: Record<FieldOf<R>, string> & Record<string, string>;
}

export interface EnumMessages {
  AttendanceStatus: Record<Api.AttendanceStatus, string>;
  BeneficiaryStatus: Record<Api.BeneficiaryStatus, string>;
  Gender: Record<Api.Gender, string>;
  ProgramKind: Record<Api.ProgramKind, string>;
  RegionLevel: Record<Api.RegionLevel, string>;
  VillageKind: Record<Api.VillageKind, string>;
  WorkerRole: Record<Api.WorkerRole, string>;
  WorkerStatus: Record<Api.WorkerStatus, string>;
}

export type EnumName = keyof EnumMessages;

export interface DomainMessages {
  resources: { [R in ResourceName]: ResourceMessages<R> };
  enums: EnumMessages;
  pilar: {
    title: string;
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
  };
}
