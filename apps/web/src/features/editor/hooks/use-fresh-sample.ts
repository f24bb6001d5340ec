import type { ConnectionDto, SampleDto } from '@fluxo/contracts';
import { useIsMutating, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef } from 'react';
import { readSourceKey, sampleQueryKey, useReadSource } from '../api/steps.api';
import { sourceSignature } from '../panels/test-sample';
import { useEditorActions, useEditorState } from '../store/editor-store';

/** The data last read from the source in this editor, while the source still reads the same. */
export function useFreshSample(connection: Pick<ConnectionDto, 'steps'>): SampleDto | null {
  const { freshSample } = useEditorState();
  if (!freshSample || freshSample.source !== sourceSignature(connection)) return null;
  return freshSample.sample;
}

/** "Load from <System>": reads the source and keeps the answer for the open editor. */
export function useLoadFromSource(connection: ConnectionDto) {
  const { freshSampleLoaded } = useEditorActions();
  const read = useReadSource(connection.id);
  // Also while a read started before the panel was closed and opened again is still running.
  const reading = useIsMutating({ mutationKey: readSourceKey(connection.id) }) > 0;
  const load = () => {
    // What is read belongs to the source as it is now, even if it changes during the read.
    const source = sourceSignature(connection);
    if (source === null) return;
    // The promise, unlike `mutate`'s callbacks, still answers after the panel was closed.
    read
      .mutateAsync()
      .then((sample) => freshSampleLoaded({ sample, source }))
      .catch(() => undefined); // shown through `error`
  };
  return { load, isPending: reading, error: read.error };
}

/**
 * Loads the stored sample again when a new event arrived (the connection's `lastInbound`
 * changed), so the panel does not keep showing the example after "Last event … accepted".
 */
export function useSampleFollowsInbound(connection: ConnectionDto) {
  const queryClient = useQueryClient();
  const last = connection.lastInbound;
  const marker = last ? `${last.at}:${last.total}` : String(last);
  const seen = useRef(marker);
  useEffect(() => {
    if (seen.current === marker) return;
    seen.current = marker;
    void queryClient.invalidateQueries({ queryKey: sampleQueryKey(connection.id), exact: true });
  }, [queryClient, connection.id, marker]);
}
