import { ReactNode, useCallback, useMemo, useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import type { ClaimSort, Stance } from '../../gql/graphql';
import { LoadingState } from '../../ui/LoadingState';
import { Notice } from '../../ui/Notice';
import type { Viewer } from '../auth/useViewer';
import type { Claim } from './claim-fields';
import { buildClaimTree, ClaimTree, pathTo, sideOfMotion, sidesOf } from './claim-tree';
import { ClaimCard } from './ClaimCard';
import { ClaimComposer } from './ClaimComposer';
import { DebateHeader } from './DebateHeader';
import { DebateView as DebateViewModel, DebateViewContext } from './debate-view-context';
import styles from './DebateView.module.css';
import type { PickedPassage } from './EvidencePicker';
import { DebateData, useDebate } from './useDebate';
import { useDebateLive } from './useDebateLive';
import { usePassage } from './usePassage';
import { useArrivals } from './useArrivals';
import { useSlowModeWait } from './useSlowModeWait';
import { useSpotlitClaim } from './useSpotlitClaim';

const SORTS: ReadonlyArray<{ value: ClaimSort; label: string }> = [
  { value: 'IMPACT', label: 'Impact' },
  { value: 'NEWEST', label: 'Newest' },
  { value: 'MOST_DISCUSSED', label: 'Most discussed' },
];

/**
 * The debate page: the motion, then its pros and cons side by side (Kialo's layout); drilling into
 * a claim shows that claim's own pros and cons the same way, with a breadcrumb back. The focused
 * claim and the order live in the address (?claim=, ?sort=), so Back and shared links work;
 * ?cite=<annotation id> opens the composer with that passage cited.
 */
export function DebateView({
  debateId,
  viewer,
  notFound,
}: {
  debateId: string;
  viewer: Viewer;
  notFound: () => ReactNode;
}) {
  const [params, setParams] = useSearchParams();
  const sort = (SORTS.find((s) => s.value === params.get('sort'))?.value ?? 'IMPACT') as ClaimSort;
  const { state, refetch } = useDebate(debateId, sort);
  const seminarId = state.status === 'ready' ? state.data.debate.seminarId : null;
  const role = state.status === 'ready' ? (state.data.seminar?.myRole ?? null) : null;
  const moderates = role === 'OWNER' || role === 'MODERATOR';
  useDebateLive(debateId, seminarId, viewer.id, moderates, refetch);

  if (state.status === 'loading') return <LoadingState label="Opening the debate…" />;
  if (state.status === 'not-found') return <>{notFound()}</>;
  if (state.status === 'error') return <Notice tone="error">{state.message}</Notice>;
  return (
    <DebateBoard
      data={state.data}
      viewer={viewer}
      sort={sort}
      params={params}
      setParams={setParams}
      refetch={refetch}
    />
  );
}

interface DebateBoardProps {
  data: DebateData;
  viewer: Viewer;
  sort: ClaimSort;
  params: URLSearchParams;
  setParams: ReturnType<typeof useSearchParams>[1];
  refetch: () => void;
}

function DebateBoard({ data, viewer, sort, params, setParams, refetch }: DebateBoardProps) {
  const { debate, claims, seminar } = data;
  const tree = useMemo(() => buildClaimTree(claims), [claims]);
  const focusId = params.get('claim');
  const focus = focusId ? (tree.byId.get(focusId) ?? null) : null;
  const path = useMemo(() => pathTo(tree, focus?.id ?? null), [tree, focus]);
  const role = seminar?.myRole ?? null;
  const moderates = role === 'OWNER' || role === 'MODERATOR';
  const slowMode = useSlowModeWait(debate.id);
  const [composing, setComposing] = useState<Stance | null>(params.get('cite') ? 'PRO' : null);
  const [posted, setPosted] = useState<Claim | null>(null);
  const citing = usePassage(params.get('cite'));
  const arrivals = useArrivals(claims.map((c) => c.id));

  const readings = useMemo(() => {
    const own = debate.readings;
    const rest = (seminar?.readings ?? []).filter((r) => !own.some((o) => o.id === r.id));
    return [...own, ...rest];
  }, [debate.readings, seminar]);

  const setParam = useCallback(
    (name: string, value: string | null) =>
      setParams((prev) => {
        const next = new URLSearchParams(prev);
        if (value === null) next.delete(name);
        else next.set(name, value);
        if (name === 'claim') next.delete('cite');
        return next;
      }),
    [setParams],
  );

  const showFocus = useCallback((claimId: string | null) => setParam('claim', claimId), [setParam]);
  useSpotlitClaim(tree, focus?.id ?? null, showFocus);

  const view = useMemo<DebateViewModel>(
    () => ({
      debate,
      viewerId: viewer.id,
      role,
      moderates,
      participates: debate.status === 'OPEN' && (role === 'OWNER' || role === 'MODERATOR' || role === 'MEMBER'),
      readingTitle: (id) => readings.find((r) => r.id === id)?.title ?? null,
      refresh: refetch,
      drillInto: (claimId) => {
        setComposing(null);
        setParam('claim', claimId);
        window.scrollTo({ top: 0 });
      },
      slowModeWait: slowMode.wait,
      startSlowModeWait: slowMode.start,
    }),
    [debate, viewer.id, role, moderates, readings, refetch, setParam, slowMode.wait, slowMode.start],
  );

  const topSides = sidesOf(tree, null);
  const weight = (list: Claim[]) =>
    list.reduce((sum, c) => sum + (c.moderation === 'VISIBLE' && !c.deleted ? (c.votes.mean ?? 0) : 0), 0);
  const balance = {
    pro: topSides.pro.length,
    con: topSides.con.length,
    proWeight: weight(topSides.pro),
    conWeight: weight(topSides.con),
  };
  const sides = sidesOf(tree, focus?.id ?? null);
  const cited = useMemo(() => {
    const passages = new Set<string>();
    const readingIds = new Set<string>();
    for (const e of claims.flatMap((c) => c.evidence)) {
      passages.add(e.id);
      readingIds.add(e.readingId);
    }
    return { passages: passages.size, readings: readings.filter((r) => readingIds.has(r.id)) };
  }, [claims, readings]);
  const initialEvidence: PickedPassage[] = citing ? [citing] : [];

  return (
    <DebateViewContext.Provider value={view}>
      <div className={styles.page}>
        <DebateHeader
          debate={debate}
          seminar={seminar}
          moderates={moderates}
          balance={balance}
          cited={cited}
          onSettingsChanged={refetch}
        />

        <div className={styles.toolbar}>
          {!focus && (
            <p className={styles.summary}>
              <strong>{claims.filter((c) => !c.deleted && c.moderation !== 'REMOVED').length}</strong> claims in the
              tree · <strong>{topSides.pro.length + topSides.con.length}</strong> on the motion itself
            </p>
          )}
          {focus && (
            <nav aria-label="Where you are in the argument" className={styles.path}>
              <ol>
                <li>
                  {focus ? (
                    <Link to={{ search: withoutParam(params, 'claim') }} className={styles.crumb}>
                      The motion
                    </Link>
                  ) : (
                    <span className={styles.crumb} aria-current="location">
                      The motion
                    </span>
                  )}
                </li>
                {path.map((c) => (
                  <li key={c.id}>
                    {c.id === focus?.id ? (
                      <span className={styles.crumb} aria-current="location" data-stance={c.stance}>
                        {excerpt(c)}
                      </span>
                    ) : (
                      <Link
                        to={{ search: withParam(params, 'claim', c.id) }}
                        className={styles.crumb}
                        data-stance={c.stance}
                      >
                        {excerpt(c)}
                      </Link>
                    )}
                  </li>
                ))}
              </ol>
            </nav>
          )}
          <div className={styles.sort} role="radiogroup" aria-label="Order claims by">
            <span className={styles.sortLabel} aria-hidden="true">
              Order by
            </span>
            {SORTS.map((s) => (
              <button
                key={s.value}
                type="button"
                role="radio"
                aria-checked={sort === s.value}
                className={styles.sortOption}
                onClick={() => setParam('sort', s.value === 'IMPACT' ? null : s.value)}
              >
                {s.label}
              </button>
            ))}
          </div>
        </div>

        {focusId && !focus && (
          <Notice tone="info">
            This claim is no longer visible (deleted or hidden by a moderator).{' '}
            <Link to={{ search: withoutParam(params, 'claim') }}>Back to the motion</Link>
          </Notice>
        )}

        {focus && (
          <div className={styles.focus}>
            <p className={styles.focusContext}>
              {focus.stance === 'PRO' ? 'Supports' : 'Opposes'} {focus.parentId ? 'the claim before it' : 'the motion'}{' '}
              · on the side of{' '}
              <span className={styles.sideOf} data-side={sideOfMotion(path)}>
                {sideOfMotion(path) === 'PRO' ? debate.proLabel : debate.conLabel}
              </span>
            </p>
            <ClaimCard claim={focus} answers={counts(tree, focus.id)} focused readings={readings} />
          </div>
        )}

        {posted && (
          <Notice tone={posted.moderation === 'PENDING' ? 'info' : 'success'} className={styles.posted}>
            {posted.moderation === 'PENDING' ? (
              <>
                <strong>Your claim is waiting for a moderator.</strong> It is marked Pending below; the seminar will see
                it once it is approved.
              </>
            ) : (
              'Your claim is posted.'
            )}{' '}
            <button type="button" className={styles.dismiss} onClick={() => setPosted(null)}>
              Dismiss
            </button>
          </Notice>
        )}

        <div className={styles.columns}>
          {(['PRO', 'CON'] as const).map((stance) => {
            const list = stance === 'PRO' ? sides.pro : sides.con;
            const name = focus
              ? stance === 'PRO'
                ? 'Pros'
                : 'Cons'
              : stance === 'PRO'
                ? debate.proLabel
                : debate.conLabel;
            const hint = focus
              ? stance === 'PRO'
                ? 'Support this claim'
                : 'Oppose this claim'
              : stance === 'PRO'
                ? 'For the motion'
                : 'Against the motion';
            const headingId = `column-${stance}`;
            return (
              <section key={stance} className={styles.column} data-side={stance} aria-labelledby={headingId}>
                <header className={styles.columnHead}>
                  <h2 id={headingId} className={styles.columnTitle}>
                    {name}
                    <span className={styles.columnCount}>{list.length}</span>
                  </h2>
                  <p className={styles.columnHint}>{hint}</p>
                  {view.participates && composing !== stance && (
                    <button
                      type="button"
                      className={styles.add}
                      onClick={() => setComposing(stance)}
                      aria-label={`Add a claim: ${name}`}
                    >
                      <span aria-hidden="true">+</span> Add
                    </button>
                  )}
                </header>
                {composing === stance && (
                  <ClaimComposer
                    key={`${focus?.id ?? 'motion'}-${stance}-${citing?.id ?? ''}`}
                    parent={focus}
                    stance={stance}
                    readings={readings}
                    initialEvidence={initialEvidence}
                    onCancel={() => setComposing(null)}
                    onPosted={(claim) => {
                      setComposing(null);
                      setPosted(claim);
                      if (params.get('cite')) setParam('cite', null);
                      refetch();
                    }}
                  />
                )}
                {list.length === 0 && composing !== stance && (
                  <p className={styles.empty}>
                    {focus ? `No ${stance === 'PRO' ? 'pros' : 'cons'} yet.` : `Nobody has argued for ${name} yet.`}
                  </p>
                )}
                <ol className={styles.cards}>
                  {list.map((c) => (
                    <li key={c.id}>
                      <ClaimCard
                        claim={c}
                        answers={counts(tree, c.id)}
                        readings={readings}
                        arrived={arrivals.has(c.id)}
                      />
                    </li>
                  ))}
                </ol>
              </section>
            );
          })}
        </div>
      </div>
    </DebateViewContext.Provider>
  );
}

function counts(tree: ClaimTree<Claim>, id: string): { pro: number; con: number } {
  const { pro, con } = sidesOf(tree, id);
  return { pro: pro.length, con: con.length };
}

function excerpt(claim: Claim): string {
  if (claim.deleted) return '(deleted claim)';
  if (claim.moderation === 'REMOVED') return '(removed claim)';
  const text = claim.body.replace(/[*_`#>[\]]/g, '').trim();
  return text.length > 60 ? `${text.slice(0, 57).trimEnd()}…` : text;
}

function withParam(params: URLSearchParams, name: string, value: string): string {
  const next = new URLSearchParams(params);
  next.set(name, value);
  next.delete('cite');
  return `?${next.toString()}`;
}

function withoutParam(params: URLSearchParams, name: string): string {
  const next = new URLSearchParams(params);
  next.delete(name);
  next.delete('cite');
  const s = next.toString();
  return s ? `?${s}` : '?';
}
