import DataLoader from 'dataloader';
import { type DataSource, In } from 'typeorm';
import { rowLoader } from '../../../../shared/loaders';
import { FundAllocation } from './fund-allocation.entity';

export const allocationKey = (countyCode: string, year: number) => `${countyCode}|${year}`;

export function createFundLoaders(db: DataSource) {
  const allocations = db.getRepository(FundAllocation);
  return {
    fundAllocationById: rowLoader(
      (ids: readonly number[]) => allocations.findBy({ id: In([...ids]) }),
      (a) => a.id,
    ),
    /** Keyed `county|year`: one statement per year asked for in the request. */
    fundAllocationByCountyYear: new DataLoader<string, FundAllocation | null>(async (keys) => {
      const years = new Map<number, string[]>();
      for (const key of keys) {
        const [code, year] = key.split('|');
        years.set(Number(year), [...(years.get(Number(year)) ?? []), code]);
      }
      const found = new Map<string, FundAllocation>();
      for (const [year, codes] of years) {
        for (const row of await allocations.findBy({ year, countyCode: In(codes) }))
          found.set(allocationKey(row.countyCode, row.year), row);
      }
      return keys.map((key) => found.get(key) ?? null);
    }),
  };
}
