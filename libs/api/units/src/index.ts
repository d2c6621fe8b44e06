export * from './lib/unit.entity';
export * from './lib/unit.relations';
export * from './lib/units.service';
export * from './lib/units.module';
