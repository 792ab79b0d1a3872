/** @jsxRuntime automatic @jsxImportSource react */
// The pragma keeps the JSX runtime right whichever tool compiles this file (see verify-email.tsx).
import { Heading, Text } from '@react-email/components';
import { EmailLayout, styles } from '../components/layout.js';
import { LinkButton } from '../components/link-button.js';

export interface EmailChangedProps {
  /** The account's name. */
  name: string;
  /** The address the account uses now (this email goes to the one it left). */
  email: string;
  /** The forgot-password page, `APP_URL/forgot-password`, to take the account back. */
  resetLink: string;
}

/** Sent to the address an account left, once the new one was confirmed. */
export function EmailChanged({ name, email, resetLink }: EmailChangedProps) {
  return (
    <EmailLayout
      preview="Your Roster account now uses another email address."
      footer="You are receiving this email because it was the address of this Roster account."
    >
      <Heading as="h1" style={styles.heading}>
        Your email was changed
      </Heading>
      <Text style={styles.text}>
        Hi {name}, your Roster account now signs in with {email}. Emails about it, invitations included, go
        there from now on.
      </Text>
      <Text style={styles.text}>
        If you did not make this change, someone else may have your password. Contact us, and reset your
        password from the new address if you can still reach it.
      </Text>
      <LinkButton href={resetLink}>Reset my password</LinkButton>
    </EmailLayout>
  );
}

/** What the react-email preview server shows. */
EmailChanged.PreviewProps = {
  name: 'Ada Lovelace',
  email: 'ada@newmail.example',
  resetLink: 'http://localhost:3000/forgot-password',
} satisfies EmailChangedProps;

export const emailChangedSubject = () => 'Your Roster email was changed';
