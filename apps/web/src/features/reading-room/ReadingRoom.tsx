import { CodePointIndex } from '@glossa/anchoring';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import type { HighlightColor, Motivation, Visibility } from '../../gql/graphql';
import { Notice } from '../../ui/Notice';
import { useViewer } from '../auth/useViewer';
import { filterOptions, matchesFilter, noFilter } from '../annotations/annotation-filter';
import { annotationsInTextOrder } from '../annotations/annotation-store';
import { AnnotationStoreContext } from '../annotations/annotation-store-context';
import { AnnotationView, AnnotationViewContext } from '../annotations/annotation-view-context';
import { AnnotationStore, createAnnotationStore } from '../annotations/create-annotation-store';
import { useAnnotationActions } from '../annotations/useAnnotationActions';
import { useReadingAnnotations } from '../annotations/useReadingAnnotations';
import { useSeminarMembers } from '../annotations/useSeminarMembers';
import { useStoreSelector } from '../annotations/useStoreSelector';
import { DiscussionMap } from '../leader-tools/DiscussionMap';
import { ReadingHeader } from '../readings/ReadingHeader';
import { RevisePanel } from '../readings/RevisePanel';
import type { Reading } from '../readings/useReading';
import { AnnotationSidebar, DRAFT_ID } from './AnnotationSidebar';
import { Draft, DraftCard } from './DraftCard';
import { HighlightRange, placeAnnotations, textTarget } from './highlight-ranges';
import { HighlightedText } from './HighlightedText';
import { MarginRail } from './MarginRail';
import { OrphanedAnnotations, OrphanReviewActions } from './OrphanedAnnotations';
import { ReadersNow } from './ReadersNow';
import styles from './ReadingRoom.module.css';
import { SelectionToolbar } from './SelectionToolbar';
import { useActiveAnnotation } from './useActiveAnnotation';
import { useAfterPaint } from './useAfterPaint';
import { useAnchorPositions } from './useAnchorPositions';
import { useHighlightLayers } from './useHighlightLayers';
import { pageLabelsByBlock } from './page-labels';
import { useFoundWords } from './useFoundWords';
import { useLinkedAnnotation } from './useLinkedAnnotation';
import { useMediaQuery } from './useMediaQuery';
import { useOrphanReview } from './useOrphanReview';
import { useReadingLive } from './useReadingLive';
import { HiddenUntilPostedNotice } from '../assignments/HiddenUntilPostedNotice';
import { ReadingInGroupsNotice } from '../groups/ReadingInGroupsNotice';
import { useReadingReveal } from '../assignments/useReadingReveal';
import { useSeminarDebates } from './useSeminarDebates';
import { useTextSelection } from './useTextSelection';
import { useToolbarShortcut } from './useToolbarShortcut';
import { CARET_KEYS, useCaretSelection } from './useCaretSelection';
import { liveChangeOf } from './live-digest';
import { useLiveDigest } from './useLiveDigest';

const NO_CARDS: readonly string[] = [];

/**
 * The reading room (docs/design.md, The screens): the text with everyone's highlights layered over it,
 * the margin's bucket bar and density strip, the cards beside their passages, and the toolbar that
 * selecting words raises. Its annotations live in one store per reading (see annotation-store.ts):
 * loaded once, then changed in place by this reader's actions and by live events (useReadingLive).
 * `onRevised` loads the reading again when a live `reading.revised` says its text changed.
 */
export function ReadingRoom({ reading, onRevised }: { reading: Reading; onRevised: () => void }) {
  // One store per reading: the page keys this component by the reading's id.
  const [store] = useState(createAnnotationStore);
  return (
    <AnnotationStoreContext.Provider value={store}>
      <ReadingRoomContent reading={reading} store={store} onRevised={onRevised} />
    </AnnotationStoreContext.Provider>
  );
}

function ReadingRoomContent({ reading, store, onRevised }: { reading: Reading; store: AnnotationStore; onRevised: () => void }) {
  const text = reading.currentRevision.text;
  // A link to a reply loads the threads with the annotations: only a loaded reply says which card is its.
  const [searchParams] = useSearchParams();
  const linksToReply = searchParams.has('reply');
  const [withReplies, setWithReplies] = useState(linksToReply);
  useEffect(() => {
    if (linksToReply) setWithReplies(true);
  }, [linksToReply]);
  const load = useReadingAnnotations(reading.id, store, withReplies);
  const viewer = useViewer();
  const viewerId = viewer.status === 'signed-in' ? viewer.viewer.id : null;
  const { members, myRole } = useSeminarMembers(reading.seminarId);
  const canParticipate = myRole !== null && myRole !== 'OBSERVER';
  const actions = useAnnotationActions();
  const debates = useSeminarDebates(reading.seminarId);
  const navigate = useNavigate();

  // Live: others' annotations, replies, reactions and revisions arrive without a reload.
  const reloadAnnotations = load.reload;
  const reloadAll = useCallback(() => {
    onRevised();
    reloadAnnotations();
  }, [onRevised, reloadAnnotations]);
  // The polite live region's words: keyboard selection's steps, Alt+A's advice, others' changes in a digest.
  const [announcement, setAnnouncement] = useState('');
  const noteLiveChange = useLiveDigest(setAnnouncement);
  const reveal = useReadingReveal(reading.seminarId, reading.id, viewerId);
  useReadingLive({
    unlocks: reveal.unlocks,
    readingId: reading.id,
    eventSeq: reading.eventSeq,
    store,
    viewerId,
    loaded: load.status === 'ready',
    refreshAnnotation: (id) => void actions.refreshAnnotation(id),
    reload: reloadAll,
    onLive: (event) => {
      const change = liveChangeOf(event, viewerId);
      if (change) noteLiveChange(change);
    },
  });

  // What is shown: the store's annotations, in text order, through the filter.
  const byId = useStoreSelector((s) => s.annotations);
  const ordered = useMemo(() => annotationsInTextOrder(byId), [byId]);
  const options = useMemo(() => filterOptions(ordered), [ordered]);
  const [filter, setFilter] = useState(noFilter);
  const visible = useMemo(() => ordered.filter((a) => matchesFilter(a, filter, viewerId)), [ordered, filter, viewerId]);
  const index = useMemo(() => new CodePointIndex(text), [text]);
  const placement = useMemo(() => placeAnnotations(visible, reading.revisionNumber, index), [visible, reading.revisionNumber, index]);

  // The words being annotated, drawn as a pending highlight while the draft is open.
  const [draft, setDraft] = useState<Draft | null>(null);
  const pending = useMemo<HighlightRange | null>(
    () => (draft ? { id: DRAFT_ID, ...draft.span, color: draft.color, motivation: draft.motivation, deleted: false, pending: true } : null),
    [draft],
  );
  const layers = useHighlightLayers(text, placement.anchored, pending);
  const pages = reading.currentRevision.pages;
  const pageLabels = useMemo(() => pageLabelsByBlock(text, layers.map((l) => l.block), pages), [text, layers, pages]);
  const order = useMemo(() => {
    const ids = placement.anchored.map((r) => r.id);
    if (!draft) return ids;
    const at = placement.anchored.findIndex((r) => r.start > draft.span.start);
    return at < 0 ? [...ids, DRAFT_ID] : [...ids.slice(0, at), DRAFT_ID, ...ids.slice(at)];
  }, [placement.anchored, draft]);

  const roomRef = useRef<HTMLDivElement>(null);
  const textRef = useRef<HTMLDivElement>(null);
  const anchors = useAnchorPositions(textRef, layers);
  const aligned = useMediaQuery('(min-width: 64rem)');

  // The open card: clicking it (or its highlight) opens it beside its passage.
  const { activeId, setActiveId, activate } = useActiveAnnotation(textRef, aligned, anchors);
  const onCardActivate = useCallback((id: string) => activate(id), [activate]);
  const onCardClose = useCallback(() => setActiveId(null), [setActiveId]);
  const onHighlightClick = useCallback((ids: string[]) => activate(ids[ids.length - 1], { reveal: false, focusCard: true }), [activate]);
  // The cards follow the highlights a frame later, so the text and its highlights paint first.
  const cardsShown = useAfterPaint(load.status === 'ready');
  useLinkedAnnotation(cardsShown, store, activate);
  const foundWords = useFoundWords(load.status === 'ready', textRef, text);

  // The selection toolbar, with the colour and visibility it will use.
  const { selection, clear: clearSelection, refresh: readSelection } = useTextSelection(textRef, text);
  const [color, setColor] = useState<HighlightColor>('yellow');
  const [visibility, setVisibility] = useState<Visibility>('SEMINAR');
  const [toolbarBusy, setToolbarBusy] = useState(false);
  const [toolbarError, setToolbarError] = useState<string | null>(null);
  const [toolbarWantsFocus, setToolbarWantsFocus] = useState(false);
  const focusToolbar = useCallback(() => setToolbarWantsFocus(true), []);
  const onToolbarFocused = useCallback(() => setToolbarWantsFocus(false), []);
  useEffect(() => setToolbarError(null), [selection]);
  const toolbarShortcut = useToolbarShortcut(textRef, readSelection, focusToolbar, setAnnouncement);
  const openToolbarFromKeys = useCallback(() => {
    readSelection();
    focusToolbar();
  }, [readSelection, focusToolbar]);
  const caret = useCaretSelection(textRef, text, openToolbarFromKeys, setAnnouncement);

  const annotate = useCallback(
    async (motivation: Motivation) => {
      if (!selection) return;
      const span = { start: selection.start, end: selection.end };
      if (motivation !== 'highlighting') {
        setDraft({ span, motivation, color, visibility });
        setActiveId(DRAFT_ID);
        clearSelection();
        return;
      }
      setToolbarBusy(true);
      const result = await actions.create({
        readingId: reading.id,
        revisionNumber: reading.revisionNumber,
        target: textTarget(span, text, index),
        motivation,
        color,
        visibility,
      });
      setToolbarBusy(false);
      if (!result.ok) {
        setToolbarError(result.error);
        return;
      }
      clearSelection();
      setAnnouncement('Highlight saved.');
      activate(result.value.id, { reveal: false });
    },
    [selection, color, visibility, actions, reading.id, reading.revisionNumber, index, text, clearSelection, activate, setActiveId],
  );

  // "Cite in debate": the selected words' highlight (made now if they have none) opened in the debate's composer.
  const cite = useCallback(
    async (debateId: string) => {
      if (!selection) return;
      let annotationId = placement.anchored.find((r) => !r.deleted && r.start === selection.start && r.end === selection.end)?.id;
      if (!annotationId) {
        setToolbarBusy(true);
        const result = await actions.create({
          readingId: reading.id,
          revisionNumber: reading.revisionNumber,
          target: textTarget({ start: selection.start, end: selection.end }, text, index),
          motivation: 'highlighting',
          color,
          visibility: 'SEMINAR',
        });
        setToolbarBusy(false);
        if (!result.ok) {
          setToolbarError(result.error);
          return;
        }
        annotationId = result.value.id;
      }
      clearSelection();
      void navigate(`/debates/${debateId}?cite=${annotationId}`);
    },
    [selection, placement.anchored, actions, reading.id, reading.revisionNumber, text, index, color, clearSelection, navigate],
  );

  // The orphan review: its author or a moderator attaches an orphan to the selected words, or dismisses it.
  const moderates = myRole === 'OWNER' || myRole === 'MODERATOR';
  const orphanReview = useOrphanReview(store);
  const awaitingReview = useMemo(() => placement.orphaned.filter((a) => !a.orphanDismissed).map((a) => a.id), [placement.orphaned]);
  const review = useMemo<OrphanReviewActions>(
    () => ({
      mayReview: (id) => canParticipate && (moderates || byId[id]?.author.id === viewerId),
      hasSelection: selection !== null,
      onReattach: (id) => {
        if (!selection) return;
        const target = textTarget({ start: selection.start, end: selection.end }, text, index);
        void orphanReview.reattach(id, reading.revisionNumber, target).then((ok) => {
          if (!ok) return;
          clearSelection();
          setAnnouncement('The annotation is attached to the selected words.');
        });
      },
      onDismiss: (id) =>
        void orphanReview.dismiss(id).then((ok) => ok && setAnnouncement('The annotation is off the review list.')),
      error: orphanReview.error,
    }),
    [canParticipate, moderates, byId, viewerId, selection, text, index, orphanReview, reading.revisionNumber, clearSelection],
  );

  const closeToolbar = useCallback(() => {
    clearSelection();
    textRef.current?.focus({ preventScroll: true });
  }, [clearSelection]);

  const closeDraft = useCallback(() => {
    setDraft(null);
    setActiveId((current) => (current === DRAFT_ID ? null : current));
  }, [setActiveId]);
  const onDraftCreated = useCallback(
    (id: string) => {
      setDraft(null);
      setAnnouncement('Annotation posted.');
      activate(id, { reveal: false, focusCard: true });
    },
    [activate],
  );

  const view = useMemo<AnnotationView>(
    () => ({ viewerId, canParticipate, members, tagSuggestions: options.tags.map((t) => t.value) }),
    [viewerId, canParticipate, members, options.tags],
  );

  return (
    <AnnotationViewContext.Provider value={view}>
      <div ref={roomRef} className={styles.room}>
        <article className={styles.reading} aria-label={reading.title}>
          <ReadingHeader reading={reading} />
          <ReadersNow readingId={reading.id} viewerId={viewerId} />
          {reveal.hiding && <HiddenUntilPostedNotice assignment={reveal.hiding} />}
          <ReadingInGroupsNotice seminarId={reading.seminarId} readingId={reading.id} leads={moderates} />
          {moderates && <RevisePanel readingId={reading.id} seminarId={reading.seminarId} onRevised={reloadAll} />}
          {load.status === 'error' && (
            <Notice tone="error" className={styles.loadError}>
              The annotations could not be loaded: {load.message}{' '}
              <button type="button" className={styles.retry} onClick={load.reload}>
                Try again
              </button>
            </Notice>
          )}
          <p className={styles.hint} id="reading-hint">
            {canParticipate
              ? `Select words to highlight, comment or ask — or select them with the keyboard${toolbarShortcut ? ` and press ${toolbarShortcut}` : ''}.`
              : 'You can read and follow the discussion; members annotate.'}
          </p>
          {canParticipate && (
            <p className={`${styles.hint} ${styles.caretRow}`}>
              <button type="button" className={styles.caretButton} onClick={caret.start} aria-describedby="caret-keys">
                Select with the keyboard
              </button>{' '}
              <span id="caret-keys" hidden={!caret.active}>
                {CARET_KEYS}
              </span>
            </p>
          )}
          {foundWords && (
            <p role="status" className={styles.hint}>
              Showing “{foundWords}” from your search, highlighted in the text.
            </p>
          )}
          {/* Leaders only until hide-until-you-post decides when members may see it (docs/leader-tools.md). */}
          {/* Leaders always; members once hide-until-you-post no longer applies to them (docs/assignments.md). */}
          {(moderates || (myRole !== null && reveal.ready && !reveal.hiding)) && <DiscussionMap readingId={reading.id} text={text} index={index} textRef={textRef} />}
          <HighlightedText text={text} layers={layers} activeId={activeId} pageLabels={pageLabels} textRef={textRef} onHighlightClick={onHighlightClick} />
          <OrphanedAnnotations ids={awaitingReview} activeId={activeId} onActivate={onCardActivate} onClose={onCardClose} review={review} />
        </article>
        {aligned && <MarginRail textRef={textRef} anchors={anchors} onSelect={onCardActivate} />}
        <AnnotationSidebar
          textRef={textRef}
          order={cardsShown || ordered.length === 0 ? order : NO_CARDS}
          draft={
            draft && (
              <DraftCard
                key={`${draft.span.start}-${draft.span.end}`}
                draft={draft}
                readingId={reading.id}
                revisionNumber={reading.revisionNumber}
                text={text}
                index={index}
                onCancel={closeDraft}
                onCreated={onDraftCreated}
              />
            )
          }
          total={ordered.length}
          filter={filter}
          onFilterChange={setFilter}
          options={options}
          anchors={anchors}
          activeId={activeId}
          onActivate={onCardActivate}
          onClose={onCardClose}
          aligned={aligned}
          loading={load.status === 'loading' || (!cardsShown && ordered.length > 0)}
        />
        {selection && !draft && canParticipate && (
          <SelectionToolbar
            selection={selection}
            containerRef={roomRef}
            color={color}
            onColorChange={setColor}
            visibility={visibility}
            onVisibilityChange={setVisibility}
            onAnnotate={(motivation) => void annotate(motivation)}
            debates={debates}
            onCite={(debateId) => void cite(debateId)}
            onClose={closeToolbar}
            busy={toolbarBusy}
            error={toolbarError}
            wantsFocus={toolbarWantsFocus}
            onFocused={onToolbarFocused}
            shortcut={toolbarShortcut}
          />
        )}
        <p className={styles.visuallyHidden} role="status" aria-live="polite">
          {announcement}
        </p>
      </div>
    </AnnotationViewContext.Provider>
  );
}
