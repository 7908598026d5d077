import 'reflect-metadata';
import { buildSchema, Field, ObjectType, Query, Resolver } from 'type-graphql';
import { Access, satisfies } from './access';
import { collectAccessRules } from './access-registry';
import { scopeAuthChecker } from './checker';
import type { Viewer } from './viewer';

const viewer = (dept: Viewer['dept'], scope: string, county: string | null = null): Viewer => ({
  sub: 's',
  dept,
  scopes: new Set(scope.split(' ').filter(Boolean)),
  county,
  token: 't',
});

describe('access rules', () => {
  it('reads alternatives, scopes joined by +, and a department named with @', () => {
    expect(satisfies(viewer('partner', ''), [])).toBe(true);
    expect(satisfies(viewer('labor', 'labor:read'), ['report:read', 'labor:read'])).toBe(true);
    expect(satisfies(viewer('labor', 'labor:read'), ['labor:read+pii:read'])).toBe(false);
    expect(satisfies(viewer('labor', 'labor:write pii:read'), ['labor:read+pii:read'])).toBe(true);
    expect(satisfies(viewer('finance', 'feed:read'), ['feed:read@finance'])).toBe(true);
    expect(satisfies(viewer('finance', 'feed:read', '320803'), ['feed:read@finance'])).toBe(false);
    expect(satisfies(viewer('partner', 'feed:read'), ['feed:read@finance'])).toBe(false);
    // Writing needs the token's own department.
    expect(satisfies(viewer('partner', 'labor:write'), ['labor:write'])).toBe(false);
    expect(satisfies(viewer('joint-office', 'joint:write'), ['joint:write'])).toBe(true);
  });

  it('refuses to build a schema with a field that declares no rule, naming it', async () => {
    @ObjectType()
    class Forgotten {
      @Access({ scopes: [] })
      @Field(() => String)
      declared!: string;

      @Field(() => String)
      undeclared!: string;
    }
    @Resolver()
    class ForgottenResolver {
      @Access({ scopes: ['labor:read'] })
      @Query(() => Forgotten)
      forgotten(): Forgotten {
        return { declared: 'a', undeclared: 'b' };
      }
    }
    const schema = await buildSchema({
      resolvers: [ForgottenResolver],
      orphanedTypes: [Forgotten],
      validate: false,
      authChecker: scopeAuthChecker,
    });
    expect(() => collectAccessRules(schema)).toThrow(/Forgotten\.undeclared has no @Access rule/);
  });

  it('refuses an identifying field open without pii:read or a named department', async () => {
    @ObjectType()
    class Identified {
      @Access({ scopes: ['labor:read'], personal: 'identifying' })
      @Field(() => String)
      birthDate!: string;
    }
    @Resolver()
    class IdentifiedResolver {
      @Access({ scopes: [] })
      @Query(() => Identified)
      identified(): Identified {
        return { birthDate: '1960-01-01' };
      }
    }
    const schema = await buildSchema({
      resolvers: [IdentifiedResolver],
      orphanedTypes: [Identified],
      validate: false,
      authChecker: scopeAuthChecker,
    });
    expect(() => collectAccessRules(schema)).toThrow(/Identified\.birthDate is identifying/);
  });
});
