import { registerEnumType } from 'type-graphql';

export enum SubsidyKind {
  SOCIAL_INSURANCE = 'SOCIAL_INSURANCE',
  JOB = 'JOB',
  TRAINING = 'TRAINING',
  REFERRAL = 'REFERRAL',
}

registerEnumType(SubsidyKind, {
  name: 'SubsidyKind',
  description: 'Subsidies paid out of the re-employment fund (再就业资金).',
  valuesConfig: {
    SOCIAL_INSURANCE: {
      description:
        "社会保险补贴: the employer's pension and unemployment-insurance share for a hired certificate holder, quarterly, at most three years.",
    },
    JOB: { description: "岗位补贴: job subsidy for a certificate holder's post, at the local amount." },
    TRAINING: { description: '再就业培训补贴: to a certified training institution, by trainees who then found work.' },
    REFERRAL: { description: '职业介绍补贴: to a job-referral institution, by persons placed.' },
  },
});

/** Subsidies paid to an institution by outcome. */
export enum InstitutionSubsidyKind {
  TRAINING = 'TRAINING',
  REFERRAL = 'REFERRAL',
}

registerEnumType(InstitutionSubsidyKind, { name: 'InstitutionSubsidyKind', description: '培训补贴 or 职业介绍补贴.' });
