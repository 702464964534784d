import { Arg, Authorized, Ctx, ID, Int, Mutation, Resolver } from 'type-graphql';
import { ArgumentRules, rule } from '../../../shared/src/input-rules';
import { AwardDecision } from '../entities/award-decision.entity';
import { CampaignResult } from '../entities/campaign-result.entity';
import { GrassrootsUnion } from '../entities/grassroots-union.entity';
import { Initiative } from '../entities/initiative.entity';
import { Training } from '../entities/training.entity';
import { CityAccess } from '../services/city-access';
import type { CityContext } from '../services/city-context';
import { AwardDecisionInput, CampaignResultInput, InitiativeInput, TrainingInput } from './record-inputs';
import { CloseUnitInput, CreateUnitInput, UnitChangesInput } from './unit-inputs';

const CITY = { description: 'The city whose records change; only its officers may change them.' };

/** What a city's officers record. Each mutation is one transaction with its audit entry. */
@Resolver()
export class CityMutationsResolver {
  @Authorized(CityAccess.OWN_CITY_OFFICER)
  @Mutation(() => GrassrootsUnion)
  createGrassrootsUnion(
    @Arg('cityCode', CITY) cityCode: string,
    @Arg('input') input: CreateUnitInput,
    @Ctx() ctx: CityContext,
  ) {
    ctx.assertOwnCity(cityCode);
    return ctx.units.create(input);
  }

  @Authorized(CityAccess.OWN_CITY_OFFICER)
  @Mutation(() => GrassrootsUnion, { description: 'A stale version is a CONFLICT and nothing changes.' })
  updateGrassrootsUnion(
    @Arg('cityCode', CITY) cityCode: string,
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int) version: number,
    @Arg('input') input: UnitChangesInput,
    @Ctx() ctx: CityContext,
  ) {
    ctx.assertOwnCity(cityCode);
    return ctx.units.update(id, version, input);
  }

  @Authorized(CityAccess.OWN_CITY_OFFICER)
  @Mutation(() => GrassrootsUnion, {
    description: 'Marks a unit merged, moved or dissolved; its history stays.',
  })
  closeGrassrootsUnion(
    @Arg('cityCode', CITY) cityCode: string,
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int) version: number,
    @Arg('input') input: CloseUnitInput,
    @Ctx() ctx: CityContext,
  ) {
    ctx.assertOwnCity(cityCode);
    return ctx.units.close(id, version, input);
  }

  @Authorized(CityAccess.OWN_CITY_OFFICER)
  @Mutation(() => CampaignResult, { description: 'Replacing a recorded result needs the version read.' })
  recordCampaignResult(
    @Arg('cityCode', CITY) cityCode: string,
    @Arg('input') input: CampaignResultInput,
    @Ctx() ctx: CityContext,
    @Arg('version', () => Int, { nullable: true }) version?: number,
  ) {
    ctx.assertOwnCity(cityCode);
    return ctx.recordEditor.recordCampaignResult(input, version);
  }

  @Authorized(CityAccess.OWN_CITY_OFFICER)
  @Mutation(() => AwardDecision)
  recordAwardDecision(
    @Arg('cityCode', CITY) cityCode: string,
    @Arg('input') input: AwardDecisionInput,
    @Ctx() ctx: CityContext,
  ) {
    ctx.assertOwnCity(cityCode);
    return ctx.recordEditor.recordAwardDecision(input);
  }

  @Authorized(CityAccess.OWN_CITY_OFFICER)
  @Mutation(() => AwardDecision)
  @ArgumentRules({ reason: rule.note(2000) })
  revokeAwardDecision(
    @Arg('cityCode', CITY) cityCode: string,
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int) version: number,
    @Arg('reason') reason: string,
    @Ctx() ctx: CityContext,
  ) {
    ctx.assertOwnCity(cityCode);
    return ctx.recordEditor.revokeAwardDecision(id, version, reason);
  }

  @Authorized(CityAccess.OWN_CITY_OFFICER)
  @Mutation(() => Initiative)
  recordInitiative(
    @Arg('cityCode', CITY) cityCode: string,
    @Arg('input') input: InitiativeInput,
    @Ctx() ctx: CityContext,
  ) {
    ctx.assertOwnCity(cityCode);
    return ctx.recordEditor.recordInitiative(input);
  }

  @Authorized(CityAccess.OWN_CITY_OFFICER)
  @Mutation(() => Training)
  recordTraining(
    @Arg('cityCode', CITY) cityCode: string,
    @Arg('input') input: TrainingInput,
    @Ctx() ctx: CityContext,
  ) {
    ctx.assertOwnCity(cityCode);
    return ctx.recordEditor.recordTraining(input);
  }
}
