import { Authorized, Directive, Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { Column, Entity, PrimaryColumn } from 'typeorm';
import { LocalDateResolver } from 'graphql-scalars';
import { CityAccess } from '../services/city-access';

export enum Gender {
  FEMALE = 'FEMALE',
  MALE = 'MALE',
  OTHER = 'OTHER',
}
registerEnumType(Gender, { name: 'Gender' });

const PERSONAL = [CityAccess.OWN_CITY_OFFICER, CityAccess.MEMBER_UNIT_OFFICER];

/**
 * A đoàn viên. Everything that identifies the person is personal data: only officers of the owning
 * city and of the member's own unit read it; anyone else gets FORBIDDEN for exactly those fields.
 */
@Directive('@key(fields: "cityCode id")')
@ObjectType()
@Entity('member')
export class Member {
  @Field()
  cityCode!: string;

  @Field(() => ID)
  @PrimaryColumn({ type: 'varchar', length: 64 })
  id!: string;

  @Column({ name: 'unit_id', type: 'varchar', length: 64 })
  unitId!: string;

  @Authorized(PERSONAL)
  @Field(() => String, { nullable: true })
  @Column({ name: 'full_name', type: 'varchar', length: 120 })
  fullName!: string;

  @Authorized(PERSONAL)
  @Field(() => Gender, { nullable: true })
  @Column({ type: 'varchar', length: 8 })
  gender!: Gender;

  @Authorized(PERSONAL)
  @Field(() => LocalDateResolver, { nullable: true })
  @Column({ name: 'date_of_birth', type: 'date' })
  dateOfBirth!: string;

  @Authorized(PERSONAL)
  @Field(() => String, { nullable: true, description: 'Chức vụ, e.g. "Giáo viên".' })
  @Column({ type: 'varchar', length: 120, nullable: true })
  position!: string | null;

  @Authorized(PERSONAL)
  @Field(() => LocalDateResolver, { nullable: true, description: 'When the person joined the union.' })
  @Column({ name: 'joined_on', type: 'date', nullable: true })
  joinedOn!: string | null;

  @Authorized(PERSONAL)
  @Field(() => String, { nullable: true })
  @Column({ type: 'varchar', length: 20, nullable: true })
  phone!: string | null;

  @Authorized(PERSONAL)
  @Field(() => String, { nullable: true, description: 'Căn cước công dân, 12 digits.' })
  @Column({ name: 'national_id', type: 'varchar', length: 12, nullable: true })
  nationalId!: string | null;

  @Authorized(PERSONAL)
  @Field(() => String, { nullable: true })
  @Column({ type: 'varchar', length: 255, nullable: true })
  address!: string | null;

  @Field({ description: 'True for invented demo records.' })
  @Column({ name: 'is_demo', type: 'boolean', default: false })
  isDemo!: boolean;

  @Column({ name: 'sort_key', type: 'varchar', length: 255 })
  sortKey!: string;
}
