import { Alert, Button, Card, CardContent, Chip, Stack, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import EditNoteIcon from '@mui/icons-material/EditNote';
import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router-dom';
import { Loading, Title, useDataProvider, usePermissions, useTranslate } from 'react-admin';
import type { DxDataProvider } from '../providers/data-provider';
import { EnumChip, useFormatters } from '../components/fields';

const QUERY = `query { myAssignments { subjectTitle indicatorId dueDate overdue returnedReports draftReports reportingOpen
  assignment { id role agency { id nameVi shortName }
    subject { __typename ... on Task { id code title } ... on Indicator { id code name } ... on Plan { id code title } ... on Target { id periodYear indicator { id code name } } } } } }`;

const LINK: Record<string, string> = { Task: 'tasks', Indicator: 'indicators', Plan: 'plans', Target: 'targets' };
const KIND: Record<string, string> = { Task: 'TASK', Indicator: 'INDICATOR', Plan: 'PLAN', Target: 'TARGET' };

/** What the signed-in user's agency answers for, most urgent first, with what to report. */
export function MyAssignments() {
  const translate = useTranslate();
  const f = useFormatters();
  const { permissions } = usePermissions();
  const dp = useDataProvider<DxDataProvider>();
  const { data, isPending, error } = useQuery({ queryKey: ['myAssignments'], queryFn: () => dp.gql<{ myAssignments: any[] }>(QUERY) });
  if (isPending) return <Loading />;
  const items = data?.myAssignments ?? [];
  return (
    <Card sx={{ mt: 2 }}>
      <Title title="dx.my.title" />
      <CardContent>
        <Typography variant="h5" gutterBottom>{translate('dx.my.title')}</Typography>
        {error && <Alert severity="error">{(error as Error).message}</Alert>}
        {!error && items.length === 0 && <Alert severity="info">{translate('dx.my.empty')}</Alert>}
        {items.length > 0 && (
          <Table size="small" data-testid="my-assignments">
            <TableHead>
              <TableRow>
                <TableCell>{translate('dx.my.kind')}</TableCell>
                <TableCell>{translate('dx.my.subject')}</TableCell>
                <TableCell>{translate('dx.my.role')}</TableCell>
                <TableCell>{translate('dx.my.agency')}</TableCell>
                <TableCell>{translate('dx.my.due')}</TableCell>
                <TableCell>{translate('dx.my.status')}</TableCell>
                <TableCell />
              </TableRow>
            </TableHead>
            <TableBody>
              {items.map((it) => {
                const subj = it.assignment.subject;
                const type = subj?.__typename as string;
                return (
                  <TableRow key={it.assignment.id} hover data-subject={subj?.code ?? ''}>
                    <TableCell><EnumChip enumName="AssignmentSubjectType" value={KIND[type]} /></TableCell>
                    <TableCell>
                      {subj?.code && <Typography variant="caption" color="text.secondary" sx={{ display: 'block' }}>{subj.code}</Typography>}
                      <Link to={`/${LINK[type]}/${subj?.id}/show`}>{it.subjectTitle}</Link>
                    </TableCell>
                    <TableCell><EnumChip enumName="AssignmentRole" value={it.assignment.role} /></TableCell>
                    <TableCell>{it.assignment.agency.shortName ?? it.assignment.agency.nameVi}</TableCell>
                    <TableCell sx={{ color: it.overdue ? 'error.main' : undefined, whiteSpace: 'nowrap' }}>{f.date(it.dueDate)}</TableCell>
                    <TableCell>
                      <Stack direction="row" spacing={0.5} useFlexGap sx={{ flexWrap: 'wrap' }}>
                        {it.overdue && <Chip size="small" color="error" label={translate('dx.my.overdue')} />}
                        {it.returnedReports > 0 && <Chip size="small" color="warning" label={`${translate('dx.my.returned')}: ${it.returnedReports}`} />}
                        {it.draftReports > 0 && <Chip size="small" label={`${translate('dx.my.drafts')}: ${it.draftReports}`} />}
                        {it.indicatorId && (
                          <Chip size="small" variant="outlined" color={it.reportingOpen ? 'success' : 'default'}
                            label={translate(it.reportingOpen ? 'dx.my.reporting_open' : 'dx.my.reporting_closed')} />
                        )}
                      </Stack>
                    </TableCell>
                    <TableCell align="right">
                      {it.indicatorId && permissions === 'AGENCY_EDITOR' && (
                        <Button component={Link} to={`/report/${it.indicatorId}`} size="small" variant={it.reportingOpen ? 'contained' : 'outlined'} startIcon={<EditNoteIcon />} data-testid={`report-${subj?.code ?? it.indicatorId}`}>
                          {translate('dx.my.report')}
                        </Button>
                      )}
                    </TableCell>
                  </TableRow>
                );
              })}
            </TableBody>
          </Table>
        )}
      </CardContent>
    </Card>
  );
}
