/** @jsxRuntime automatic @jsxImportSource react */
// The pragma keeps the JSX runtime right whichever tool compiles this file: tsx, for one, applies
// an app's tsconfig only to the app's own files, not to this package's source.
import { Heading, Text } from '@react-email/components';
import { EmailLayout, styles } from '../components/layout.js';
import { LinkButton } from '../components/link-button.js';
import { formatExpiry } from './expiry.js';

export interface ResetPasswordEmailProps {
  /** The account's name. */
  name: string;
  /** The reset link, `APP_URL/reset-password/<token>`. */
  link: string;
  /** When the link stops working (ISO 8601). */
  expiresAt: string;
}

/** Sent by the worker when someone asks to reset the password of this address's account. */
export function ResetPasswordEmail({ name, link, expiresAt }: ResetPasswordEmailProps) {
  return (
    <EmailLayout
      preview="Choose a new password for your Roster account."
      footer="You are receiving this email because someone asked to reset the password of the Roster account with this address. If that was not you, ignore it: your password stays as it is."
    >
      <Heading as="h1" style={styles.heading}>
        Reset your password
      </Heading>
      <Text style={styles.text}>
        Hi {name}, choose a new password for your Roster account. Once you do, every device signed in to the
        account is signed out.
      </Text>
      <LinkButton href={link}>Choose a new password</LinkButton>
      <Text style={{ ...styles.small, marginTop: '12px' }}>
        This link expires on {formatExpiry(expiresAt)} and works once.
      </Text>
    </EmailLayout>
  );
}

/** What the react-email preview server shows. */
ResetPasswordEmail.PreviewProps = {
  name: 'Ada Lovelace',
  link: 'http://localhost:3000/reset-password/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA',
  expiresAt: '2030-06-14T14:30:00.000Z',
} satisfies ResetPasswordEmailProps;

export const resetPasswordSubject = () => 'Reset your Roster password';
