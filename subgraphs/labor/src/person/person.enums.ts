import { registerEnumType } from 'type-graphql';

export enum PersonCategory {
  SOE_LAID_OFF = 'SOE_LAID_OFF',
  SOE_UNEMPLOYED = 'SOE_UNEMPLOYED',
  SOE_CLOSURE_RESETTLED = 'SOE_CLOSURE_RESETTLED',
  LONG_TERM_UNEMPLOYED_ON_ALLOWANCE = 'LONG_TERM_UNEMPLOYED_ON_ALLOWANCE',
  OTHER_UNEMPLOYED = 'OTHER_UNEMPLOYED',
}

registerEnumType(PersonCategory, {
  name: 'PersonCategory',
  description: 'Registration category; the first four qualify for a re-employment certificate.',
  valuesConfig: {
    SOE_LAID_OFF: { description: '国有企业下岗职工' },
    SOE_UNEMPLOYED: { description: '国有企业失业人员' },
    SOE_CLOSURE_RESETTLED: { description: '关闭破产需安置人员' },
    LONG_TERM_UNEMPLOYED_ON_ALLOWANCE: { description: '享受低保且失业一年以上的城镇其他登记失业人员' },
    OTHER_UNEMPLOYED: { description: '其他登记失业人员 (no certificate)' },
  },
});

export const QUALIFYING_CATEGORIES: ReadonlySet<PersonCategory> = new Set([
  PersonCategory.SOE_LAID_OFF,
  PersonCategory.SOE_UNEMPLOYED,
  PersonCategory.SOE_CLOSURE_RESETTLED,
  PersonCategory.LONG_TERM_UNEMPLOYED_ON_ALLOWANCE,
]);

export enum Gender {
  MALE = 'MALE',
  FEMALE = 'FEMALE',
}
registerEnumType(Gender, { name: 'Gender', description: 'From the ID number (odd sequence = male).' });

export enum EmploymentStatus {
  UNEMPLOYED = 'UNEMPLOYED',
  EMPLOYED = 'EMPLOYED',
}
registerEnumType(EmploymentStatus, { name: 'EmploymentStatus' });
