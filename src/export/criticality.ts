/** Criticality as a reader of an export sees it: 1 critical, 2 important, 3 other. */
export function criticalityName(criticality: number | undefined): string {
  return criticality === 1 ? 'critical' : criticality === 2 ? 'important' : criticality === 3 ? 'other' : '';
}
