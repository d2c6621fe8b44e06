// The TypeORM CLI's data source (`npm run migration:generate -- api/src/migrations/Name`).
import 'reflect-metadata';
import { DataSource } from 'typeorm';
import { FieldKeyring, installFieldKeyring, parseEncryptionKeys } from '@worker-aid/api/core';
import { dataSourceOptions } from './data-source-options';

const url = process.env['DATABASE_URL'];
if (!url) throw new Error('DATABASE_URL is required for the TypeORM CLI');
// Migrations that convert sensitive fields need the keys; schema-only ones run without them.
const errors: string[] = [];
const keys = parseEncryptionKeys(process.env, errors);
if (errors.length > 0) throw new Error(errors.join('; '));
if (keys) installFieldKeyring(new FieldKeyring(keys));
export default new DataSource(dataSourceOptions(url));
