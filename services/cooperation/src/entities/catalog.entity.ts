import { Directive, Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { PUBLIC_FOR_AN_HOUR } from '../../../shared/src/cache-hints';
import { Column, Entity, PrimaryColumn } from 'typeorm';

export enum CatalogCampaignKind {
  EMULATION_MOVEMENT = 'EMULATION_MOVEMENT',
  CAMPAIGN = 'CAMPAIGN',
}
export enum CampaignScope {
  NATIONAL = 'NATIONAL',
  CITY = 'CITY',
}
export enum PeriodKind {
  SCHOOL_YEAR = 'SCHOOL_YEAR',
  CALENDAR_YEAR = 'CALENDAR_YEAR',
}
registerEnumType(CatalogCampaignKind, { name: 'CampaignKind' });
registerEnumType(CampaignScope, { name: 'CampaignScope' });
registerEnumType(PeriodKind, { name: 'PeriodKind' });

/** The hub's shared catalog of campaigns and movements, under the codes cities report with. */
@Directive('@key(fields: "code")')
@Directive(PUBLIC_FOR_AN_HOUR)
@ObjectType('Campaign')
@Entity('campaign')
export class CatalogCampaign {
  @Field()
  @PrimaryColumn({ type: 'varchar', length: 64 })
  code!: string;

  @Field()
  @Column({ type: 'varchar', length: 400 })
  name!: string;

  @Field(() => CatalogCampaignKind)
  @Column({ type: 'varchar', length: 24 })
  kind!: CatalogCampaignKind;

  @Field(() => String, { nullable: true })
  @Column({ name: 'launched_by', type: 'varchar', length: 200, nullable: true })
  launchedBy!: string | null;

  /** The national body that launched it (national_organisation.code), when it is one. */
  @Column({ name: 'launcher_code', type: 'varchar', length: 16, nullable: true })
  launcherCode!: string | null;

  @Field(() => CampaignScope)
  @Column({ type: 'varchar', length: 16 })
  scope!: CampaignScope;

  @Field(() => Int, { nullable: true })
  @Column({ name: 'start_year', type: 'int', nullable: true })
  startYear!: number | null;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  description!: string | null;

  @Column({ name: 'search_text', type: 'varchar', length: 600 })
  searchText!: string;

  @Column({ name: 'sort_key', type: 'varchar', length: 255 })
  sortKey!: string;
}

@Entity('campaign_edition')
export class EditionRow {
  @PrimaryColumn({ name: 'campaign_code', type: 'varchar', length: 64 })
  campaignCode!: string;

  @PrimaryColumn({ type: 'varchar', length: 9 })
  period!: string;

  @Column({ name: 'period_kind', type: 'varchar', length: 16 })
  periodKind!: PeriodKind;
}

/** A city that agreed to compare a campaign; a campaign without any is compared across all cities. */
@Entity('joint_campaign')
export class JointCampaign {
  @PrimaryColumn({ name: 'campaign_code', type: 'varchar', length: 64 })
  campaignCode!: string;

  @PrimaryColumn({ name: 'city_code', type: 'varchar', length: 8 })
  cityCode!: string;
}
