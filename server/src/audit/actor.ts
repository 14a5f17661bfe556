import type { Context } from '../context.ts';
import type { AuditActor } from './trail.ts';

/** The audit actor of a request: the signed-in user or token owner, with request id and IP. */
export function actorOf(ctx: Pick<Context, 'viewer' | 'requestId' | 'ip'>): AuditActor {
  return {
    actorId: ctx.viewer?.userId ?? null,
    actorName: ctx.viewer ? `${ctx.viewer.username}${ctx.viewer.via === 'token' ? ` (token ${ctx.viewer.tokenId})` : ''}` : 'anonymous',
    role: ctx.viewer?.role ?? null,
    requestId: ctx.requestId,
    ip: ctx.ip,
  };
}
