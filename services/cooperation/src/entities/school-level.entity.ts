import { Directive, Field, Int, ObjectType } from 'type-graphql';
import { Column, Entity, PrimaryColumn } from 'typeorm';

/** The shared vocabulary of school levels (cấp học); every city contributes its figures per level. */
@Directive('@key(fields: "code")')
@ObjectType('SchoolLevel')
@Entity('school_level')
export class SchoolLevelEntry {
  @Field({ description: 'Matches SchoolLevelCode in the city records, e.g. UPPER_SECONDARY.' })
  @PrimaryColumn({ type: 'varchar', length: 24 })
  code!: string;

  @Field({ description: 'Vietnamese name, e.g. "Trung học phổ thông".' })
  @Column({ type: 'varchar', length: 120 })
  name!: string;

  @Field(() => Int, { description: 'Order from youngest learners to oldest.' })
  @Column({ type: 'int' })
  position!: number;
}
