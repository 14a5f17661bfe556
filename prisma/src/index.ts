export { openDatabase, type Database, type DatabaseKind, type DatabaseOptions } from './database.ts';
export { provinceNames } from './provinces.ts';
export { applyMigrations, diffMigrationsToSchema, readMigrations } from './migrate.ts';
export * from '../generated/client/client.ts';
