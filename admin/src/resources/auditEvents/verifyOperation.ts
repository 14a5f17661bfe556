import { gql, type TypedDocumentNode } from '@apollo/client';
import type { AuditVerification } from '../../generated/graphql.ts';

/** Walks the hash chain of the whole trail on the server. */
export const VERIFY_AUDIT_TRAIL: TypedDocumentNode<{ verifyAuditTrail: AuditVerification }, Record<string, never>> = gql`
  query VerifyAuditTrail {
    verifyAuditTrail {
      ok
      checked
      firstBrokenId
    }
  }
`;
