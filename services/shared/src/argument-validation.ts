import { validate, ValidationError, ValidatorOptions } from 'class-validator';
import { getNamedType, GraphQLResolveInfo } from 'graphql';
import type { ResolverData } from 'type-graphql';
import { BadUserInputError } from './errors';

// type-graphql's own defaults (missing optional fields are not validated), without echoing the
// caller's values or objects back in the error.
const OPTIONS: ValidatorOptions = {
  skipMissingProperties: true,
  forbidUnknownValues: false,
  validationError: { target: false, value: false },
};

interface Problem {
  argument: string;
  message: string;
}

function problemsOf(errors: ValidationError[], prefix: string): Problem[] {
  return errors.flatMap((error) => {
    const argument = prefix ? `${prefix}.${error.property}` : error.property;
    const messages = Object.values(error.constraints ?? {});
    const own = messages.map((message) => ({ argument, message }));
    return [...own, ...problemsOf(error.children ?? [], argument)];
  });
}

/** The argument an input object was passed as (by its type's name), to name the path in full. */
function argumentNameOf(argType: unknown, info: GraphQLResolveInfo): string {
  const typeName = typeof argType === 'function' ? argType.name : '';
  const field = info.parentType.getFields()[info.fieldName];
  return field?.args.find((argument) => getNamedType(argument.type).name === typeName)?.name ?? '';
}

/**
 * type-graphql's `validateFn`: class-validator's rules on input and args classes, with a refusal in
 * the house shape (BAD_USER_INPUT, the first problem as the message, each problem's path).
 */
export async function validateArgument(
  argValue: unknown,
  argType: unknown,
  { info }: ResolverData<object>,
): Promise<void> {
  if (argValue === null || typeof argValue !== 'object') return;
  const items = Array.isArray(argValue) ? argValue : [argValue];
  const name = argumentNameOf(argType, info);
  const problems: Problem[] = [];
  for (const [index, item] of items.entries()) {
    if (item === null || typeof item !== 'object') continue;
    const prefix = Array.isArray(argValue) ? `${name}[${index}]` : name;
    problems.push(...problemsOf(await validate(item as object, OPTIONS), prefix));
  }
  const [first] = problems;
  if (!first) return;
  const message = first.message.startsWith(first.argument.split('.').pop() ?? '')
    ? first.message
    : `${first.argument}: ${first.message}`;
  throw new BadUserInputError(message, { argument: first.argument, problems });
}
