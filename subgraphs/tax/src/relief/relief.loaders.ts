import { type DataSource, In } from 'typeorm';
import { groupLoader, rowLoader } from '../../../../shared/loaders';
import { TaxRelief } from './tax-relief.entity';
import { createCertificateRecordLoader } from '../../../../shared/certificate-replica/record';
import { RegisterReplica } from '../register-replica/register-replica.entity';

export function createReliefLoaders(db: DataSource) {
  const reliefs = db.getRepository(TaxRelief);
  const order = { periodStart: 'ASC', id: 'ASC' } as const;
  return {
    certificateRecord: createCertificateRecordLoader(db),
    /** Tax's copy of a commerce register entry (an individual business's closure ends its relief). */
    registerEntry: rowLoader(
      (codes: readonly string[]) => db.getRepository(RegisterReplica).findBy({ creditCode: In([...codes]) }),
      (e) => e.creditCode,
    ),
    reliefById: rowLoader(
      (ids: readonly number[]) => reliefs.findBy({ id: In([...ids]) }),
      (r) => r.id,
    ),
    reliefsByPerson: groupLoader(
      (ids: readonly number[]) => reliefs.find({ where: { personId: In([...ids]) }, order }),
      (r) => r.personId ?? 0,
    ),
    /**
     * A register entry's relief: an employer's (enterpriseCreditCode) and an individual
     * business's own (taxpayerCreditCode, the business's code; enterpriseCreditCode stays
     * null there). Rows from before taxpayerCreditCode existed carry only the former.
     */
    reliefsByEnterprise: groupLoader(
      (codes: readonly string[]) =>
        reliefs.find({ where: [{ enterpriseCreditCode: In([...codes]) }, { taxpayerCreditCode: In([...codes]) }], order }),
      (r) => r.enterpriseCreditCode ?? r.taxpayerCreditCode ?? '',
    ),
  };
}
