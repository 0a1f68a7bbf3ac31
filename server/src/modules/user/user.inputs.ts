import { IsEmail, IsOptional, Length } from 'class-validator';
import { Field, ID, InputType, ObjectType } from 'type-graphql';
import { ApiToken } from './api-token.entity';
import { Role, User } from './user.entity';
import { MIN_PASSWORD_LENGTH } from './user.service';

@InputType('UserPatch', { description: 'Fields of a user to change.' })
export class UserPatch {
  @Field(() => String, { nullable: true, description: 'Email (sign-in name).' })
  @IsOptional() @IsEmail() @Length(3, 255)
  email?: string;

  @Field(() => String, { nullable: true, description: 'Full name.' })
  @IsOptional() @Length(1, 255)
  name?: string;

  @Field(() => Role, { nullable: true, description: 'Role.' })
  role?: Role;

  @Field(() => ID, { nullable: true, description: 'Agency (agency roles only).' })
  agencyId?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'Active.' })
  active?: boolean;

  @Field(() => String, { nullable: true, description: `New password (at least ${MIN_PASSWORD_LENGTH} characters); stored as an argon2id hash.` })
  @IsOptional() @Length(MIN_PASSWORD_LENGTH, 200)
  password?: string;
}

@InputType('CreateUserInput', { description: 'A new user.' })
export class CreateUserInput extends UserPatch {
  @Field(() => String, { description: 'Email (sign-in name).' })
  declare email: string;

  @Field(() => String, { description: 'Full name.' })
  declare name: string;

  @Field(() => Role, { description: 'Role.' })
  declare role: Role;

  @Field(() => String, { description: `Password (at least ${MIN_PASSWORD_LENGTH} characters).` })
  declare password: string;
}

@ObjectType({ simpleResolvers: true, description: 'A signed-in session.' })
export class AuthPayload {
  @Field(() => String, { description: 'Send as `Authorization: Bearer <token>`.' })
  token: string;

  @Field(() => Date, { description: 'When the session ends.' })
  expiresAt: Date;

  @Field(() => User, { description: 'Who signed in.' })
  user: User;
}

@InputType('CreateApiTokenInput', { description: 'A new integrator token.' })
export class CreateApiTokenInput {
  @Field(() => String, { description: 'What it is for.' })
  @Length(1, 255)
  name: string;

  @Field(() => ID, { nullable: true, description: 'Agency whose drafts it may also read.' })
  agencyId?: string | null;

  @Field(() => Date, { nullable: true, description: 'When it stops working.' })
  expiresAt?: Date | null;
}

@ObjectType({ simpleResolvers: true, description: 'A new token: the secret is shown here once and never again.' })
export class CreatedApiToken {
  @Field(() => String, { description: 'The token: store it now; only its hash is kept.' })
  token: string;

  @Field(() => ApiToken, { description: 'The token record.' })
  apiToken: ApiToken;
}
