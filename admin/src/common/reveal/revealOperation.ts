import { gql, type TypedDocumentNode } from '@apollo/client';
import type { MutationRevealPersonalDataArgs, PersonalData, PersonalDataEntity } from '../../generated/graphql.ts';

export type RevealedData = Pick<PersonalData, 'nik' | 'kkNumber' | 'phone' | 'address'>;

/** Shows one record's personal data in clear; the server writes the reveal and its reason to the trail. */
export const REVEAL_PERSONAL_DATA: TypedDocumentNode<{ revealPersonalData: RevealedData }, MutationRevealPersonalDataArgs> = gql`
  mutation RevealPersonalData($entity: PersonalDataEntity!, $id: ID!, $reason: String!) {
    revealPersonalData(entity: $entity, id: $id, reason: $reason) {
      nik
      kkNumber
      phone
      address
    }
  }
`;

const ENTITIES: readonly PersonalDataEntity[] = ['Beneficiary', 'Worker'];

export function isPersonalDataEntity(name: string): name is PersonalDataEntity {
  return (ENTITIES as readonly string[]).includes(name);
}

/** A masked value keeps the region prefix and the last digits and stars the rest (`321201******0001`). */
export function isMasked(value: unknown): boolean {
  return typeof value === 'string' && value.includes('*');
}
