export function sharedDomain(): string {
  return 'shared-domain';
}
