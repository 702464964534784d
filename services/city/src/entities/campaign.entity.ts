import { Field, ObjectType } from 'type-graphql';
import { Column, Entity, PrimaryColumn } from 'typeorm';
import { CampaignKind } from './record-enums';

/** A campaign or movement this city runs, under the code shared across cities (the hub's catalog). */
@ObjectType('CityCampaign')
@Entity('campaign')
export class Campaign {
  @Field()
  cityCode!: string;

  @Field({ description: 'Shared campaign code, e.g. "mot-trieu-sang-kien".' })
  @PrimaryColumn({ type: 'varchar', length: 64 })
  code!: string;

  @Field({ description: 'Vietnamese name.' })
  @Column({ type: 'varchar', length: 400 })
  name!: string;

  @Field(() => CampaignKind)
  @Column({ type: 'varchar', length: 24 })
  kind!: CampaignKind;

  @Field(() => String, {
    nullable: true,
    description: 'The body that launched it, e.g. "Tổng LĐLĐ Việt Nam".',
  })
  @Column({ name: 'launched_by', type: 'varchar', length: 200, nullable: true })
  launchedBy!: string | null;

  /** The national body that launched it (its code in the hub), when `launchedBy` names one. */
  @Column({ name: 'launcher_code', type: 'varchar', length: 16, nullable: true })
  launcherCode!: string | null;

  /** The city's own organisation that launched it, when `launchedBy` names one. */
  @Column({ name: 'launcher_organisation_id', type: 'varchar', length: 64, nullable: true })
  launcherOrganisationId!: string | null;

  @Field({ description: 'True for a campaign of this city only, not in the hub catalog.' })
  @Column({ name: 'is_local', type: 'boolean', default: false })
  isLocal!: boolean;

  @Column({ name: 'search_text', type: 'varchar', length: 600 })
  searchText!: string;

  @Column({ name: 'sort_key', type: 'varchar', length: 255 })
  sortKey!: string;
}
