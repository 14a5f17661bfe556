import type { ResourceName } from '../data/records.ts';

/**
 * Entities the API serves that have no list of their own: a saved query's versions and runs
 * are shown on its page. A test checks that nothing else is missing; every other entity needs
 * a resource and labels (checked by the type checker).
 */
export const notYetInThePanel = ['savedQueryRuns', 'savedQueryVersions'] as const;

/** The resources the panel shows. */
export type PanelResource = Exclude<ResourceName, (typeof notYetInThePanel)[number]>;
