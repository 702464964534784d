import { Column, Entity, PrimaryColumn } from 'typeorm';

/** Records which city a database belongs to, so a deployment never serves another city's data. */
@Entity('deployment_info')
export class DeploymentInfo {
  @PrimaryColumn({ type: 'varchar', length: 64 })
  key!: string;

  @Column({ type: 'varchar', length: 255 })
  value!: string;
}
