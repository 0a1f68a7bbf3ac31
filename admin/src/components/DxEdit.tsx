import { useQueryClient } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { Edit, useNotify, useResourceContext, type EditProps, type HttpError } from 'react-admin';

/**
 * Edit in pessimistic mode (server field errors land on their fields). A stale version shows
 * "changed by someone else", reloads the record and keeps what the user typed (the form keeps
 * its dirty values on reset), so nothing is lost: save again to apply it on the new version.
 */
export function DxEdit({ children, ...props }: EditProps & { children: ReactNode }) {
  const notify = useNotify();
  const queryClient = useQueryClient();
  const resource = useResourceContext(props);
  return (
    <Edit
      mutationMode="pessimistic"
      redirect="show"
      {...props}
      mutationOptions={{
        onError: (error: unknown) => {
          const e = error as HttpError;
          if (e?.body?.errors && Object.keys(e.body.errors).length) {
            notify(e.message, { type: 'error' });
            return;
          }
          notify(e?.message ?? 'ra.notification.http_error', { type: 'error', autoHideDuration: e?.status === 409 ? 12000 : undefined });
          if (e?.status === 409 || e?.status === 404) {
            queryClient.invalidateQueries({ queryKey: [resource, 'getOne'] });
          }
        },
      }}
    >
      {children}
    </Edit>
  );
}

/** The form options every edit form uses: keep typed values when the record reloads. */
export const keepTyped = { keepDirtyValues: true } as const;
