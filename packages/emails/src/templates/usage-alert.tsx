/** @jsxRuntime automatic @jsxImportSource react */
// The pragma keeps the JSX runtime right whichever tool compiles this file (see verify-email.tsx).
import { Heading, Text } from '@react-email/components';
import { EmailLayout, styles } from '../components/layout.js';
import { LinkButton } from '../components/link-button.js';
import { usageAlertMetricLabels, usedOfLimit, type UsageAlertMetricName } from './usage-alert-format.js';

export interface UsageAlertEmailProps {
  /** The recipient's name (an owner or admin of the organization). */
  name: string;
  orgName: string;
  metric: UsageAlertMetricName;
  /** This month's use (API calls, bytes out) or the bytes stored, when the alert went out. */
  used: number;
  /** The organization's limit for the metric (its plan's, or the operator's for it). */
  limit: number;
  /** The share of the limit used, in whole percent. */
  percent: number;
  /** The alert's setting: the percentage it goes out at. */
  threshold: number;
  /** The organization's usage page, `APP_URL/orgs/<id>/usage`. */
  usageLink: string;
}

const consequences: Record<UsageAlertMetricName, string> = {
  apiCalls:
    'Once the limit is reached, requests made with API keys are refused until the month ends; the web app keeps working.',
  bandwidthOut:
    'Once the limit is reached, downloads through API keys are refused until the month ends; the web app keeps working.',
  storage:
    'Once the limit is reached, new uploads are refused until files are deleted or the limit is raised.',
};

/** Sent by a usage alert (PRODUCT.md §8) to every owner and admin, once per metric and month. */
export function UsageAlertEmail(props: UsageAlertEmailProps) {
  const { name, orgName, metric, used, limit, percent, threshold, usageLink } = props;
  const label = usageAlertMetricLabels[metric];
  const period = metric === 'storage' ? '' : ' this month';
  return (
    <EmailLayout
      preview={`${orgName} has used ${percent}% of its ${label} limit${period}.`}
      footer={`You are receiving this email because you are an owner or admin of ${orgName}, which has a usage alert set at ${threshold}%.`}
    >
      <Heading as="h1" style={styles.heading}>
        {orgName} has used {percent}% of its {label} limit
      </Heading>
      <Text style={styles.text}>
        Hi {name}, {orgName} has used {usedOfLimit(metric, used, limit)}
        {metric === 'apiCalls' ? '' : ` of ${label}`}
        {period}: {percent}% of its limit. Its usage alert goes out at {threshold}%, once a month for each
        metric it watches.
      </Text>
      <Text style={styles.text}>{consequences[metric]}</Text>
      <LinkButton href={usageLink}>See usage</LinkButton>
    </EmailLayout>
  );
}

/** What the react-email preview server shows. */
UsageAlertEmail.PreviewProps = {
  name: 'Ada Lovelace',
  orgName: 'Acme Inc',
  metric: 'apiCalls',
  used: 8_512,
  limit: 10_000,
  percent: 85,
  threshold: 80,
  usageLink: 'http://localhost:3000/orgs/00000000-0000-4000-8000-000000000000/usage',
} satisfies UsageAlertEmailProps;

export const usageAlertSubject = ({ orgName, percent, metric }: UsageAlertEmailProps) =>
  `Usage alert: ${orgName} has used ${percent}% of its ${usageAlertMetricLabels[metric]} limit`;
