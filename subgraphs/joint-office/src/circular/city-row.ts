import { CITY_CODE } from '../../../../shared/areas';
import type { AreaFigures } from './snapshot';

const sumFen = (values: string[]) => values.reduce((total, v) => total + BigInt(v), 0n).toString();
const sumInt = (values: number[]) => values.reduce((total, v) => total + v, 0);
const sumTargets = (values: (number | null)[]) =>
  values.some((v) => v === null) ? null : sumInt(values.filter((v): v is number => v !== null));

/**
 * The city row (320800) as the sum of the eight county rows. Every figure of a circular is
 * a count or an amount that adds up across counties; when the departments serve a `city`
 * area themselves, this is the one function to replace by reading it through the gateway.
 */
export function sumCountiesIntoCity(counties: AreaFigures[], name = '淮安市'): AreaFigures {
  return {
    code: CITY_CODE,
    name,
    reemployedTarget: sumTargets(counties.map((c) => c.reemployedTarget)),
    reemployedYearToDate: sumInt(counties.map((c) => c.reemployedYearToDate)),
    hardshipReemployedTarget: sumTargets(counties.map((c) => c.hardshipReemployedTarget)),
    hardshipReemployedYearToDate: sumInt(counties.map((c) => c.hardshipReemployedYearToDate)),
    registeredUnemployed: sumInt(counties.map((c) => c.registeredUnemployed)),
    certificatesIssuedYearToDate: sumInt(counties.map((c) => c.certificatesIssuedYearToDate)),
    certificatesValid: sumInt(counties.map((c) => c.certificatesValid)),
    loanCountYearToDate: sumInt(counties.map((c) => c.loanCountYearToDate)),
    loanAmountYearToDate: sumFen(counties.map((c) => c.loanAmountYearToDate)),
    loanOutstandingAmount: sumFen(counties.map((c) => c.loanOutstandingAmount)),
    reliefPersonsYearToDate: sumInt(counties.map((c) => c.reliefPersonsYearToDate)),
    reliefAmountYearToDate: sumFen(counties.map((c) => c.reliefAmountYearToDate)),
    individualBusinessesYearToDate: sumInt(counties.map((c) => c.individualBusinessesYearToDate)),
    feeExemptionsYearToDate: sumInt(counties.map((c) => c.feeExemptionsYearToDate)),
    subsidyAmountYearToDate: sumFen(counties.map((c) => c.subsidyAmountYearToDate)),
  };
}
