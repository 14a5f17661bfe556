import {
  AttendanceStatus,
  BeneficiaryStatus,
  Gender,
  ProgramKind,
  RegionLevel,
  UserRole,
  VillageKind,
  WorkerRole,
  WorkerStatus,
} from '@pilar/db';
import { builder } from '../builder.ts';

/** The Prisma enums, exposed under their own names so the schema and database agree. */
export const RegionLevelEnum = builder.enumType(RegionLevel, { name: 'RegionLevel', description: 'Administrative level of a region (Kemendagri).' });
export const VillageKindEnum = builder.enumType(VillageKind, { name: 'VillageKind', description: 'Desa (village led by a kuwu) or kelurahan (urban ward).' });
export const GenderEnum = builder.enumType(Gender, { name: 'Gender' });
export const WorkerRoleEnum = builder.enumType('WorkerRole', {
  description: 'The six kinds of pilar sosial.',
  values: {
    TKSK: { value: WorkerRole.TKSK, description: 'Tenaga Kesejahteraan Sosial Kecamatan: one social-welfare worker per district.' },
    PUSKESOS: { value: WorkerRole.PUSKESOS, description: 'Staff of a Puskesos, a village social-welfare service post.' },
    PSM: { value: WorkerRole.PSM, description: 'Pekerja Sosial Masyarakat: community social-work volunteer.' },
    PKH: { value: WorkerRole.PKH, description: 'Pendamping PKH: facilitator of Program Keluarga Harapan.' },
    TAGANA: { value: WorkerRole.TAGANA, description: 'Taruna Siaga Bencana: disaster-preparedness youth volunteer.' },
    SIKS_NG_OPERATOR: { value: WorkerRole.SIKS_NG_OPERATOR, description: 'Village data operator of SIKS-NG.' },
  } as const,
});
export const WorkerStatusEnum = builder.enumType(WorkerStatus, { name: 'WorkerStatus' });
export const ProgramKindEnum = builder.enumType(ProgramKind, { name: 'ProgramKind', description: 'TRAINING programmes run sessions; AID programmes hand out distributions.' });
export const AttendanceStatusEnum = builder.enumType(AttendanceStatus, { name: 'AttendanceStatus' });
export const BeneficiaryStatusEnum = builder.enumType(BeneficiaryStatus, { name: 'BeneficiaryStatus', description: 'Where a PPKS stands: ACTIVE, GRADUATED (no longer in need), MOVED out, DECEASED.' });
export const UserRoleEnum = builder.enumType(UserRole, {
  name: 'UserRole',
  description: 'ADMIN: everything, manages users. CLERK: reads and writes the registry in their regions. AUDITOR: reads everything (personal data masked unless revealed), the audit trail and saved queries. VIEWER: reference data and aggregates, personal data masked.',
});
