/** @jsxRuntime automatic @jsxImportSource react */
// The pragma keeps the JSX runtime right whichever tool compiles this file: tsx, for one, applies
// an app's tsconfig only to the app's own files, not to this package's source.
import { Heading, Text } from '@react-email/components';
import { EmailLayout, styles } from '../components/layout.js';
import { LinkButton } from '../components/link-button.js';
import { formatExpiry } from './expiry.js';

export interface VerifyEmailProps {
  /** The account's name, as typed at sign-up. */
  name: string;
  /** The confirmation link, `APP_URL/verify-email/<token>`. */
  link: string;
  /** When the link stops working (ISO 8601). */
  expiresAt: string;
}

/** Sent by the worker after sign-up, and when the user asks for another one. */
export function VerifyEmail({ name, link, expiresAt }: VerifyEmailProps) {
  return (
    <EmailLayout
      preview="Confirm your email address to finish setting up your Roster account."
      footer="You are receiving this email because someone signed up for Roster with this address. If that was not you, ignore it: the account stays unconfirmed, and you can take the address back at any time with “Forgot password”."
    >
      <Heading as="h1" style={styles.heading}>
        Confirm your email
      </Heading>
      <Text style={styles.text}>
        Hi {name}, confirm that this is your email address to invite people and to see the invitations sent to
        you on Roster.
      </Text>
      <LinkButton href={link}>Confirm my email</LinkButton>
      <Text style={{ ...styles.small, marginTop: '12px' }}>
        This link expires on {formatExpiry(expiresAt)} and works once.
      </Text>
    </EmailLayout>
  );
}

/** What the react-email preview server shows. */
VerifyEmail.PreviewProps = {
  name: 'Ada Lovelace',
  link: 'http://localhost:3000/verify-email/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA',
  expiresAt: '2030-06-14T14:30:00.000Z',
} satisfies VerifyEmailProps;

export const verifyEmailSubject = () => 'Confirm your email for Roster';
