import { Foundation1795542846828 } from './1795542846828-foundation';

// Migrations in the order they run; a migration is never edited after it lands.
export const MIGRATIONS = [Foundation1795542846828];
