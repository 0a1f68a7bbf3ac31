import { Button, Stack } from '@mui/material';
import CheckIcon from '@mui/icons-material/Check';
import UndoIcon from '@mui/icons-material/Undo';
import SendIcon from '@mui/icons-material/Send';
import LockOpenIcon from '@mui/icons-material/LockOpen';
import { useState } from 'react';
import { useDataProvider, useNotify, usePermissions, useRecordContext, useRefresh, useTranslate, type RaRecord } from 'react-admin';
import { useQueryClient } from '@tanstack/react-query';
import type { DxDataProvider } from '../providers/data-provider';
import { ReasonDialog } from './ReasonDialog';
import { isOffice } from '../providers/access';

type Kind = 'Measurement' | 'TaskUpdate';

/** Submit / approve / return / reopen, as the record's state and the user's role allow. */
export function WorkflowButtons({ kind = 'Measurement', record: given, onDone }: { kind?: Kind; record?: RaRecord; onDone?: () => void }) {
  const ctx = useRecordContext();
  const record = given ?? ctx;
  const translate = useTranslate();
  const notify = useNotify();
  const refresh = useRefresh();
  const queryClient = useQueryClient();
  const dp = useDataProvider<DxDataProvider>();
  const { permissions } = usePermissions();
  const [dialog, setDialog] = useState<null | 'return' | 'reopen'>(null);
  const [busy, setBusy] = useState(false);
  if (!record) return null;
  const office = isOffice(permissions);
  const reporter = permissions === 'AGENCY_EDITOR' || office;

  const run = async (action: 'submit' | 'approve' | 'return' | 'reopen', reason?: string) => {
    setBusy(true);
    try {
      const field = `${action}${kind}`;
      if (kind === 'TaskUpdate' && action === 'reopen') return;
      await dp.gql(
        `mutation($id: ID!, $version: Int!${reason !== undefined ? ', $reason: String!' : ''}) { ${field}(id: $id, version: $version${reason !== undefined ? ', reason: $reason' : ''}) { id status version } }`,
        { id: String(record.id), version: record.version, ...(reason !== undefined ? { reason } : {}) },
      );
      notify(`dx.workflow.${action === 'submit' ? 'submitted' : action === 'approve' ? 'approved' : action === 'return' ? 'returned' : 'reopened'}`, { type: 'success' });
      await queryClient.invalidateQueries();
      refresh();
      onDone?.();
    } catch (e) {
      notify((e as Error).message, { type: 'error' });
      if ((e as { status?: number }).status === 409) refresh();
    } finally {
      setBusy(false);
    }
  };

  const s = record.status as string;
  return (
    <Stack direction="row" spacing={1} onClick={(e) => e.stopPropagation()}>
      {reporter && (s === 'DRAFT' || s === 'RETURNED') && (
        <Button size="small" variant="contained" startIcon={<SendIcon />} disabled={busy} onClick={() => run('submit')} data-testid="wf-submit">
          {translate(s === 'RETURNED' ? 'dx.workflow.resubmit' : 'dx.workflow.submit')}
        </Button>
      )}
      {office && s === 'SUBMITTED' && (
        <>
          <Button size="small" variant="contained" color="success" startIcon={<CheckIcon />} disabled={busy} onClick={() => run('approve')} data-testid="wf-approve">
            {translate('dx.workflow.approve')}
          </Button>
          <Button size="small" variant="outlined" color="warning" startIcon={<UndoIcon />} disabled={busy} onClick={() => setDialog('return')} data-testid="wf-return">
            {translate('dx.workflow.return')}
          </Button>
        </>
      )}
      {office && kind === 'Measurement' && s === 'APPROVED' && (
        <Button size="small" variant="text" startIcon={<LockOpenIcon />} disabled={busy} onClick={() => setDialog('reopen')} data-testid="wf-reopen">
          {translate('dx.workflow.reopen')}
        </Button>
      )}
      <ReasonDialog
        open={dialog !== null}
        title={translate(dialog === 'reopen' ? 'dx.workflow.reopen_title' : 'dx.workflow.return_title')}
        onClose={() => setDialog(null)}
        onConfirm={(reason) => {
          const a = dialog!;
          setDialog(null);
          run(a, reason);
        }}
      />
    </Stack>
  );
}
