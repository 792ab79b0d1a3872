/** @jsxRuntime automatic @jsxImportSource react */
// The pragma keeps the JSX runtime right whichever tool compiles this file (see verify-email.tsx).
import { Heading, Text } from '@react-email/components';
import { EmailLayout, styles } from '../components/layout.js';
import { LinkButton } from '../components/link-button.js';
import { formatExpiry } from './expiry.js';

export interface ConfirmEmailChangeProps {
  /** The account's name. */
  name: string;
  /** The new address, this email's recipient. */
  email: string;
  /** The confirmation link, `APP_URL/confirm-email/<token>`. */
  link: string;
  /** When the link stops working (ISO 8601). */
  expiresAt: string;
}

/** Sent to a new address asked for on the account page: it becomes the account's once confirmed. */
export function ConfirmEmailChange({ name, email, link, expiresAt }: ConfirmEmailChangeProps) {
  return (
    <EmailLayout
      preview="Confirm your new email address for Roster."
      footer="You are receiving this email because someone asked to use this address for their Roster account. If that was not you, ignore it: nothing changes unless the link is used."
    >
      <Heading as="h1" style={styles.heading}>
        Confirm your new email
      </Heading>
      <Text style={styles.text}>
        Hi {name}, you asked to sign in to Roster with {email} from now on. Confirm it to make the change:
        until then your account keeps its current address.
      </Text>
      <LinkButton href={link}>Use this email</LinkButton>
      <Text style={{ ...styles.small, marginTop: '12px' }}>
        This link expires on {formatExpiry(expiresAt)} and works once.
      </Text>
    </EmailLayout>
  );
}

/** What the react-email preview server shows. */
ConfirmEmailChange.PreviewProps = {
  name: 'Ada Lovelace',
  email: 'ada@newmail.example',
  link: 'http://localhost:3000/confirm-email/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA',
  expiresAt: '2030-06-14T14:30:00.000Z',
} satisfies ConfirmEmailChangeProps;

export const confirmEmailChangeSubject = () => 'Confirm your new email for Roster';
