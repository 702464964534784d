import {
  Arg,
  Authorized,
  Ctx,
  Field,
  Int,
  Mutation,
  ObjectType,
  registerEnumType,
  Resolver,
} from 'type-graphql';
import { BadUserInputError } from '../../../shared/src/errors';
import { ArgumentRules, rule } from '../../../shared/src/input-rules';
import { CityAccess } from '../services/city-access';
import type { CityContext } from '../services/city-context';
import type { ImportKind } from '../services/import-columns';

enum ImportFileKind {
  UNITS = 'UNITS',
  RESULTS = 'RESULTS',
}
registerEnumType(ImportFileKind, { name: 'ImportFileKind' });

@ObjectType({ description: 'One problem in an imported file, where a spreadsheet user can find it.' })
class ImportProblem {
  @Field(() => Int, { description: 'Row number as the spreadsheet shows it (the header is row 1).' })
  row!: number;

  @Field({ description: 'The column header.' })
  column!: string;

  @Field()
  message!: string;
}

@ObjectType()
class ImportReport {
  @Field(() => ImportFileKind)
  kind!: ImportKind;

  @Field()
  fileName!: string;

  @Field(() => Int)
  rows!: number;

  @Field(() => Int)
  created!: number;

  @Field(() => Int)
  updated!: number;

  @Field(() => Int)
  unchanged!: number;

  @Field(() => [ImportProblem])
  problems!: ImportProblem[];

  @Field({ description: 'False when there were problems (nothing was written) or on a dry run.' })
  applied!: boolean;
}

// The gateway's POST /import takes files up to MAX_UPLOAD_BYTES, 10 MB by default.
const MAX_FILE_BYTES = 10 * 1024 * 1024;

@Resolver()
export class ImportResolver {
  @Authorized(CityAccess.OWN_CITY_OFFICER)
  @Mutation(() => ImportReport, {
    description: 'Imports an .xlsx or .csv file (base64): all rows or none, with a report of every problem.',
  })
  @ArgumentRules({ contentBase64: rule.base64(Math.ceil(MAX_FILE_BYTES / 3) * 4) })
  async importCityRecords(
    @Arg('cityCode') cityCode: string,
    @Arg('fileName', { description: 'Its extension says the format: .xlsx or .csv.' }) fileName: string,
    @Arg('contentBase64') contentBase64: string,
    @Ctx() ctx: CityContext,
    @Arg('kind', () => ImportFileKind, {
      nullable: true,
      description: 'Told from the headers when left out.',
    })
    kind?: ImportFileKind,
    @Arg('dryRun', { defaultValue: false, description: 'Check and report only.' }) dryRun?: boolean,
  ) {
    ctx.assertOwnCity(cityCode);
    const content = Buffer.from(contentBase64, 'base64');
    if (content.length === 0 || content.length > MAX_FILE_BYTES) {
      throw new BadUserInputError(`The file must hold 1 to ${MAX_FILE_BYTES} bytes`, {
        argument: 'contentBase64',
      });
    }
    return ctx.imports.run(fileName, content, { kind, dryRun });
  }
}
