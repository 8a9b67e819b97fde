import { Args, Context, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { AnonymousDiscussions } from '../anonymity/anonymous-discussions';
import { CurrentViewer } from '../auth/current-viewer.decorator';
import type { Viewer } from '../auth/viewer';
import { DebateModel } from '../debates/debate.model';
import { DebatesService } from '../debates/debates.service';
import type { RequestContext } from '../graphql/request-context';
import { SeminarModel } from '../seminars/seminar.model';
import { SeminarsService } from '../seminars/seminars.service';
import { AnonymitySettingsService } from './anonymity-settings.service';
import {
  RevealedPseudonymModel,
  RevealPseudonymInput,
  SetDebateAnonymityInput,
  SetSeminarAnonymityInput,
} from './dto/anonymity.inputs';
import { PseudonymRevealService } from './pseudonym-reveal.service';

/** Anonymous mode's mutations (docs/anonymous-mode.md). */
@Resolver()
export class AnonymousModeResolver {
  constructor(
    private readonly settings: AnonymitySettingsService,
    private readonly reveals: PseudonymRevealService,
    private readonly seminars: SeminarsService,
    private readonly debates: DebatesService,
  ) {}

  @Mutation(() => SeminarModel, {
    description:
      'Makes the whole seminar anonymous (owners): members see each other under pseudonyms, owners and moderators see names. Cannot be switched off once anyone has posted (CONFLICT).',
  })
  async setSeminarAnonymity(@CurrentViewer() viewer: Viewer, @Args('input') input: SetSeminarAnonymityInput): Promise<SeminarModel> {
    await this.settings.setSeminar(viewer, input.seminarId, input.anonymous);
    return SeminarModel.from(await this.seminars.get(viewer, input.seminarId));
  }

  @Mutation(() => DebateModel, {
    description:
      'Makes one debate anonymous (owners and moderators), with pseudonyms of its own. Cannot be switched off once it has claims (CONFLICT).',
  })
  async setDebateAnonymity(@CurrentViewer() viewer: Viewer, @Args('input') input: SetDebateAnonymityInput): Promise<DebateModel> {
    await this.settings.setDebate(viewer, input.debateId, input.anonymous);
    return DebateModel.from(await this.debates.get(viewer, input.debateId));
  }

  @Mutation(() => RevealedPseudonymModel, {
    description: 'Who is behind a pseudonym (owners and moderators); recorded in the audit log with the reason.',
  })
  revealPseudonym(@CurrentViewer() viewer: Viewer, @Args('input') input: RevealPseudonymInput): Promise<RevealedPseudonymModel> {
    return this.reveals.reveal(viewer, input);
  }
}

@Resolver(() => SeminarModel)
export class SeminarAnonymityResolver {
  constructor(private readonly discussions: AnonymousDiscussions) {}

  @ResolveField(() => Boolean, { description: 'Whether members appear to each other under pseudonyms here.' })
  anonymous(@Parent() seminar: SeminarModel, @Context() context: RequestContext): Promise<boolean> {
    return this.discussions.isAnonymous(context.loaders).load(`seminar:${seminar.id}`);
  }
}

@Resolver(() => DebateModel)
export class DebateAnonymityResolver {
  constructor(private readonly discussions: AnonymousDiscussions) {}

  @ResolveField(() => Boolean, {
    description: 'Whether claims and replies here show pseudonyms (the debate’s own, or its anonymous seminar’s).',
  })
  async anonymous(@Parent() debate: DebateModel, @Context() context: RequestContext): Promise<boolean> {
    return (await this.discussions.scopeAt(context.loaders, { seminarId: debate.seminarId, debateId: debate.id })) !== null;
  }

  @ResolveField(() => Boolean, { description: 'Whether this debate itself is anonymous (its own switch).' })
  ownAnonymity(@Parent() debate: DebateModel, @Context() context: RequestContext): Promise<boolean> {
    return this.discussions.isAnonymous(context.loaders).load(`debate:${debate.id}`);
  }
}
