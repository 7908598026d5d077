/**
 * Which register entries make their owner self-employed: 个体工商户 and 私营企业, the
 * businesses whose owner works in them ("个体私营经济从业人员"). An enterprise of another
 * kind has no owner in the register and is unit employment (统计部门).
 */
export const OWNER_RUN_KINDS: readonly string[] = ['INDIVIDUAL_BUSINESS', 'PRIVATE_ENTERPRISE'];

export interface RegisterEntryFacts {
  kind: string;
  registeredOn: string;
  ownerId: number | null;
  ownerCertificateNumber: string | null;
}

/**
 * The registered person who owns the entry, as labor knows them: the owner commerce names
 * when labor registered that person, else the holder of the certificate the registration
 * cited; null when the entry is no owner-run business or its owner is no one labor knows.
 */
export function ownerOf(entry: RegisterEntryFacts, registered: ReadonlySet<number>, holderOf: ReadonlyMap<string, number>): number | null {
  if (!OWNER_RUN_KINDS.includes(entry.kind)) return null;
  if (entry.ownerId !== null && registered.has(entry.ownerId)) return entry.ownerId;
  if (entry.ownerCertificateNumber !== null) return holderOf.get(entry.ownerCertificateNumber) ?? null;
  return null;
}

/**
 * The first day of the self-employment: the registration date, or the person's own
 * registration with labor when the business is older (labor counts work from then on; an
 * employment record never starts before the registration).
 */
export function selfEmploymentStart(businessRegisteredOn: string, personRegisteredOn: string): string {
  return businessRegisteredOn > personRegisteredOn ? businessRegisteredOn : personRegisteredOn;
}

/**
 * The last day of a self-employment whose business left the register on `closedOn` (the
 * closure date commerce recorded, or the day labor learnt of a deletion), never before its start.
 */
export function selfEmploymentEnd(startedOn: string, closedOn: string): string {
  return closedOn < startedOn ? startedOn : closedOn;
}
