/** Test fixtures for other projects' tests: hostile zips and workbooks written byte by byte. */
export * from './lib/spreadsheets/testing/zip-builder';
export * from './lib/spreadsheets/testing/xlsx-builder';
