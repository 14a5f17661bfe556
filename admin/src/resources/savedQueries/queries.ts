import { gql, type TypedDocumentNode } from '@apollo/client';
import type { SavedQuery, SavedQueryRun, SavedQueryVariable, SavedQueryVersion } from '../../generated/graphql.ts';

export type VersionDetail = Pick<
  SavedQueryVersion,
  | 'id'
  | 'number'
  | 'status'
  | 'document'
  | 'changeNote'
  | 'authorId'
  | 'authorName'
  | 'approvedByName'
  | 'approvedAt'
  | 'createdAt'
  | 'retiredAt'
  | 'persistedId'
> & { variables: SavedQueryVariable[] };

export type QueryDetail = Pick<
  SavedQuery,
  'id' | 'name' | 'purpose' | 'ownerName' | 'version' | 'latestVersion' | 'retiredAt' | 'runsCount' | 'createdAt'
> & { currentVersion: Pick<SavedQueryVersion, 'number'> | null; versions: VersionDetail[] };

const VERSION = `id number status document changeNote authorId authorName approvedByName approvedAt createdAt retiredAt persistedId
  variables { name type namedType kind list required defaultValue enumValues }`;

/** A query with all its versions (drafts only for ADMIN and AUDITOR: the server decides). */
export const QUERY_DETAIL: TypedDocumentNode<{ savedQuery: QueryDetail | null }, { id: string }> = gql`
  query SavedQueryDetail($id: ID!) {
    savedQuery(id: $id) {
      id name purpose ownerName version latestVersion retiredAt runsCount createdAt
      currentVersion { number }
      versions(take: 500) { ${VERSION} }
    }
  }
`;

export type RunRow = Pick<
  SavedQueryRun,
  'id' | 'userName' | 'role' | 'startedAt' | 'versionNumber' | 'variables' | 'rowCount' | 'durationMs' | 'resultHash' | 'via' | 'errors'
>;

const RUN = 'id userName role startedAt versionNumber variables rowCount durationMs resultHash via errors';

/** The runs of a query, newest first (other roles than ADMIN and AUDITOR see their own). */
export const RUNS: TypedDocumentNode<{ savedQueryRuns: RunRow[]; savedQueryRunsCount: number }, { id: string; take: number }> = gql`
  query SavedQueryRuns($id: ID!, $take: Int) {
    savedQueryRuns(where: { savedQueryId: { equals: $id } }, orderBy: [{ startedAt: desc }], take: $take) { ${RUN} }
    savedQueryRunsCount(where: { savedQueryId: { equals: $id } })
  }
`;

export const RUN_SAVED_QUERY: TypedDocumentNode<
  { runSavedQuery: RunRow & { data: unknown } },
  { id: string; version?: number | null; variables?: Record<string, unknown> }
> = gql`
  mutation RunSavedQuery($id: ID!, $version: Int, $variables: JSON) {
    runSavedQuery(id: $id, version: $version, variables: $variables) { ${RUN} data }
  }
`;

export const APPROVE_VERSION: TypedDocumentNode<{ approveSavedQueryVersion: { id: string; status: string } }, { id: string; version: number }> = gql`
  mutation ApproveSavedQueryVersion($id: ID!, $version: Int!) {
    approveSavedQueryVersion(id: $id, version: $version) { id status }
  }
`;

export const RETIRE_VERSION: TypedDocumentNode<{ retireSavedQueryVersion: { id: string; status: string } }, { id: string; version: number }> = gql`
  mutation RetireSavedQueryVersion($id: ID!, $version: Int!) {
    retireSavedQueryVersion(id: $id, version: $version) { id status }
  }
`;

export const RETIRE_QUERY: TypedDocumentNode<{ retireSavedQuery: { id: string; retiredAt: string | null } }, { id: string }> = gql`
  mutation RetireSavedQuery($id: ID!) {
    retireSavedQuery(id: $id) { id retiredAt }
  }
`;

/** The newest version's document, to edit from. */
export const LATEST_DOCUMENT: TypedDocumentNode<{ savedQuery: { versions: Pick<SavedQueryVersion, 'number' | 'document'>[] } | null }, { id: string }> = gql`
  query SavedQueryLatestDocument($id: ID!) {
    savedQuery(id: $id) { versions(take: 1) { number document } }
  }
`;
