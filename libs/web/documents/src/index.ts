// 证明材料: the panel the worker, hardship-file and case pages show
export * from './lib/documents-panel';
export * from './lib/file-size';
export * from './lib/file-size.pipe';
