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
registerEnumType(EmploymentStatus, {
  name: 'EmploymentStatus',
  valuesConfig: {
    UNEMPLOYED: { description: '失业 (registered, without work)' },
    EMPLOYED: { description: '已就业 (an open employment record)' },
  },
});

export enum HouseholdRole {
  HEAD = 'HEAD',
  SPOUSE = 'SPOUSE',
  OTHER = 'OTHER',
}
registerEnumType(HouseholdRole, {
  name: 'HouseholdRole',
  description: 'Place in the household (户); HEAD and SPOUSE are the couple that the double laid-off / double unemployed flags look at.',
  valuesConfig: {
    HEAD: { description: '户主' },
    SPOUSE: { description: '配偶' },
    OTHER: { description: '其他家庭成员 (children, parents…)' },
  },
});

export enum HardshipFlag {
  FORTY_FIFTY = 'FORTY_FIFTY',
  DOUBLE_LAID_OFF = 'DOUBLE_LAID_OFF',
  DOUBLE_UNEMPLOYED = 'DOUBLE_UNEMPLOYED',
  ZERO_EMPLOYMENT_HOUSEHOLD = 'ZERO_EMPLOYMENT_HOUSEHOLD',
}
registerEnumType(HardshipFlag, {
  name: 'HardshipFlag',
  description: '就业困难类别 — one hardship flag, to filter the registry by.',
  valuesConfig: {
    FORTY_FIFTY: { description: '"4050"人员' },
    DOUBLE_LAID_OFF: { description: '双下岗' },
    DOUBLE_UNEMPLOYED: { description: '双失业' },
    ZERO_EMPLOYMENT_HOUSEHOLD: { description: '零就业家庭' },
  },
});

/**
 * What a household member who is not in the registry does, as the street office last
 * confirmed it. Only EMPLOYED and UNEMPLOYED members are in the labour force: a student,
 * a retired or a disabled member is neither employed nor looking, so none of them makes
 * or breaks a zero-employment household.
 */
export enum MemberSituation {
  EMPLOYED = 'EMPLOYED',
  UNEMPLOYED = 'UNEMPLOYED',
  STUDENT = 'STUDENT',
  RETIRED = 'RETIRED',
  DISABLED = 'DISABLED',
}
registerEnumType(MemberSituation, {
  name: 'MemberSituation',
  description:
    "就业状况 of a household member: registered members' follows their employment records, a roster member's is what the street office confirmed.",
  valuesConfig: {
    EMPLOYED: { description: '就业 (in work)' },
    UNEMPLOYED: { description: '失业 (without work, looking), registered or not' },
    STUDENT: { description: '在校学生 (not in the labour force)' },
    RETIRED: { description: '退休 (not in the labour force)' },
    DISABLED: { description: '丧失劳动能力 (not in the labour force)' },
  },
});
