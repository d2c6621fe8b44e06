// ts-jest's form of the @nestjs/swagger compiler plugin, so tests see the same OpenAPI document as the build.
const plugin = require('@nestjs/swagger/plugin');

module.exports = {
  name: 'nestjs-swagger-transformer',
  version: 1,
  factory: (compilerSetup, options) => plugin.before(options, compilerSetup.program),
};
