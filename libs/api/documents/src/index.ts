export * from './lib/document.entity';
export * from './lib/document-chunk.entity';
export * from './lib/document-encryption';
export * from './lib/owner-type';
export * from './lib/documents.service';
export * from './lib/documents.module';
