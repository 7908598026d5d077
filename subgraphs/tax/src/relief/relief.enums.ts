import { registerEnumType } from 'type-graphql';

export enum TaxType {
  BUSINESS_TAX = 'BUSINESS_TAX',
  CITY_CONSTRUCTION_TAX = 'CITY_CONSTRUCTION_TAX',
  EDUCATION_SURCHARGE = 'EDUCATION_SURCHARGE',
  INDIVIDUAL_INCOME_TAX = 'INDIVIDUAL_INCOME_TAX',
  ENTERPRISE_INCOME_TAX = 'ENTERPRISE_INCOME_TAX',
}

registerEnumType(TaxType, {
  name: 'TaxType',
  valuesConfig: {
    BUSINESS_TAX: { description: '营业税' },
    CITY_CONSTRUCTION_TAX: { description: '城市维护建设税' },
    EDUCATION_SURCHARGE: { description: '教育费附加' },
    INDIVIDUAL_INCOME_TAX: { description: '个人所得税' },
    ENTERPRISE_INCOME_TAX: { description: '企业所得税' },
  },
});
