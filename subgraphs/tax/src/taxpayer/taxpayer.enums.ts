import { registerEnumType } from 'type-graphql';

/** 国税 / 地税: since 1994 every taxpayer registers with both offices, each collecting its own taxes. */
export enum TaxOffice {
  STATE = 'STATE',
  LOCAL = 'LOCAL',
}
registerEnumType(TaxOffice, {
  name: 'TaxOffice',
  description: '税务机关 — the tax office: 国税 (state) or 地税 (local).',
  valuesConfig: {
    STATE: { description: '国家税务局 (国税)' },
    LOCAL: { description: '地方税务局 (地税)' },
  },
});

export enum TaxpayerKind {
  INDIVIDUAL_BUSINESS = 'INDIVIDUAL_BUSINESS',
  ENTERPRISE = 'ENTERPRISE',
}
registerEnumType(TaxpayerKind, {
  name: 'TaxpayerKind',
  description: '纳税人类型 — an individual business of a certificate holder, or an enterprise.',
  valuesConfig: {
    INDIVIDUAL_BUSINESS: { description: '个体工商户' },
    ENTERPRISE: { description: '企业' },
  },
});

/**
 * Commerce's `Industry`, value for value and under the same GraphQL name, so composition
 * merges the two: tax keeps the industry of its own registration (税务登记).
 */
export enum Industry {
  RETAIL = 'RETAIL',
  CATERING = 'CATERING',
  REPAIR = 'REPAIR',
  LAUNDRY_TAILORING = 'LAUNDRY_TAILORING',
  BARBER = 'BARBER',
  CLEANING = 'CLEANING',
  CHILD_CARE = 'CHILD_CARE',
  ELDERLY_CARE = 'ELDERLY_CARE',
  HOUSEHOLD_SERVICE = 'HOUSEHOLD_SERVICE',
  HANDICRAFT = 'HANDICRAFT',
  TRANSPORT = 'TRANSPORT',
  MANUFACTURING = 'MANUFACTURING',
  OTHER = 'OTHER',
  CONSTRUCTION = 'CONSTRUCTION',
  ENTERTAINMENT = 'ENTERTAINMENT',
  ADVERTISING = 'ADVERTISING',
  SAUNA = 'SAUNA',
  MASSAGE = 'MASSAGE',
  INTERNET_CAFE = 'INTERNET_CAFE',
  OXYGEN_BAR = 'OXYGEN_BAR',
}
registerEnumType(Industry, {
  name: 'Industry',
  description: 'Trade of a business; the last seven are excluded from relief and fee exemption (财税[2002]208号).',
  valuesConfig: {
    RETAIL: { description: '零售' },
    CATERING: { description: '餐饮' },
    REPAIR: { description: '修理' },
    LAUNDRY_TAILORING: { description: '洗染缝补' },
    BARBER: { description: '理发' },
    CLEANING: { description: '保洁' },
    CHILD_CARE: { description: '托儿' },
    ELDERLY_CARE: { description: '养老' },
    HOUSEHOLD_SERVICE: { description: '家政服务' },
    HANDICRAFT: { description: '手工艺' },
    TRANSPORT: { description: '运输' },
    MANUFACTURING: { description: '制造' },
    OTHER: { description: '其他' },
    CONSTRUCTION: { description: '建筑业 (excluded)' },
    ENTERTAINMENT: { description: '娱乐业 (excluded)' },
    ADVERTISING: { description: '广告业 (excluded)' },
    SAUNA: { description: '桑拿 (excluded)' },
    MASSAGE: { description: '按摩 (excluded)' },
    INTERNET_CAFE: { description: '网吧 (excluded)' },
    OXYGEN_BAR: { description: '氧吧 (excluded)' },
  },
});
