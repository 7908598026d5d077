// Transitional: the relief-stats code (being rewritten elsewhere) still imports County
// from here; delete this file once it imports ../references/county.reference.
export { County } from '../references/county.reference';
